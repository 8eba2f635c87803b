/**
 * Runs the dataset validator (`src/lib/validate`, `validateDataset`) over a written dataset:
 * each Parquet file becomes a view in a fresh native DuckDB, with the manifest and the files'
 * hashes. The validator is imported dynamically so the generator still runs, and says so,
 * where it is not present.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Manifest } from '$lib/contract/manifest';
import { quoteIdentifier } from '$lib/contract/schema';
import { sha256File, sha256Text } from '../lib/dataset-writer';
import { nativeDb, openNative } from '../lib/native-db';

/** A finding as the validator reports it (the fields the generator prints). */
interface Finding {
	severity: 'error' | 'warning';
	rule: string;
	table?: string;
	column?: string;
	key?: Record<string, unknown>;
	message: { id: string; en: string };
}

export type ValidationOutcome =
	| { status: 'unavailable'; reason: string }
	| { status: 'done'; errors: Finding[]; warnings: Finding[] };

/** Validate the dataset in `dir`; never throws for findings, only when DuckDB itself fails. */
export async function validateOutput(dir: string): Promise<ValidationOutcome> {
	let validateDataset: (db: unknown, options: unknown) => Promise<Finding[]>;
	try {
		({ validateDataset } = (await import('../../src/lib/validate/index')) as never);
	} catch (e) {
		return { status: 'unavailable', reason: (e as Error).message };
	}
	const manifest = JSON.parse(readFileSync(join(dir, 'dataset.json'), 'utf8')) as Manifest;
	const conn = await openNative();
	try {
		const files = new Map<string, string[]>();
		for (const t of manifest.tables) files.set(t.table, [...(files.get(t.table) ?? []), join(dir, t.file)]);
		for (const [table, paths] of files) {
			const list = paths.map((p) => `'${p.replaceAll("'", "''")}'`).join(', ');
			await conn.run(`CREATE VIEW ${quoteIdentifier(table)} AS SELECT * FROM read_parquet([${list}])`);
		}
		const fileHashes = Object.fromEntries(manifest.tables.map((t) => [t.file, sha256File(join(dir, t.file))]));
		const findings = await validateDataset(nativeDb(conn), { manifest, fileHashes, sha256Text });
		return {
			status: 'done',
			errors: findings.filter((f) => f.severity === 'error'),
			warnings: findings.filter((f) => f.severity === 'warning')
		};
	} finally {
		conn.closeSync();
	}
}
