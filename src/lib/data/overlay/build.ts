/**
 * One generation of user data: a fresh in-memory catalog (`userdata_<n>`) holding every table
 * and rollup the views read, built beside the data the views read now, so a failure leaves
 * nothing behind and the switch is one `USE` (`overlay.ts`).
 *
 * In the catalog's `main` schema:
 *   staged_<i>       a file's rows as the engine's Arrow insert made them (dropped once merged)
 *   user_<table>     the user's rows of a table in the contract's types, files applied in order:
 *                    a file replaces the rows of the provinces it covers
 *   <table>          what the views read: `replace` mode, a view of the sample's rows of the
 *                    provinces no file covers (`user_provinces_<table>`) plus the user's;
 *                    `only-mine`, a view of the user's rows (an empty table when no file has
 *                    the table); a table no file changes (and `regions`, reference data) is a
 *                    view of the sample's
 *   <rollup>         rebuilt with the build's own statements (`queries/rollups.ts`) where a
 *                    table it is computed from changed; otherwise a view of the sample's
 *
 * Every name in SQL text is a contract or rollup identifier, or `staged_<i>`/`user_<table>`/the
 * catalog name made here from integers and contract names; every value is bound.
 */
import { TABLES, createTableSql, quoteIdentifier, type ColumnDef, type TableDef } from '../../contract/schema';
import { MONTHLY_TABLES, PROVINCE_COLUMN, USER_TABLES, type UserTable } from '../../contract/user-tables';
import { DETAIL_TABLES, type DetailTable } from '../database';
import type { Param, Row } from '../connector';
import {
	NO_VILLAGES,
	ROLLUP_STATEMENT,
	ROLLUP_TABLES,
	rollupSources,
	villageExcessStatement
} from '../../queries/rollups';
import { OverlayError, type ActiveFile, type OverlayFile, type OverlayMode, type ProvincesByTable } from './types';

/** The engine calls a build needs: a connection of its own, never the one the views query on. */
export interface OverlayConnection {
	/** Run one statement, `?` bound to `params` in order; rows as plain objects. */
	run(text: string, params?: readonly Param[]): Promise<Row[]>;
	/** Create table `name` in the connection's current catalog (schema `main`) from an Arrow IPC stream. */
	insertIpc(ipc: Uint8Array, name: string): Promise<void>;
}

/** The sample's village detail, one file per province (`database.ts`), for a build that replaces some of it. */
export interface OverlayDetail {
	/** Provinces with a sample detail file. */
	readonly provinces: readonly string[];
	/** Attach the sample's file of `province` read-only as catalog `alias` (a private name); resolves with its detach. */
	open(province: string, alias: string): Promise<() => Promise<void>>;
}

/** What a build is asked for. */
export interface GenerationRequest {
	/** The catalog to build into (`userdata_<n>`; letters, digits, `_`). */
	readonly catalog: string;
	/** The catalog of the sample's tables (the attached database file). */
	readonly sampleCatalog: string;
	/** Tables and rollups the sample's catalog holds. */
	readonly sampleTables: ReadonlySet<string>;
	/** Files in the order they apply. */
	readonly files: readonly OverlayFile[];
	readonly mode: OverlayMode;
	/** Today, `YYYY-MM-DD`: months that start after it are refused. */
	readonly today: string;
	/** The sample's village files; without it, village detail stays the sample's files'. */
	readonly detail?: OverlayDetail;
}

/** What a build made. */
export interface Generation {
	readonly files: readonly ActiveFile[];
	readonly userProvinces: ProvincesByTable;
	readonly sampleProvinces: ProvincesByTable;
	/** First and last month of the participation the views now read (`YYYY-MM`), or null without any. */
	readonly period: { readonly from: string; readonly to: string } | null;
	/** Provinces whose village detail the generation holds (`detail_<pp>_<table>`), sorted. */
	readonly detailProvinces: readonly string[];
}

/** The generation's table holding a province's rows of a detail table (the switch makes `villages_<pp>` read it). */
export function detailCopyName(province: string, table: DetailTable): string {
	if (!/^\d{2}$/.test(province)) throw new RangeError(`invalid province code: ${JSON.stringify(province)}`);
	return `detail_${province}_${table}`;
}

const q = quoteIdentifier;
const CATALOG = /^[a-z][a-z0-9_]*$/;

