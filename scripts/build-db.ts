/**
 * Builds the database the browser reads (`npm run db`; `npm run build` runs it first).
 *
 * DuckDB-WASM cannot read Parquet offline (its Parquet extension is downloaded at run time), so
 * the Parquet dataset is turned into a DuckDB database file here, with native DuckDB, in a
 * storage version the app's older engine can read. Output, in `static/data/` (gitignored):
 *
 *   <name>.duckdb                 the core file the first view waits for: every contract table
 *                                 the dataset has but the village detail (DETAIL_TABLES), rows
 *                                 in the table's `sortBy` order, plus whatever BUILD_STEPS add;
 *                                 no indexes
 *   <name>-villages-<pp>.duckdb   one per province with village rows: the DETAIL_TABLES rows of
 *                                 that province (first two digits of the village code), in
 *                                 `sortBy` order; attached only when a view drills down
 *   dataset.json                  the dataset's manifest unchanged, plus `database`
 *                                 (DatabaseInfo: the core file's name, bytes, sha256, storage
 *                                 version, DuckDB version, row counts, input key, and `detail`:
 *                                 each province's file, bytes, sha256, row counts); written
 *                                 last, so it never names a file that is not there
 *
 * Every file is written under a temp name and renamed into place at the end. The rebuild is
 * skipped when the input key (sha256 of the dataset's dataset.json, of this script and the
 * detail-file writer, of the schema and database modules and of each build step) equals the
 * one in the served dataset.json and every database file is present with the recorded size.
 * The Parquet files' own sha256 are in dataset.json, and the build checks each file against
 * them.
 *
 * Usage: npm run db [-- --dataset DIR] [--force]    (or env CAKUPAN_DATASET=DIR)
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseManifest, tableFiles, type Manifest } from '../src/lib/contract/manifest';
import { TABLE_NAMES, TABLES, createTableSql, quoteIdentifier, type TableDef } from '../src/lib/contract/schema';
import type { Db } from '../src/lib/data/connector';
import {
	DATABASE_ALIAS,
	DETAIL_TABLES,
	MANIFEST_FILE,
	STORAGE_VERSION,
	type DatabaseInfo,
	type DetailFile,
	type DetailTable,
	type ServedManifest
} from '../src/lib/data/database';
import { withBuildLock } from './lib/build-lock';
import { stagedTable, writeDetailFiles, type Pending } from './lib/detail-files';
import { countRows, nativeDb, nativeRows, openNative, sqlString, type NativeConnection } from './lib/native-db';
import { rollupsStep } from './build-steps/rollups';
import { snapshotStep } from './build-steps/snapshot';
import { buildMapFile } from './build-steps/map';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Dataset built when neither `--dataset` nor CAKUPAN_DATASET is given. */
export const DEFAULT_DATASET = join(ROOT, 'data', 'sample');

/** Where the site's static data goes (served at `/data/`). */
export const DEFAULT_OUT_DIR = join(ROOT, 'static', 'data');

/**
 * What a build step gets. The core file is attached as `cakupan` and is the default schema; the
 * village detail tables are not in it, but staged in `memory.main` (e.g.
 * `memory.main.participation_village`) until the steps are done.
 */
export interface BuildContext {
	readonly conn: NativeConnection;
	/** The same connection behind the app's `Db` interface: run `lib/queries` builders here. */
	readonly db: Db;
	readonly manifest: Manifest;
	/** The output folder, for a step that writes a file beside the database (a snapshot). */
	readonly outDir: string;
}

/**
 * One extra build step, run in order after the contract tables are loaded. A table it creates
 * goes into the core file.
 * @example
 * BUILD_STEPS.push({
 *   name: 'participation_province',
 *   run: ({ conn }) => conn.run('CREATE TABLE participation_province AS SELECT ...')
 * });
 */
export interface BuildStep {
	readonly name: string;
	run(ctx: BuildContext): Promise<unknown>;
	/** Files the step's output depends on besides its own code (hashed into the input key). */
	readonly inputs?: readonly string[];
}

/**
 * Extra steps: rollup tables for speed, a first-view snapshot. A table a step creates lands in
 * the database file (unqualified names resolve to it) and its row count in `database.tables`.
 * Each step's name and `inputs` (list its own source file there) are part of the input key, so editing one rebuilds.
 */
