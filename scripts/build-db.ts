/**
 * Builds the database the browser reads (`npm run db`; `npm run build` runs it first).
 *
 * DuckDB-WASM cannot read Parquet offline (its Parquet extension is downloaded at run time), so
 * the Parquet dataset is turned into a DuckDB database file here, with native DuckDB, in a
 * storage version the app's older engine can read. Output, in `static/data/` (gitignored):
 *
 *   <name>.duckdb   every contract table the dataset has, rows in the table's `sortBy` order,
 *                   plus whatever BUILD_STEPS add; no indexes
 *   dataset.json    the dataset's manifest unchanged, plus `database` (DatabaseInfo: file name,
 *                   bytes, sha256, storage version, DuckDB version, row counts, input key);
 *                   written last, so it never names a file that is not there
 *
 * The rebuild is skipped when the input key (sha256 of the dataset's dataset.json, of this
 * script, of the schema module and of each build step) equals the one in the served
 * dataset.json and the database file is present with the recorded size. The Parquet files'
 * own sha256 are in dataset.json, and the build checks each file against them.
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
	MANIFEST_FILE,
	STORAGE_VERSION,
	type DatabaseInfo,
	type ServedManifest
} from '../src/lib/data/database';
import { nativeDb, nativeRows, openNative, type NativeConnection } from './lib/native-db';
import { rollupsStep } from './build-steps/rollups';
import { snapshotStep } from './build-steps/snapshot';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Dataset built when neither `--dataset` nor CAKUPAN_DATASET is given. */
export const DEFAULT_DATASET = join(ROOT, 'data', 'sample');

/** Where the site's static data goes (served at `/data/`). */
export const DEFAULT_OUT_DIR = join(ROOT, 'static', 'data');

/** What a build step gets. The output file is attached as `cakupan` and is the default schema. */
export interface BuildContext {
	readonly conn: NativeConnection;
	/** The same connection behind the app's `Db` interface: run `lib/queries` builders here. */
	readonly db: Db;
	readonly manifest: Manifest;
	/** The output folder, for a step that writes a file beside the database (a snapshot). */
	readonly outDir: string;
}

/**
 * One extra build step, run in order after the contract tables are loaded.
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
 * Each step's source text and `inputs` are part of the input key, so editing one rebuilds.
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

function sqlString(text: string): string {
	return `'${text.replaceAll("'", "''")}'`;
}

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
	hash.update(STORAGE_VERSION);
	for (const step of steps) {
		hash.update(`${step.name}\n${String(step.run)}`);
		for (const file of step.inputs ?? []) hash.update(readFileSync(file));
	}
	return hash.digest('hex');
}

/**
 * Build a database file from a dataset folder: every contract table present, in `sortBy`
 * order, then `steps`. Writes `outFile` (replacing it) and returns its description.
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
	// A private temp name, renamed into place at the end: concurrent builds (parallel test
	// files) never see each other's half-written file.
	const tmp = join(dirname(outFile), `.${basename(outFile)}.${uniqueSuffix()}.tmp`);

	const conn = await openNative();
	try {
		const [{ v }] = (await nativeRows<{ v: string }>(conn, 'SELECT version() AS v')) as [{ v: string }];
		await conn.run(`ATTACH ${sqlString(tmp)} AS ${DATABASE_ALIAS} (STORAGE_VERSION ${sqlString(STORAGE_VERSION)})`);
		await conn.run(`USE ${DATABASE_ALIAS}`);
		const tables: Record<string, number> = {};
		for (const name of TABLE_NAMES) {
			const files = tableFiles(manifest, name);
			if (files.length === 0) continue;
			const def = TABLES[name] as TableDef;
			const cols = def.columns.map((c) => quoteIdentifier(c.name)).join(', ');
			const paths = files.map((f) => sqlString(join(datasetDir, f.file))).join(', ');
			await conn.run(createTableSql(name));
			// Columns by name, so a file's column order does not matter; types are the contract's.
			await conn.run(
				`INSERT INTO ${quoteIdentifier(name)} SELECT ${cols} FROM read_parquet([${paths}]) ORDER BY ${def.sortBy.map(quoteIdentifier).join(', ')}`
			);
			const expected = files.reduce((n, f) => n + f.rows, 0);
			const [{ n }] = (await nativeRows<{ n: number }>(conn, `SELECT count(*) AS n FROM ${quoteIdentifier(name)}`)) as [{ n: number }];
			if (n !== expected) throw new Error(`${name}: loaded ${n} rows, dataset.json says ${expected}`);
			tables[name] = n;
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
			const [{ n }] = (await nativeRows<{ n: number }>(conn, `SELECT count(*) AS n FROM ${quoteIdentifier(name)}`)) as [{ n: number }];
			tables[name] = n;
		}
		await conn.run('CHECKPOINT');
		await conn.run('USE memory');
		await conn.run(`DETACH ${DATABASE_ALIAS}`);
		rmSync(`${tmp}.wal`, { force: true });
		renameSync(tmp, outFile);
		const bytes = readFileSync(outFile);
		return {
			file: basename(outFile),
			bytes: bytes.length,
			sha256: createHash('sha256').update(bytes).digest('hex'),
			storage_version: STORAGE_VERSION,
			built_with: v,
			tables,
			input_key: inputKey(datasetDir, steps)
		};
	} finally {
		conn.closeSync();
		rmSync(tmp, { force: true });
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

/**
 * Build (or keep) the site's data: `<name>.duckdb` and `dataset.json` in `outDir`. Other
 * `.duckdb` files there are removed, so the service worker never precaches a stale one.
 */
export async function buildSiteData({
	datasetDir = DEFAULT_DATASET,
	outDir = DEFAULT_OUT_DIR,
	force = false
}: { datasetDir?: string; outDir?: string; force?: boolean } = {}): Promise<{ manifest: ServedManifest; skipped: boolean }> {
	const manifest = readManifest(datasetDir);
	const file = `${manifest.name.replace(/[^A-Za-z0-9._-]/g, '_')}.duckdb`;
	const outFile = join(outDir, file);
	const old = servedManifest(outDir);
	if (
		!force &&
		old?.database?.file === file &&
		old.database.input_key === inputKey(datasetDir) &&
		existsSync(outFile) &&
		statSync(outFile).size === old.database.bytes
	) {
		return { manifest: old, skipped: true };
	}
	const database = await buildDatabase({ datasetDir, outFile, outDir });
	for (const other of readdirSync(outDir)) {
		if (other !== file && /\.duckdb(\.wal)?$/.test(other)) rmSync(join(outDir, other), { force: true });
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
		const { file, bytes, tables } = manifest.database;
		const ms = Math.round(performance.now() - started);
		const rows = Object.values(tables).reduce((a, b) => a + b, 0);
		console.log(
			skipped
				? `db: static/data/${file} is up to date (${manifest.name} ${manifest.version}; ${ms} ms)`
				: `db: wrote static/data/${file} (${(bytes / 1e6).toFixed(1)} MB, ${Object.keys(tables).length} tables, ${rows} rows) from ${datasetDir} in ${ms} ms`
		);
	} catch (e) {
		console.error(`db: ${(e as Error).message}`);
		process.exitCode = 1;
	}
}
