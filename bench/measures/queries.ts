/**
 * The overview's queries (src/lib/queries/overview.ts) over the built database file, in native
 * DuckDB (node-api) and in DuckDB-WASM's blocking bundle in Node (the browser's engine and
 * wasm, without the worker hop): median time per query and the WASM/native ratio. Both run
 * single-threaded (the browser's eh bundle has one thread) and read the file attached
 * read-only, as the app does. Also the village list for a set of regencies, each queried
 * once on the engine (no result cache, no earlier read of its rows).
 */
import type { Sql } from '$lib/data/connector';
import { attachStatements } from '$lib/data/database';
import { openNodeDatabase, type NodeDb } from '$lib/data/node';
import { areaSums, childSums, trendByMonth } from '$lib/queries/overview';
import { openNative, type NativeConnection } from '../../scripts/lib/native-db';
import { APP } from '../config';
import type { Site } from '../site';
import { lastDecember, villagesOfRegency } from '../village-query';

/** Unrecorded runs first: the wasm engine's code tiers up (Liftoff to TurboFan) over its first queries. */
const WARM_UP = 3;

/** Timings of one named query, ms. */
export interface QueryTimes {
	readonly name: string;
	readonly native: number[];
	readonly wasm: number[];
}

/** Every timing of the query group. */
export interface QueryResult {
	readonly overview: QueryTimes[];
	/** The village list per regency (one run each), or null with a reason. */
	readonly village: { native: number[]; wasm: number[]; regencies: string[] } | null;
	readonly villageNote: string | null;
	readonly wasmVersion: string;
}

/** The overview's queries for Indonesia and one province, at the last month of the data. */
export function overviewQueries(site: Site): { name: string; sql: Sql }[] {
	const month = site.manifest.period.to;
	const out: { name: string; sql: Sql }[] = [];
	for (const area of [APP.nationalArea, APP.province]) {
		out.push({ name: `areaSums(${area})`, sql: areaSums({ area, month }) });
		out.push({ name: `trendByMonth(${area})`, sql: trendByMonth({ area }) });
		out.push({ name: `childSums(${area})`, sql: childSums({ area, month }) });
	}
	return out;
}

async function openNativeFile(file: string): Promise<NativeConnection> {
	const conn = await openNative(':memory:', 1);
	for (const statement of attachStatements(file)) await conn.run(statement);
	return conn;
}

async function timeNative(conn: NativeConnection, q: Sql): Promise<number> {
	const t = performance.now();
	await conn.runAndReadAll(q.text, q.params.length ? ([...q.params] as never) : undefined);
	return performance.now() - t;
}

async function timeWasm(db: NodeDb, q: Sql): Promise<number> {
	const t = performance.now();
	const statement = db.connection.prepare(q.text);
	try {
		statement.query(...q.params);
	} finally {
		statement.close();
	}
	return performance.now() - t;
}

/** Regencies that have village rows, `count` of them spread over the list (deterministic). */
export async function villageRegencies(site: Site, count: number): Promise<string[]> {
	if (!site.manifest.database.tables.participation_village) return [];
	const conn = await openNativeFile(site.databaseFile);
	try {
		const reader = await conn.runAndReadAll('SELECT DISTINCT left(region_code, 4) AS regency FROM participation_village ORDER BY regency');
		const all = reader.getRowObjectsJS().map((r) => String(r.regency));
		if (all.length <= count) return all;
		return Array.from({ length: count }, (_, i) => all[Math.floor((i * all.length) / count)]!);
	} finally {
		conn.closeSync();
	}
}

/** Time the overview queries and the village list on both engines (village list first on each). */
export async function runQueries(site: Site, { runs, regencies }: { runs: number; regencies: string[] }): Promise<QueryResult> {
	const queries = overviewQueries(site);
	const month = lastDecember(site.manifest.period);
	const villageSql = regencies.map((regency) => villagesOfRegency({ regency, month }));
	const village = regencies.length ? { native: [] as number[], wasm: [] as number[], regencies } : null;
	const villageNote = regencies.length ? null : 'the database has no participation_village rows';

	// The village list first on each engine, so no earlier query has read its rows.
	const native = await openNativeFile(site.databaseFile);
	const overview = queries.map((q) => ({ name: q.name, native: [] as number[], wasm: [] as number[] }));
	try {
		for (const q of villageSql) village!.native.push(await timeNative(native, q));
		for (const [i, q] of queries.entries()) {
			for (let w = 0; w < WARM_UP; w++) await timeNative(native, q.sql);
			for (let r = 0; r < runs; r++) overview[i]!.native.push(await timeNative(native, q.sql));
		}
	} finally {
		native.closeSync();
	}

	const wasm = await openNodeDatabase({ path: site.databaseFile });
	try {
		for (const q of villageSql) village!.wasm.push(await timeWasm(wasm, q));
		for (const [i, q] of queries.entries()) {
			for (let w = 0; w < WARM_UP; w++) await timeWasm(wasm, q.sql);
			for (let r = 0; r < runs; r++) overview[i]!.wasm.push(await timeWasm(wasm, q.sql));
		}
		return { overview, village, villageNote, wasmVersion: wasm.version };
	} finally {
		wasm.close();
	}
}
