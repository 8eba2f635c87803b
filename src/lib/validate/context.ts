/**
 * What every check shares: the database, where the contract tables are and what they hold (found
 * through `information_schema`, so it works on native DuckDB and DuckDB-WASM alike), which
 * columns can be read as their contract type, and SQL fragments to read them.
 */
import type { Db, Row } from '$lib/data/connector';
import type { Manifest } from '$lib/contract/manifest';
import {
	TABLE_NAMES,
	TABLES,
	type ColumnDef,
	type ColumnType,
	type TableDef,
	type TableName
} from '$lib/contract/schema';
import { col, ident, join, list, sql, table as tableName, type Fragment } from '$lib/queries/sql';

/** A contract table as found in the database. */
export interface FoundTable {
	readonly name: TableName;
	readonly def: TableDef;
	/** A view (or anything but a base table): it has no `rowid`, so findings carry no row number. */
	readonly view: boolean;
	/** Physical type per column, in the table's column order, as `information_schema` spells it. */
	readonly columns: ReadonlyMap<string, string>;
}

/** The first and last month the data may hold, `YYYY-MM`. */
export interface Period {
	readonly from: string;
	readonly to: string;
	/** `manifest`: the dataset's own period; `default`: 2000-01 to the current month. */
	readonly source: 'manifest' | 'default';
}

/** Shared state of one validation run. */
export interface Context {
	readonly db: Db;
	readonly catalog: string | undefined;
	readonly schema: string;
	readonly tables: ReadonlyMap<TableName, FoundTable>;
	/** Per table, the columns whose values can be read as their contract type (filled by the type check). */
	readonly usable: ReadonlyMap<TableName, Set<string>>;
	readonly period: Period;
	/** The manifest when it passed its shape check. */
	readonly manifest: Manifest | undefined;
	/** Tables present only to look codes up in (a checked reference): their own rows are not checked. */
	readonly reference: ReadonlySet<TableName>;
}

/** The tables whose own rows are checked: every table found but the reference ones. */
export function checkedTables(ctx: Context): TableName[] {
	return [...ctx.tables.keys()].filter((name) => !ctx.reference.has(name));
}

/** How a physical column type relates to its contract type. */
export type Readability =
	/** the contract type itself */
	| 'same'
	/** a type that casts without loss (INTEGER for BIGINT, ENUM for VARCHAR, TIMESTAMP for DATE) */
	| 'cast'
	/** text that must parse as a date, value by value */
	| 'date-text'
	/** fractional numbers that must all be whole */
	| 'whole'
	/** never readable as the contract type */
	| 'no';

const INTEGER_TYPES = /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT)$/;
const DECIMAL_TYPE = /^DECIMAL\(\d+,\s*(\d+)\)$/;
const FLOAT_TYPES = /^(FLOAT|REAL|DOUBLE)$/;

/** True for physical types that hold numbers (codes stored this way lose their text form). */
export function isNumericType(physical: string): boolean {
	const p = physical.toUpperCase();
	return INTEGER_TYPES.test(p) || DECIMAL_TYPE.test(p) || FLOAT_TYPES.test(p);
}

/** Whether values of `physical` type can be read as the contract `type`. */
export function readability(physical: string, type: ColumnType): Readability {
	const p = physical.toUpperCase();
	if (p === type) return 'same';
	const decimalScale = DECIMAL_TYPE.exec(p)?.[1];
	switch (type) {
		case 'VARCHAR':
			return p.startsWith('ENUM(') ? 'cast' : 'no';
		case 'BIGINT':
		case 'INTEGER':
			if (INTEGER_TYPES.test(p) || decimalScale === '0') return 'cast';
			return FLOAT_TYPES.test(p) || decimalScale !== undefined ? 'whole' : 'no';
		case 'DOUBLE':
			return isNumericType(p) ? 'cast' : 'no';
		case 'DATE':
			if (p.startsWith('TIMESTAMP')) return 'cast';
			return p === 'VARCHAR' ? 'date-text' : 'no';
		case 'BOOLEAN':
			return 'no';
	}
}

/** `expr` cast to a contract type (a switch, so only contract type names reach the SQL text). */
export function castTo(type: ColumnType, expr: Fragment): Fragment {
	switch (type) {
		case 'VARCHAR':
			return sql`TRY_CAST(${expr} AS VARCHAR)`;
		case 'BIGINT':
			return sql`TRY_CAST(${expr} AS BIGINT)`;
		case 'INTEGER':
			return sql`TRY_CAST(${expr} AS INTEGER)`;
		case 'DOUBLE':
			return sql`TRY_CAST(${expr} AS DOUBLE)`;
		case 'DATE':
			return sql`TRY_CAST(${expr} AS DATE)`;
		case 'BOOLEAN':
			return sql`TRY_CAST(${expr} AS BOOLEAN)`;
	}
}

/**
 * The contract tables present in `catalog.schema` (the current database when no catalog), with
 * their columns and types; `only` narrows them to the tables the caller says are present.
 */
