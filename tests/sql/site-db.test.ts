/**
 * The site's own database file (`static/data/<name>.duckdb`, the bytes the browser downloads)
 * opens in the browser's engine and holds what its manifest counts. A storage format the
 * engine cannot read fails here, before any user sees it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import type { ServedManifest } from '$lib/data/database';
import { DEFAULT_OUT_DIR } from '../../scripts/build-db';
import { siteDb } from './setup';

test('every table holds the rows the manifest counts', async () => {
	const db = await siteDb();
	const manifest = JSON.parse(readFileSync(join(DEFAULT_OUT_DIR, 'dataset.json'), 'utf8')) as ServedManifest;
	const counted = Object.fromEntries(
		manifest.tables.map((t) => [t.table, manifest.tables.filter((u) => u.table === t.table).reduce((n, u) => n + u.rows, 0)])
	);
	for (const [table, rows] of Object.entries(counted)) {
		expect(manifest.database.tables[table], table).toBe(rows);
		const [{ n }] = (await db.query({ text: `SELECT count(*) AS n FROM "${table}"`, params: [] })) as [{ n: number }];
		expect(n, table).toBe(rows);
	}
	expect(db.version).toBe('v1.4.3');
});
