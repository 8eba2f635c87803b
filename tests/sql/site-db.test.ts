/**
 * The site's own database files (`static/data/<name>.duckdb` and `<name>-villages-<pp>.duckdb`,
 * the bytes the browser downloads) open in the browser's engine and hold what their manifest
 * counts. A storage format the engine cannot read fails here, before any user sees it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { DETAIL_TABLES, detailSchema, type ServedManifest } from '$lib/data/database';
import { DEFAULT_OUT_DIR } from '../../scripts/build-db';
import { siteDb } from './setup';

const served = () => JSON.parse(readFileSync(join(DEFAULT_OUT_DIR, 'dataset.json'), 'utf8')) as ServedManifest;
const detailTables: readonly string[] = DETAIL_TABLES;

test('every table holds the rows the manifest counts: the core file, and the detail files summed', async () => {
	const db = await siteDb();
	const manifest = served();
	const counted = Object.fromEntries(
		manifest.tables.map((t) => [t.table, manifest.tables.filter((u) => u.table === t.table).reduce((n, u) => n + u.rows, 0)])
	);
	const details = Object.entries(manifest.database.detail);
	for (const [table, rows] of Object.entries(counted)) {
		if (detailTables.includes(table)) {
			expect(manifest.database.tables[table], `${table} is not in the core file`).toBeUndefined();
			expect(details.reduce((n, [, d]) => n + (d.tables[table] ?? 0), 0), table).toBe(rows);
			let n = 0;
			for (const [pp, d] of details) {
				const [{ n: inFile }] = (await db.query({ text: `SELECT count(*) AS n FROM ${detailSchema(pp)}."${table}"`, params: [] })) as [{ n: number }];
				expect(inFile, `${table} in ${d.file}`).toBe(d.tables[table]);
				n += inFile;
			}
			expect(n, table).toBe(rows);
		} else {
			expect(manifest.database.tables[table], table).toBe(rows);
			const [{ n }] = (await db.query({ text: `SELECT count(*) AS n FROM "${table}"`, params: [] })) as [{ n: number }];
			expect(n, table).toBe(rows);
		}
	}
	expect(db.version).toBe('v1.4.3');
});

test('the core file has no village table; each province file only its own villages', async () => {
	const db = await siteDb();
	const manifest = served();
	const core = await db.query<{ t: string }>({ text: "SELECT table_name AS t FROM duckdb_tables() WHERE database_name = 'cakupan'", params: [] });
	expect(core.map((r) => r.t).filter((t) => detailTables.includes(t))).toEqual([]);
	const provinces = Object.keys(manifest.database.detail);
	expect(provinces.length).toBeGreaterThan(30); // the sample has villages in every province
	for (const pp of provinces) {
		const [row] = await db.query({
			text: `SELECT (SELECT count(*) FROM ${detailSchema(pp)}.participation_village WHERE NOT starts_with(region_code, ?)) +
			              (SELECT count(*) FROM ${detailSchema(pp)}.villages_support WHERE NOT starts_with(village_code, ?)) AS strays`,
			params: [pp, pp]
		});
		expect(row, pp).toEqual({ strays: 0 });
	}
});
