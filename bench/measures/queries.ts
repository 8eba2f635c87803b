/**
 * The overview's queries (src/lib/views/overview/queries.ts) over the built core file, in native
 * DuckDB (node-api) and in DuckDB-WASM's blocking bundle in Node (the browser's engine and
 * wasm, without the worker hop): median time per query and the WASM/native ratio. Both run
 * single-threaded (the browser's eh bundle has one thread) and read the file attached
 * read-only, as the app does. Also the village list for a set of regencies, each once on an
 * engine that has the core file attached but not the regency's province: the time is opening
 * the villages as a view would, i.e. reading the province's detail file from disk, checking
 * its size and sha256, registering and attaching it (`detailAttacher`, what the browser runs
 * after its fetch), then the query; the file is detached again before the next regency.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Sql } from '$lib/data/connector';
import { attachStatements, detailSchema } from '$lib/data/database';
import { detailAttacher } from '$lib/data/detail';
import { openNodeDatabase, type NodeDb } from '$lib/data/node';
import { overviewQueries as viewQueries } from '$lib/views/overview/queries';
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

/** The overview's queries for Indonesia and one province (one load per area: every month at once). */
export function overviewQueries(_site: Site): { name: string; sql: Sql }[] {
	const out: { name: string; sql: Sql }[] = [];
	for (const area of [APP.nationalArea, APP.province]) {
		const q = viewQueries({ area });
		out.push({ name: `names(${area})`, sql: q.names });
		if (q.series) out.push({ name: `areaMonthly(${area})`, sql: q.series });
		out.push({ name: `childMonthly(${area})`, sql: q.children });
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

/** The province detail files that hold village participation rows, by province. */
function villageFiles(site: Site): [string, string][] {
	return Object.entries(site.manifest.database.detail ?? {})
		.filter(([, d]) => (d.tables.participation_village ?? 0) > 0)
		.map(([pp, d]) => [pp, join(site.buildDir, 'data', d.file)]);
}

/** Regencies that have village rows, `count` of them spread over the list (deterministic). */
export async function villageRegencies(site: Site, count: number): Promise<string[]> {
	const files = villageFiles(site);
	if (files.length === 0) return [];
	const conn = await openNative(':memory:', 1);
	try {
		const all: string[] = [];
		for (const [pp, path] of files) {
			await conn.run(`ATTACH '${path.replaceAll("'", "''")}' AS ${detailSchema(pp)} (READ_ONLY)`);
			const reader = await conn.runAndReadAll(`SELECT DISTINCT left(region_code, 4) AS regency FROM ${detailSchema(pp)}.participation_village ORDER BY regency`);
			all.push(...reader.getRowObjectsJS().map((r) => String(r.regency)));
			await conn.run(`DETACH ${detailSchema(pp)}`);
		}
		all.sort();
		if (all.length <= count) return all;
		return Array.from({ length: count }, (_, i) => all[Math.floor((i * all.length) / count)]!);
	} finally {
		conn.closeSync();
	}
}

/** Native: attach the province's detail file, run the query, detach; the time of attach + query. */
async function timeNativeVillage(conn: NativeConnection, site: Site, regency: string, q: Sql): Promise<number> {
	const pp = regency.slice(0, 2);
	const path = join(site.buildDir, 'data', site.manifest.database.detail[pp]!.file);
	const t = performance.now();
	await conn.run(`ATTACH '${path.replaceAll("'", "''")}' AS ${detailSchema(pp)} (READ_ONLY)`);
	await conn.runAndReadAll(q.text, q.params.length ? ([...q.params] as never) : undefined);
	const ms = performance.now() - t;
	await conn.run(`DETACH ${detailSchema(pp)}`);
	return ms;
}

/**
 * WASM: read the province's detail file, check it, register and attach it (a fresh
 * `detailAttacher`, so nothing is remembered from an earlier regency), run the query; then
 * detach and drop the file. The time of all but the clean-up.
 */
async function timeWasmVillage(db: NodeDb, site: Site, regency: string, q: Sql): Promise<number> {
	const pp = regency.slice(0, 2);
	const attach = detailAttacher({
		database: site.manifest.database,
		read: async (file) => new Uint8Array(await readFile(join(site.buildDir, 'data', file))),
		engine: {
			registerFileBuffer: (name, data) => db.bindings.registerFileBuffer(name, data),
			exec: (text) => db.connection.query(text),
			dropFile: (name) => db.bindings.dropFile(name)
		}
	});
	const t = performance.now();
	await attach(pp);
	await timeWasm(db, q);
	const ms = performance.now() - t;
	db.connection.query(`DETACH ${detailSchema(pp)}`);
	db.bindings.dropFile(site.manifest.database.detail[pp]!.file);
	return ms;
}

/** Time the overview queries and the village list on both engines (village list first on each). */
export async function runQueries(site: Site, { runs, regencies }: { runs: number; regencies: string[] }): Promise<QueryResult> {
	const queries = overviewQueries(site);
	const month = lastDecember(site.manifest.period);
	const villageSql = regencies.map((regency) => villagesOfRegency({ regency, month }));
	const village = regencies.length ? { native: [] as number[], wasm: [] as number[], regencies } : null;
	const villageNote = regencies.length ? null : 'the data has no participation_village rows (no village detail file holds any)';

	// The village list first on each engine, so no earlier query has read its rows.
	const native = await openNativeFile(site.databaseFile);
	const overview = queries.map((q) => ({ name: q.name, native: [] as number[], wasm: [] as number[] }));
	try {
		for (const [i, q] of villageSql.entries()) village!.native.push(await timeNativeVillage(native, site, regencies[i]!, q));
		for (const [i, q] of queries.entries()) {
			for (let w = 0; w < WARM_UP; w++) await timeNative(native, q.sql);
			for (let r = 0; r < runs; r++) overview[i]!.native.push(await timeNative(native, q.sql));
		}
	} finally {
		native.closeSync();
	}

	const wasm = await openNodeDatabase({ path: site.databaseFile });
	try {
		for (const [i, q] of villageSql.entries()) village!.wasm.push(await timeWasmVillage(wasm, site, regencies[i]!, q));
		for (const [i, q] of queries.entries()) {
			for (let w = 0; w < WARM_UP; w++) await timeWasm(wasm, q.sql);
			for (let r = 0; r < runs; r++) overview[i]!.wasm.push(await timeWasm(wasm, q.sql));
		}
		return { overview, village, villageNote, wasmVersion: wasm.version };
	} finally {
		wasm.close();
	}
}
