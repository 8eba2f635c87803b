/**
 * Runs the validator over the good Kalimantan fixture and its bad mutations on any engine behind
 * the app's `Db`. A fixture is loaded once per engine; each case runs in a transaction that is
 * rolled back, so cases never see each other's mutations.
 */
import { join } from 'node:path';
import type { Db } from '$lib/data/connector';
import { validateDataset, type Finding } from '$lib/validate';
import { sha256File, sha256Text } from '../../scripts/lib/dataset-writer';
import type { BadFixture, Exec, GoodOptions } from '../fixtures/bad';
import { writeFixtureDataset } from '../fixtures/load-fixture';

/** An engine holding the loaded fixture. */
export interface Engine {
	readonly db: Db;
	readonly exec: Exec;
	/** Drop cached results after a mutation (a caching `Db`). */
	readonly reset?: () => void;
}

/** "Now" for every run: after the fixture's last month, so nothing is in the future. */
export const NOW = new Date('2026-01-15T12:00:00+07:00');

/** The fixture written as a dataset (Parquet + dataset.json), and the options it validates clean with. */
export async function goodOptions(): Promise<GoodOptions> {
	const { dir, manifest } = await writeFixtureDataset();
	const fileHashes = Object.fromEntries(manifest.tables.map((t) => [t.file, sha256File(join(dir, t.file))]));
	return { manifest, fileHashes, sha256Text, now: NOW };
}

/** Validate the fixture after one mutation, then undo it. */
export async function runCase(engine: Engine, fixture: BadFixture, good: GoodOptions): Promise<Finding[]> {
	await engine.exec('BEGIN TRANSACTION');
	try {
		await fixture.mutate?.(engine.exec);
		engine.reset?.();
		return await validateDataset(engine.db, fixture.options?.(good) ?? { now: good.now });
	} finally {
		await engine.exec('ROLLBACK');
		engine.reset?.();
	}
}

/** What a test compares of a finding: where it points. */
export type Located = Pick<Finding, 'rule' | 'table' | 'column' | 'key'>;

/** The rule, table, column and key of a finding (absent ones left out). */
export function located(f: Finding): Located {
	const { rule, table, column, key } = f;
	return Object.fromEntries(
		Object.entries({ rule, table, column, key }).filter(([, v]) => v !== undefined)
	) as unknown as Located;
}