export const BUILD_STEPS: BuildStep[] = [rollupsStep, snapshotStep];

/** Check each Parquet file against the sha256 the manifest records; throws naming the first mismatch. */
function checkFiles(datasetDir: string, manifest: Manifest): void {
	for (const entry of manifest.tables) {
		const path = join(datasetDir, entry.file);
		if (!existsSync(path)) throw new Error(`${entry.file}: listed in dataset.json but missing in ${datasetDir}`);
		const sha = createHash('sha256').update(readFileSync(path)).digest('hex');
		if (sha !== entry.sha256) throw new Error(`${entry.file}: sha256 ${sha} differs from dataset.json (${entry.sha256}); regenerate the dataset or its manifest`);
	}
}

const uniqueSuffix = () => `${process.pid}-${Math.random().toString(36).slice(2, 10)}`;

/** Read and check a dataset folder's manifest. */
export function readManifest(datasetDir: string): Manifest {
	const path = join(datasetDir, MANIFEST_FILE);
	if (!existsSync(path)) {
		throw new Error(`no ${MANIFEST_FILE} in ${datasetDir}: pass --dataset DIR or set CAKUPAN_DATASET to a dataset folder (npm run data writes the sample)`);
	}
	return parseManifest(JSON.parse(readFileSync(path, 'utf8')));
}

/** sha256 over everything the output depends on. */
export function inputKey(datasetDir: string, steps: readonly BuildStep[] = BUILD_STEPS): string {
	const hash = createHash('sha256');
	hash.update(readFileSync(join(datasetDir, MANIFEST_FILE)));
	hash.update(readFileSync(fileURLToPath(import.meta.url)));
	hash.update(readFileSync(join(ROOT, 'src/lib/contract/schema.ts')));
	// Which tables are detail, their files' names, block size: the split is part of the output.
	hash.update(readFileSync(join(ROOT, 'src/lib/data/database.ts')));
	hash.update(readFileSync(join(ROOT, 'scripts/lib/detail-files.ts')));
	hash.update(STORAGE_VERSION);
	for (const step of steps) {
		// The step's name and its files (its own source among them), not `String(step.run)`:
		// that text differs between tsx and Vitest's transforms, which made them rebuild in turn.
		hash.update(`${step.name}\n`);
		for (const file of step.inputs ?? []) hash.update(readFileSync(file));
	}
	return hash.digest('hex');
}

/** Load one contract table from its Parquet files into `target` (a quoted name), in `sortBy` order; returns its rows. */
async function loadTable(conn: NativeConnection, { datasetDir, manifest, name, target }: {
	datasetDir: string;
	manifest: Manifest;
	name: (typeof TABLE_NAMES)[number];
	target: string;
}): Promise<number> {
	const files = tableFiles(manifest, name);
	const def = TABLES[name] as TableDef;
	const cols = def.columns.map((c) => quoteIdentifier(c.name)).join(', ');
	const paths = files.map((f) => sqlString(join(datasetDir, f.file))).join(', ');
	await conn.run(createTableSql(name, target));
	// Columns by name, so a file's column order does not matter; types are the contract's.
	await conn.run(
		`INSERT INTO ${target} SELECT ${cols} FROM read_parquet([${paths}]) ORDER BY ${def.sortBy.map(quoteIdentifier).join(', ')}`
	);
	const expected = files.reduce((n, f) => n + f.rows, 0);
	const n = await countRows(conn, target);
	if (n !== expected) throw new Error(`${name}: loaded ${n} rows, dataset.json says ${expected}`);
	return n;
}

const tempFor = (path: string) => join(dirname(path), `.${basename(path)}.${uniqueSuffix()}.tmp`);