/** `left(<province column>, 2)`: a row's province (`ID` stays `ID`). */
const provinceExpr = (table: UserTable, alias?: string) => `left(CAST(${alias ? `${alias}.` : ''}${q(PROVINCE_COLUMN[table])} AS VARCHAR), 2)`;

const def = (table: UserTable) => TABLES[table] as TableDef;
const listParams = (values: readonly string[]) => (values.length ? values.map(() => '?').join(', ') : 'NULL');
const strings = (rows: Row[], column: string) => rows.map((r) => String(r[column]));

/** The columns a staged file must have: its table's key and its province column. */
function requiredColumns(table: UserTable): string[] {
	return [...new Set([...def(table).key, PROVINCE_COLUMN[table]])];
}

/**
 * Stage a file: insert its rows, check them (columns, emptiness, keys, types, months) and name
 * its provinces. Throws an {@link OverlayError} naming the file.
 */
async function stageFile(conn: OverlayConnection, file: OverlayFile, staged: string, today: string): Promise<ActiveFile> {
	const detail = { file: file.name, table: file.table };
	await conn.insertIpc(file.ipc, staged);
	const columns = strings(
		await conn.run(`SELECT column_name AS name FROM duckdb_columns() WHERE schema_name = 'main' AND table_name = ? AND database_name = current_database() ORDER BY column_index`, [staged]),
		'name'
	);
	const known = new Map(def(file.table).columns.map((c) => [c.name, c] as const));
	const unknown = columns.find((c) => !known.has(c));
	if (unknown !== undefined) throw new OverlayError('unknown-column', { ...detail, column: unknown }, `${file.name}: ${file.table} has no column ${unknown}`);
	const missing = requiredColumns(file.table).find((c) => !columns.includes(c));
	if (missing !== undefined) throw new OverlayError('missing-key', { ...detail, column: missing }, `${file.name}: key column ${missing} is missing`);

	const required = requiredColumns(file.table);
	const [counts = {}] = await conn.run(
		`SELECT count(*) AS "rows", ${required.map((c, i) => `count(*) FILTER (${q(c)} IS NULL) AS "null_${i}"`).join(', ')},
		        ${columns.map((c, i) => `count(*) FILTER (${q(c)} IS NOT NULL AND TRY_CAST(${q(c)} AS ${known.get(c)!.type}) IS NULL) AS "bad_${i}"`).join(', ')}
		 FROM ${q(staged)}`
	);
	const rows = Number(counts.rows);
	if (rows === 0) throw new OverlayError('empty', detail, `${file.name} has no rows`);
	const nullAt = required.findIndex((_, i) => Number(counts[`null_${i}`]) > 0);
	if (nullAt >= 0) throw new OverlayError('null-key', { ...detail, column: required[nullAt]! }, `${file.name}: rows without ${required[nullAt]}`);
	const badAt = columns.findIndex((_, i) => Number(counts[`bad_${i}`]) > 0);
	if (badAt >= 0) throw new OverlayError('type', { ...detail, column: columns[badAt]! }, `${file.name}: ${columns[badAt]} does not fit ${known.get(columns[badAt]!)!.type}`);

	if (MONTHLY_TABLES.includes(file.table)) {
		const [late] = await conn.run(
			`SELECT strftime(min(CAST(month AS DATE)), '%Y-%m') AS month FROM ${q(staged)} WHERE CAST(month AS DATE) > CAST(? AS DATE)`,
			[today]
		);
		if (late?.month != null) throw new OverlayError('future-month', { ...detail, value: String(late.month) }, `${file.name}: month ${late.month} is after ${today}`);
	}
	const key = def(file.table).key;
	const [duplicate] = await conn.run(
		`SELECT ${key.map((c) => `CAST(${q(c)} AS VARCHAR) AS ${q(c)}`).join(', ')} FROM ${q(staged)} GROUP BY ALL HAVING count(*) > 1 ORDER BY ALL LIMIT 1`
	);
	if (duplicate) {
		const value = key.map((c) => String(duplicate[c])).join(' · ');
		throw new OverlayError('duplicate-key', { ...detail, value }, `${file.name}: ${value} appears more than once`);
	}
	const provinces = strings(await conn.run(`SELECT DISTINCT ${provinceExpr(file.table)} AS p FROM ${q(staged)} ORDER BY p`), 'p');
	return { id: file.id, name: file.name, table: file.table, provinces, rows, columns, loadedAt: file.loadedAt, sha256: file.sha256 };
}

