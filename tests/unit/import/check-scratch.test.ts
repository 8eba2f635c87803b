/**
 * checkParsedFile's `scratchDatabase`: the data page's current catalog is the sample's read-only
 * file, so its scratch tables go to another database. Here the current catalog is a read-only
 * attached file too: without the option the check fails to create its schema; with it the
 * findings are those of a check in the current database, and nothing is left behind.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import type { Db } from '$lib/data/connector';
import { checkParsedFile, parseFile } from '$lib/import';
import { nativeDb } from '../../../scripts/lib/native-db';
import { example, nativeConnection, REGIONS, SAMPLE_REGIONS } from './helpers';

const NOW = new Date('2026-01-15T12:00:00+07:00');
let db: Db;
let run: (text: string) => Promise<unknown>;

beforeAll(async () => {
	const conn = await nativeConnection();
	const file = join(mkdtempSync(join(tmpdir(), 'cakupan-scratch-')), 'ref.duckdb');
	await conn.run(`ATTACH '${file}' AS refdb; CREATE TABLE refdb.main.regions AS SELECT * FROM read_parquet('${SAMPLE_REGIONS}'); DETACH refdb`);
	await conn.run(`ATTACH '${file}' AS refdb (READ_ONLY); USE refdb`);
	db = nativeDb(conn);
	run = (text) => conn.run(text);
});

const codes = (findings: readonly { code: string; row?: number }[]) => findings.filter((f) => f.code !== 'title_rows_skipped').map((f) => `${f.code}@${f.row ?? ''}`);

test('a read-only current catalog: the check runs in `memory` and leaves no schema there', async () => {
	const parsed = await parseFile(example('rusak-kunci-ganda.csv'), { regions: REGIONS });
	await expect(checkParsedFile(db, parsed, { reference: { database: 'refdb' }, now: NOW })).rejects.toThrow();
	const findings = await checkParsedFile(db, parsed, { reference: { database: 'refdb' }, now: NOW, scratchDatabase: 'memory' });
	// data/examples/README.md: data row 10 repeated at the end, reported at row 11.
	expect(codes(findings)).toEqual(['duplicate_key@11']);
	const left = (await db.query({ text: `SELECT schema_name FROM duckdb_schemas() WHERE starts_with(schema_name, 'cakupan_import')`, params: [] })) as { schema_name: string }[];
	expect(left).toEqual([]);
	await run('USE memory');
});