/** Name, size and sha256 of a written file. */
function describeFile(path: string): { file: string; bytes: number; sha256: string } {
	const bytes = readFileSync(path);
	return { file: basename(path), bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/**
 * Build the database files from a dataset folder: the core file `outFile` (every contract
 * table present but DETAIL_TABLES, in `sortBy` order, then `steps`) and one detail file per
 * province beside it (`detailFileName`). Writes them (replacing any) and returns their
 * description.
 */
export async function buildDatabase({
	datasetDir,
	outFile,
	steps = BUILD_STEPS,
	outDir = dirname(outFile)
}: {
	datasetDir: string;
	outFile: string;
	steps?: readonly BuildStep[];
	outDir?: string;
}): Promise<DatabaseInfo> {
	const manifest = readManifest(datasetDir);
	checkFiles(datasetDir, manifest);
	mkdirSync(dirname(outFile), { recursive: true });
	// Private temp names, renamed into place at the end: concurrent builds (parallel test
	// files) never see each other's half-written files.
	const tmp = tempFor(outFile);
	const pending: Pending[] = [];

	const conn = await openNative();
	try {
		const [{ v }] = (await nativeRows<{ v: string }>(conn, 'SELECT version() AS v')) as [{ v: string }];
		await conn.run(`ATTACH ${sqlString(tmp)} AS ${DATABASE_ALIAS} (STORAGE_VERSION ${sqlString(STORAGE_VERSION)})`);
		await conn.run(`USE ${DATABASE_ALIAS}`);
		const tables: Record<string, number> = {};
		const detailRows: Partial<Record<DetailTable, number>> = {};
		for (const name of TABLE_NAMES) {
			if (tableFiles(manifest, name).length === 0) continue;
			if ((DETAIL_TABLES as readonly string[]).includes(name)) {
				const detail = name as DetailTable;
				detailRows[detail] = await loadTable(conn, { datasetDir, manifest, name, target: stagedTable(detail) });
			} else {
				tables[name] = await loadTable(conn, { datasetDir, manifest, name, target: quoteIdentifier(name) });
			}
		}
		const ctx: BuildContext = { conn, db: nativeDb(conn), manifest, outDir };
		for (const step of steps) {
			try {
				await step.run(ctx);
			} catch (e) {
				throw new Error(`build step ${step.name} failed: ${(e as Error).message}`, { cause: e });
			}
		}
		for (const { name } of await nativeRows<{ name: string }>(
			conn,
			`SELECT table_name AS name FROM duckdb_tables() WHERE database_name = ${sqlString(DATABASE_ALIAS)} ORDER BY table_name`
		)) {
			if (name in tables) continue;
			tables[name] = await countRows(conn, quoteIdentifier(name));
		}
		await conn.run('CHECKPOINT');
		await conn.run('USE memory');
		await conn.run(`DETACH ${DATABASE_ALIAS}`);
		rmSync(`${tmp}.wal`, { force: true });
		pending.push({ tmp, path: outFile });

		const written = await writeDetailFiles(conn, { coreFile: outFile, tables: detailRows, tempFor, pending });
		// Detail files first, the core file last: a reader that finds the new core file finds its detail.
		for (const { tmp: from, path } of [...pending.filter((p) => p.path !== outFile), ...pending.filter((p) => p.path === outFile)]) {
			renameSync(from, path);
		}
		const detail: Record<string, DetailFile> = {};
		for (const [province, { path, tables: counts }] of Object.entries(written)) {
			detail[province] = { ...describeFile(path), tables: counts };
		}
		return {
			...describeFile(outFile),
			storage_version: STORAGE_VERSION,
			built_with: v,
			tables,
			detail,
			input_key: inputKey(datasetDir, steps)
		};
	} finally {
		conn.closeSync();
		for (const file of [tmp, ...pending.map((p) => p.tmp)]) {
			rmSync(file, { force: true });
			rmSync(`${file}.wal`, { force: true });
		}
	}
}

/** The served manifest in `outDir`, or null when absent or unreadable. */
function servedManifest(outDir: string): ServedManifest | null {
	try {
		return JSON.parse(readFileSync(join(outDir, MANIFEST_FILE), 'utf8')) as ServedManifest;
	} catch {
		return null;
	}
}

/** Every database file a build wrote: the core file and each province's detail file. */
export function databaseFiles(database: DatabaseInfo): { file: string; bytes: number }[] {
	return [database, ...Object.values(database.detail ?? {})].map(({ file, bytes }) => ({ file, bytes }));
}

/**
 * Build (or keep) the site's data: `<name>.duckdb`, `<name>-villages-<pp>.duckdb` and
 * `dataset.json` in `outDir`. Other `.duckdb` files there (an older dataset's, a province's that
 * no longer has village rows) are removed, so the service worker never caches a stale one.
 * One build at a time per folder (`withBuildLock`), so parallel callers never mix files.
 */
export function buildSiteData(
	options: { datasetDir?: string; outDir?: string; force?: boolean } = {}
): Promise<{ manifest: ServedManifest; skipped: boolean }> {
	return withBuildLock(options.outDir ?? DEFAULT_OUT_DIR, () => buildSiteDataNow(options));
}

async function buildSiteDataNow({
	datasetDir = DEFAULT_DATASET,
	outDir = DEFAULT_OUT_DIR,
	force = false
}: { datasetDir?: string; outDir?: string; force?: boolean }): Promise<{ manifest: ServedManifest; skipped: boolean }> {
	const manifest = readManifest(datasetDir);
	const file = `${manifest.name.replace(/[^A-Za-z0-9._-]/g, '_')}.duckdb`;
	const outFile = join(outDir, file);
	const old = servedManifest(outDir);
	if (
		!force &&
		old?.database?.file === file &&
		old.database.detail !== undefined &&
		old.database.input_key === inputKey(datasetDir) &&
		databaseFiles(old.database).every((f) => existsSync(join(outDir, f.file)) && statSync(join(outDir, f.file)).size === f.bytes)
	) {
		return { manifest: old, skipped: true };
	}
	const database = await buildDatabase({ datasetDir, outFile, outDir });
	const keep = new Set(databaseFiles(database).map((f) => f.file));
	for (const other of readdirSync(outDir)) {
		if (!keep.has(other) && /\.duckdb(\.wal)?$/.test(other)) rmSync(join(outDir, other), { force: true });
	}
	const served: ServedManifest = { ...manifest, database };
	const tmp = join(outDir, `.${MANIFEST_FILE}.${uniqueSuffix()}.tmp`);
	writeFileSync(tmp, JSON.stringify(served, null, '\t') + '\n');
	renameSync(tmp, join(outDir, MANIFEST_FILE));
	return { manifest: served, skipped: false };
}

function parseArgs(argv: string[]): { datasetDir: string; force: boolean } {
	let datasetDir = process.env.CAKUPAN_DATASET || DEFAULT_DATASET;
	let force = false;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		if (arg === '--force') force = true;
		else if (arg === '--dataset') datasetDir = argv[++i] ?? '';
		else if (arg.startsWith('--dataset=')) datasetDir = arg.slice('--dataset='.length);
		else throw new Error(`unknown argument: ${arg} (expected --dataset DIR or --force)`);
	}
	if (!datasetDir) throw new Error('--dataset needs a folder');
	return { datasetDir: resolve(datasetDir), force };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const started = performance.now();
	try {
		const { datasetDir, force } = parseArgs(process.argv.slice(2));
		const { manifest, skipped } = await buildSiteData({ datasetDir, force });
		const { file, bytes, tables, detail } = manifest.database;
		const ms = Math.round(performance.now() - started);
		const rows = Object.values(tables).reduce((a, b) => a + b, 0);
		const details = Object.values(detail);
		const detailBytes = details.reduce((n, d) => n + d.bytes, 0);
		const detailRows = details.reduce((n, d) => n + Object.values(d.tables).reduce((a, b) => a + b, 0), 0);
		const largest = Math.max(0, ...details.map((d) => d.bytes));
		// The /kantor/ map's boundaries: from the reference data, not the dataset (its own skip rule).
		const map = buildMapFile();
		console.log(map.skipped ? `map: static/data/map-regencies.json is up to date` : `map: wrote ${map.out} (${(map.bytes / 1e3).toFixed(0)} kB)`);
		console.log(
			skipped
				? `db: static/data/${file} is up to date (${manifest.name} ${manifest.version}; ${ms} ms)`
				: `db: wrote static/data/${file} (${(bytes / 1e6).toFixed(1)} MB, ${Object.keys(tables).length} tables, ${rows} rows) ` +
						`and ${details.length} village detail files (${(detailBytes / 1e6).toFixed(1)} MB in all, largest ${(largest / 1e6).toFixed(1)} MB, ${detailRows} rows) from ${datasetDir} in ${ms} ms`
		);
	} catch (e) {
		console.error(`db: ${(e as Error).message}`);
		process.exitCode = 1;
	}
}