export async function discoverTables(
	db: Db,
	{ catalog, schema, only }: { catalog?: string; schema: string; only?: readonly string[] }
): Promise<Map<TableName, FoundTable>> {
	const names = TABLE_NAMES.filter((name) => !only || only.includes(name));
	const rows = await db.query<{ table: string; kind: string; column: string; type: string }>(sql`
		SELECT c.table_name AS "table", CASE WHEN v.view_name IS NULL THEN 'BASE TABLE' ELSE 'VIEW' END AS kind,
			c.column_name AS "column", c.data_type AS "type"
		FROM duckdb_columns() AS c
		LEFT JOIN duckdb_views() AS v
			ON v.database_name = c.database_name AND v.schema_name = c.schema_name AND v.view_name = c.table_name
		WHERE c.database_name = coalesce(${catalog ?? null}::VARCHAR, current_database())
			AND c.schema_name = ${schema}
			AND c.table_name IN (${list(names)})
		ORDER BY c.table_name, c.column_index`);
	// duckdb_columns(), not information_schema.columns: the latter is a view over it that joins
	// every attached catalog's tables first (390 ms of a 4,704-row file's check in DuckDB-WASM
	// with the sample attached).
	const found = new Map<TableName, FoundTable>();
	for (const name of names) {
		const own = rows.filter((r) => r.table === name);
		if (own.length === 0) continue;
		found.set(name, {
			name,
			def: TABLES[name],
			view: own[0]!.kind !== 'BASE TABLE',
			columns: new Map(own.map((r) => [r.column, r.type]))
		});
	}
	return found;
}

/** The table's qualified name: `"catalog"."schema"."table"`. */
export function relation(ctx: Pick<Context, 'catalog' | 'schema'>, name: TableName): Fragment {
	const parts = [ident(ctx.schema), tableName(name)];
	return join(ctx.catalog ? [ident(ctx.catalog), ...parts] : parts, '.');
}

/** True when the column is present and readable as its contract type. */
export function isUsable(ctx: Context, name: TableName, column: string): boolean {
	return ctx.usable.get(name)?.has(column) ?? false;
}

/** True when every listed column is usable. */
export function allUsable(ctx: Context, name: TableName, columns: readonly string[]): boolean {
	return columns.every((c) => isUsable(ctx, name, c));
}

/** A usable column read as its contract type (cast when stored as a compatible type). */
export function value(ctx: Context, name: TableName, column: string, alias?: string): Fragment {
	const physical = ctx.tables.get(name)?.columns.get(column);
	const def = columnOf(name, column);
	const raw = col(name, column, alias);
	return physical?.toUpperCase() === def.type ? raw : castTo(def.type, raw);
}

/** The contract definition of a column. */
export function columnOf(name: TableName, column: string): ColumnDef {
	return (TABLES[name] as TableDef).columns.find((c) => c.name === column)!;
}

/** The contract columns of a table that are present and usable, in contract order. */
export function usableColumns(ctx: Context, name: TableName): ColumnDef[] {
	return (TABLES[name] as TableDef).columns.filter((c) => isUsable(ctx, name, c.name));
}

/** A value as it should come back to JS: dates as `YYYY-MM-DD`, big integers as numbers. */
export function plain(type: ColumnType, expr: Fragment): Fragment {
	if (type === 'DATE') return sql`CAST(${expr} AS VARCHAR)`;
	if (type === 'BIGINT') return sql`CAST(${expr} AS DOUBLE)`;
	return expr;
}

/**
 * The key columns a finding can show: usable ones as their contract type, other present ones as
 * text. `expr` reads the table; `output` turns the column of that name into what JS receives
 * (see {@link plain}), applied last so a big scan compares typed values, not strings.
 */
export function keyColumns(ctx: Context, name: TableName): { name: string; expr: Fragment; output: Fragment }[] {
	const found = ctx.tables.get(name);
	return (TABLES[name] as TableDef).key
		.filter((k) => found?.columns.has(k))
		.map((k) => {
			const usable = isUsable(ctx, name, k);
			return {
				name: k,
				expr: usable ? value(ctx, name, k) : sql`CAST(${col(name, k)} AS VARCHAR)`,
				output: usable ? plain(columnOf(name, k).type, ident(k)) : ident(k)
			};
		});
}

/** `expr AS "name", …` for the key columns (null when none). */
export function keySelect(ctx: Context, name: TableName): Fragment | null {
	const keys = keyColumns(ctx, name);
	return keys.length ? join(keys.map((k) => sql`${k.expr} AS ${ident(k.name)}`), ', ') : null;
}

/** `output AS "name", …`: the key columns of a `keySelect` result, as JS receives them (null when none). */
export function keyOutput(ctx: Context, name: TableName): Fragment | null {
	const keys = keyColumns(ctx, name);
	return keys.length ? join(keys.map((k) => sql`${k.output} AS ${ident(k.name)}`), ', ') : null;
}

/** The 1-based row number of a base table (`rowid + 1`), NULL for a view. */
export function rowNumber(ctx: Context, name: TableName): Fragment {
	return ctx.tables.get(name)?.view ? sql`CAST(NULL AS DOUBLE)` : sql`CAST(rowid + 1 AS DOUBLE)`;
}

/** The key of a result row: the table's key columns present in it. */
export function keyOf(ctx: Context, name: TableName, row: Row): Record<string, unknown> {
	const key: Record<string, unknown> = {};
	for (const k of keyColumns(ctx, name)) key[k.name] = row[k.name] ?? null;
	return key;
}

/**
 * Labels for region codes in messages, "Kabupaten Lamandau (6209)", read from `regions` when it is
 * usable; a code without a name is shown as itself.
 */
export async function regionLabels(ctx: Context, codes: readonly string[]): Promise<Map<string, string>> {
	const labels = new Map(codes.map((c) => [c, c]));
	if (codes.length === 0 || !allUsable(ctx, 'regions', ['code', 'name'])) return labels;
	const rows = await ctx.db.query<{ code: string; name: string }>(sql`
		SELECT ${value(ctx, 'regions', 'code')} AS code, ${value(ctx, 'regions', 'name')} AS name
		FROM ${relation(ctx, 'regions')}
		WHERE ${value(ctx, 'regions', 'code')} IN (${list([...new Set(codes)])})`);
	for (const r of rows) if (r.name) labels.set(r.code, `${r.name} (${r.code})`);
	return labels;
}
