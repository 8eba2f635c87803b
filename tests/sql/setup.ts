/**
 * Databases for SQL suites: the browser's engine (DuckDB-WASM's blocking bundle) over a built
 * database, behind the app's `Db`: the core `.duckdb` file as the default schema and every
 * province's village detail file attached at once, under the browser's names (`villages_61`,
 * `detailSchema`). One engine per test file (`perTestFile`), also where files share modules.
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
import { DATABASE_ALIAS, DETAIL_TABLES, detailSchema, type DatabaseInfo } from '$lib/data/database';
import { openNodeDatabase, type NodeDb } from '$lib/data/node';
import { TABLE_NAMES, quoteIdentifier } from '$lib/contract/schema';
import { buildDatabase, buildSiteData, DEFAULT_DATASET, DEFAULT_OUT_DIR } from '../../scripts/build-db';
import { writeFixtureDataset } from '../fixtures/load-fixture';
import { perTestFile } from '../helpers/per-test-file';

type DatasetDb = NodeDb & { database: DatabaseInfo };

/** The running file's databases: the site's, the fixture's and any dataset folder's, by path. */
interface Memos {
	site?: Promise<NodeDb>;
	fixture?: Promise<DatasetDb>;
	readonly datasets: Map<string, Promise<DatasetDb>>;
}

const memos = perTestFile<Memos>(
	() => ({ datasets: new Map() }),
	// A database the finished file left open is closed; closing one it closed itself throws, ignored.
	({ site, fixture, datasets }) => {
		for (const promise of [site, fixture, ...datasets.values()]) {
			promise?.then(
				(db) => {
					try {
						db.close();
					} catch {
						// closed already by its file
					}
				},
				() => {}
			);
		}
	}
);

/**
 * The site's database: the very file the browser downloads (`static/data/<name>.duckdb`),
 * rebuilt first if its dataset (CAKUPAN_DATASET, default data/sample) changed.
 */
export function siteDb(): Promise<NodeDb> {
	const memo = memos();
	return (memo.site ??= (async () => {
		const { manifest } = await buildSiteData({ datasetDir: resolve(process.env.CAKUPAN_DATASET || DEFAULT_DATASET) });
		return openNodeDatabase({ path: join(DEFAULT_OUT_DIR, manifest.database.file), database: manifest.database, detail: 'all' });
	})());
}

/** A database built from any dataset folder (Parquet + dataset.json) into temp files. */
export function dbForDataset(dir: string): Promise<DatasetDb> {
	const { datasets } = memos();
	const key = resolve(dir);
	let promise = datasets.get(key);
	if (!promise) {
		promise = (async () => {
			const outFile = join(mkdtempSync(join(tmpdir(), 'cakupan-db-')), 'test.duckdb');
			const database = await buildDatabase({ datasetDir: key, outFile });
			return Object.assign(await openNodeDatabase({ path: outFile, database, detail: 'all' }), { database });
		})();
		datasets.set(key, promise);
	}
	return promise;
}

/** The hand-made Kalimantan fixture (`tests/fixtures/kalimantan.ts`), built like the site's data. */
export function fixtureDb(): Promise<DatasetDb> {
	const memo = memos();
	return (memo.fixture ??= writeFixtureDataset().then(({ dir }) => dbForDataset(dir)));
}

/**
 * Plan a statement without running it: invalid SQL, or a name the database lacks, throws
 * (Mosaic's `validate.ts`: string equality would accept broken SQL).
 */
export async function explain(db: NodeDb, q: Sql): Promise<void> {
	await db.query({ text: `EXPLAIN ${q.text}`, params: q.params });
}

/**
 * The whole dataset as one schema again, for checks that read every contract table at once
 * (the validator): temp views of the core file's tables, and of each detail table as the
 * union of the province files. Returns the `database` and `schema` to pass to `validateDataset`.
 */
export async function wholeDatasetViews(db: NodeDb, database: Pick<DatabaseInfo, 'detail'>): Promise<{ database: 'temp'; schema: 'main' }> {
	const detail = new Set<string>(DETAIL_TABLES);
	const provinces = Object.keys(database.detail).sort();
	const core = new Set(
		(await db.query<{ name: string }>({
			text: 'SELECT table_name AS name FROM duckdb_tables() WHERE database_name = ?',
			params: [DATABASE_ALIAS]
		})).map((r) => r.name)
	);
	for (const name of TABLE_NAMES) {
		let body: string | null = null;
		if (!detail.has(name)) {
			if (core.has(name)) body = `SELECT * FROM ${DATABASE_ALIAS}.${quoteIdentifier(name)}`;
		} else {
			const parts = provinces
				.filter((pp) => name in database.detail[pp]!.tables)
				.map((pp) => `SELECT * FROM ${detailSchema(pp)}.${quoteIdentifier(name)}`);
			if (parts.length) body = parts.join(' UNION ALL ');
		}
		if (body) await db.query({ text: `CREATE OR REPLACE TEMP VIEW ${quoteIdentifier(name)} AS ${body}`, params: [] });
	}
	return { database: 'temp', schema: 'main' };
}