/** Merge a table's staged files into `user_<table>`, in order: each file replaces its provinces. */
async function mergeUserTable(conn: OverlayConnection, table: UserTable, staged: readonly { name: string; file: ActiveFile }[]): Promise<void> {
	const target = q(`user_${table}`);
	await conn.run(createTableSql(table, target, { valuesMayBeMissing: true }));
	const types = new Map(def(table).columns.map((c: ColumnDef) => [c.name, c.type] as const));
	for (const { name, file } of staged) {
		await conn.run(`DELETE FROM ${target} WHERE ${provinceExpr(table)} IN (${listParams(file.provinces)})`, file.provinces);
		const cols = file.columns.map(q).join(', ');
		const values = file.columns.map((c) => `CAST(${q(c)} AS ${types.get(c)!}) AS ${q(c)}`).join(', ');
		await conn.run(`INSERT INTO ${target} (${cols}) SELECT ${values} FROM ${q(name)}`);
		await conn.run(`DROP TABLE ${q(name)}`);
	}
}

/** Build a generation into `request.catalog` (attached here). The caller detaches it on failure. */
export async function buildGeneration(conn: OverlayConnection, request: GenerationRequest): Promise<Generation> {
	const { catalog, sampleCatalog, sampleTables, files, mode, today } = request;
	if (!CATALOG.test(catalog) || !CATALOG.test(sampleCatalog)) throw new RangeError(`invalid catalog name: ${catalog}`);
	const sample = (name: string) => `${sampleCatalog}.main.${q(name)}`;
	await conn.run(`ATTACH ':memory:' AS ${catalog}`);
	await conn.run(`USE ${catalog}`);

	const active: ActiveFile[] = [];
	const stagedByTable = new Map<UserTable, { name: string; file: ActiveFile }[]>();
	for (const [i, file] of files.entries()) {
		const name = `staged_${i}`;
		const staged = await stageFile(conn, file, name, today);
		active.push(staged);
		stagedByTable.set(file.table, [...(stagedByTable.get(file.table) ?? []), { name, file: staged }]);
	}

	const userProvinces: Partial<Record<UserTable, readonly string[]>> = {};
	const sampleProvinces: Partial<Record<UserTable, readonly string[]>> = {};
	for (const [table, staged] of stagedByTable) {
		await mergeUserTable(conn, table, staged);
		userProvinces[table] = strings(await conn.run(`SELECT DISTINCT ${provinceExpr(table)} AS p FROM ${q(`user_${table}`)} ORDER BY p`), 'p');
	}

	// In only-mine mode every table changes (to the user's rows, or none).
	const changed = new Set<UserTable>(mode === 'only-mine' ? USER_TABLES : stagedByTable.keys());
	for (const table of [...USER_TABLES, 'regions' as const]) {
		// Village detail lives in per-province files the views attach themselves; the user's
		// village rows are read by the quality rollup below only.
		if ((DETAIL_TABLES as readonly string[]).includes(table)) continue;
		const userTable = stagedByTable.has(table as UserTable) ? q(`user_${table}`) : null;
		if (table === 'regions' || !changed.has(table)) {
			if (sampleTables.has(table)) await conn.run(`CREATE VIEW ${q(table)} AS SELECT * FROM ${sample(table)}`);
		} else if (mode === 'only-mine' || !sampleTables.has(table)) {
			if (userTable) await conn.run(`CREATE VIEW ${q(table)} AS SELECT * FROM ${userTable}`);
			else await conn.run(createTableSql(table, q(table), { valuesMayBeMissing: true }));
			sampleProvinces[table] = [];
		} else {
			// A view, not a copy: the rollups read it once, the views' queries push their filters
			// through it to the sample's sorted table. Its provinces come from a table, never from
			// SQL text (they are the user's data).
			const covered = userProvinces[table] ?? [];
			const provinces = q(`user_provinces_${table}`);
			await conn.run(`CREATE TABLE ${provinces} AS SELECT DISTINCT ${provinceExpr(table)} AS province FROM ${userTable}`);
			await conn.run(
				`CREATE VIEW ${q(table)} AS
				 SELECT * FROM ${sample(table)} WHERE ${provinceExpr(table)} NOT IN (SELECT province FROM ${provinces})
				 UNION ALL BY NAME
				 SELECT * FROM ${userTable}`
			);
			sampleProvinces[table] = strings(
				await conn.run(`SELECT DISTINCT ${provinceExpr(table)} AS p FROM ${sample(table)} WHERE ${provinceExpr(table)} NOT IN (${listParams(covered)}) ORDER BY p`, covered),
				'p'
			);
		}
	}
	const detailProvinces = request.detail ? await copyDetail(conn, request, request.detail, userProvinces, sampleProvinces) : [];

	for (const rollup of ROLLUP_TABLES) {
		const rebuild = rollupSources(rollup).some((t) => t !== 'regions' && changed.has(t as UserTable));
		if (!rebuild) {
			if (sampleTables.has(rollup)) await conn.run(`CREATE VIEW ${q(rollup)} AS SELECT * FROM ${sample(rollup)}`);
		} else if (rollup === 'quality_village_excess') {
			const villages = stagedByTable.has('participation_village') ? `main.${q('user_participation_village')}` : NO_VILLAGES;
			await conn.run(villageExcessStatement(villages));
			if (mode === 'replace' && sampleTables.has(rollup)) {
				// Provinces whose regency or village rows are the user's are compared afresh above;
				// the others keep the sample's notes.
				const recomputed = [...new Set([...(userProvinces.participation ?? []), ...(userProvinces.participation_village ?? [])])];
				await conn.run(
					`INSERT INTO ${q(rollup)} SELECT * FROM ${sample(rollup)} WHERE left(region_code, 2) NOT IN (${listParams(recomputed)})`,
					recomputed
				);
			}
		} else {
			await conn.run(ROLLUP_STATEMENT[rollup]);
		}
	}

	const [span] = await conn.run(`SELECT strftime(min(month), '%Y-%m') AS "from", strftime(max(month), '%Y-%m') AS "to" FROM ${q('participation')}`);
	const period = span?.from != null && span.to != null ? { from: String(span.from), to: String(span.to) } : null;
	await conn.run('USE memory');
	return { files: active, userProvinces, sampleProvinces, period, detailProvinces };
}

