/**
 * Databases for SQL suites: the browser's engine (DuckDB-WASM's blocking bundle) over a built
 * `.duckdb` file, behind the app's `Db`. One engine per test file: vitest gives each file its
 * own module instance, so these memos never cross files.
 *
 * @example
 * import { fixtureDb } from './setup';
 * const db = await fixtureDb();
 * expect(await db.query(coverageByRegion({ parent: '62', period: '2024-12-01' }))).toEqual([...]);
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Sql } from '$lib/data/connector';
import { openNodeDatabase, type NodeDb } from '$lib/data/node';
import { buildDatabase, buildSiteData, DEFAULT_DATASET, DEFAULT_OUT_DIR } from '../../scripts/build-db';
import { writeFixtureDataset } from '../fixtures/load-fixture';

let sitePromise: Promise<NodeDb> | undefined;
let fixturePromise: Promise<NodeDb> | undefined;
const datasetPromises = new Map<string, Promise<NodeDb>>();

/**
 * The site's database: the very file the browser downloads (`static/data/<name>.duckdb`),
 * rebuilt first if its dataset (CAKUPAN_DATASET, default data/sample) changed.
 */
export function siteDb(): Promise<NodeDb> {
	return (sitePromise ??= (async () => {
		const { manifest } = await buildSiteData({ datasetDir: resolve(process.env.CAKUPAN_DATASET || DEFAULT_DATASET) });
		return openNodeDatabase({ path: join(DEFAULT_OUT_DIR, manifest.database.file) });
	})());
}

/** A database built from any dataset folder (Parquet + dataset.json) into a temp file. */
export function dbForDataset(dir: string): Promise<NodeDb> {
	const key = resolve(dir);
	let promise = datasetPromises.get(key);
	if (!promise) {
		promise = (async () => {
			const outFile = join(mkdtempSync(join(tmpdir(), 'cakupan-db-')), 'test.duckdb');
			await buildDatabase({ datasetDir: key, outFile });
			return openNodeDatabase({ path: outFile });
		})();
		datasetPromises.set(key, promise);
	}
	return promise;
}

/** The hand-made Kalimantan fixture (`tests/fixtures/kalimantan.ts`), built like the site's data. */
export function fixtureDb(): Promise<NodeDb> {
	return (fixturePromise ??= writeFixtureDataset().then(({ dir }) => dbForDataset(dir)));
}

/**
 * Plan a statement without running it: invalid SQL, or a name the database lacks, throws
 * (Mosaic's `validate.ts`: string equality would accept broken SQL).
 */
export async function explain(db: NodeDb, q: Sql): Promise<void> {
	await db.query({ text: `EXPLAIN ${q.text}`, params: q.params });
}