/**
 * Village detail: for each province a file covers in a detail table (every province in
 * `only-mine`), both detail tables as the views will read them under `villages_<pp>`: the user's
 * rows of the province, or in `replace` the sample's rows of a table no file covers (read from
 * the sample's file attached under a private name), or none. Returns those provinces.
 */
async function copyDetail(
	conn: OverlayConnection,
	{ catalog, mode }: GenerationRequest,
	detail: OverlayDetail,
	userProvinces: Partial<Record<UserTable, readonly string[]>>,
	sampleProvinces: Partial<Record<UserTable, readonly string[]>>
): Promise<string[]> {
	const covered = (table: DetailTable) => userProvinces[table] ?? [];
	const mine = new Set(DETAIL_TABLES.flatMap(covered));
	const provinces = [...new Set(mode === 'only-mine' ? [...detail.provinces, ...mine] : mine)].filter((p) => /^\d{2}$/.test(p)).sort();
	for (const table of DETAIL_TABLES) {
		if (mode === 'only-mine') sampleProvinces[table] = [];
		else if (covered(table).length) sampleProvinces[table] = detail.provinces.filter((p) => !covered(table).includes(p));
	}
	for (const province of provinces) {
		let close: (() => Promise<void>) | null = null;
		const alias = `${catalog}_sample_${province}`;
		try {
			for (const table of DETAIL_TABLES) {
				const copy = q(detailCopyName(province, table));
				const order = def(table).sortBy.map(q).join(', ');
				if (covered(table).includes(province)) {
					await conn.run(`CREATE TABLE ${copy} AS SELECT * FROM ${q(`user_${table}`)} WHERE ${provinceExpr(table)} = ? ORDER BY ${order}`, [province]);
				} else if (mode === 'replace' && detail.provinces.includes(province)) {
					close ??= await detail.open(province, alias);
					const [found] = await conn.run(`SELECT count(*) AS n FROM duckdb_tables() WHERE database_name = ? AND table_name = ?`, [alias, table]);
					if (Number(found?.n) > 0) await conn.run(`CREATE TABLE ${copy} AS SELECT * FROM ${alias}.main.${q(table)}`);
					else await conn.run(createTableSql(table, copy, { valuesMayBeMissing: true }));
				} else {
					await conn.run(createTableSql(table, copy, { valuesMayBeMissing: true }));
				}
			}
		} finally {
			await close?.();
		}
	}
	return provinces;
}
