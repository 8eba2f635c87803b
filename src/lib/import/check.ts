/**
 * `checkParsedFile`: the dataset validator (`lib/validate`) over a parsed file's rows, so a file
 * gets the same rules and words as the sample: types, nulls, duplicate keys, unknown region codes
 * and levels, months out of range or missing, negative counts, allowed values. The rows go into a
 * scratch table beside a copy of the reference `regions` (the part the file needs), the validator runs on that schema, and
 * its findings come back pointing at the file's own rows; the scratch table is dropped after.
 *
 * The period is the validator's default without a manifest: 2000-01 to the current month, so a
 * month after today is refused and months after the sample's period are not.
 */
import { TABLES, type ColumnDef, type TableDef } from '$lib/contract/schema';
import type { Db } from '$lib/data/connector';
import { ident, join, list, sql, type Fragment } from '$lib/queries/sql';
import { validateDataset, type Finding } from '$lib/validate';
import { cellKey, type Value } from './convert';
import type { ImportFinding } from './findings';
import type { ParsedFile } from './parse';

/**
 * Prefix of the scratch schema (in the current database). Each check gets a schema of its own,
 * `cakupan_import_<n>`: the app's `Db` caches results by SQL text, so a second file checked in a
 * schema of the same name would be answered from the first file's results.
 */
export const SCRATCH_SCHEMA = 'cakupan_import';

let checks = 0;

/**
 * Most bound text per INSERT, in characters of the JSON the engine receives. DuckDB-WASM passes a
 * prepared statement's parameters as one JSON string copied onto the wasm stack (1 MiB,
 * `STACK_SIZE` of its bundles), and past about 1 MB the call fails with "memory access out of
 * bounds": 20,000-row batches did so from about 10,000 participation rows on (bench/import-size.ts).
 * A quarter of the stack leaves room for the rest of the call.
 */
const INSERT_CHARS = 250_000;
/** The separators travel JSON-escaped: `\u001f` is six characters. */
const ESCAPED_SEPARATOR = 6;

/** Options of {@link checkParsedFile}. */
export interface CheckOptions {
	/** Where the reference `regions` table is: an attached database and/or schema (default: the current one's `main`). */
	readonly reference?: { readonly database?: string; readonly schema?: string };
	/** "Now", for months in the future (default: the clock). */
	readonly now?: Date;
	/** The scratch schema, which must not exist yet (default: a new `cakupan_import_<n>`). */
	readonly schema?: string;
	/**
	 * The database (catalog) the scratch schema is made in (default: the current one). The app's
	 * current catalog is the read-only sample file, so the data page passes `memory`.
	 */
	readonly scratchDatabase?: string;
}

/** The physical type a column is created with: a count holding fractions stays DOUBLE, so the validator reports them. */
function physicalType(def: ColumnDef, rows: readonly Record<string, Value>[]): Fragment {
	switch (def.type) {
		case 'BIGINT':
		case 'INTEGER': {
			const whole = rows.every((r) => r[def.name] === null || r[def.name] === undefined || Number.isInteger(r[def.name]));
			if (!whole) return sql`DOUBLE`;
			return def.type === 'BIGINT' ? sql`BIGINT` : sql`INTEGER`;
		}
		case 'DOUBLE':
			return sql`DOUBLE`;
		case 'DATE':
			return sql`DATE`;
		case 'BOOLEAN':
			return sql`BOOLEAN`;
		case 'VARCHAR':
			return sql`VARCHAR`;
	}
}

function reference(options: CheckOptions): Fragment {
	const parts = [options.reference?.database, options.reference?.schema ?? 'main'].filter((p): p is string => !!p).map(ident);
	return join([...parts, ident('regions')], '.');
}

/**
 * Rows travel as one bound text per column, values separated by the unit separator (U+001F),
 * NULL as the record separator (U+001E), and are split, zipped and cast back in SQL: a few bound
 * parameters per batch instead of one per cell, which DuckDB plans in a fraction of the time.
 */
const SEPARATOR = '\u001f';
const NULL_MARK = '\u001e';
const CONTROL = /[\u001e\u001f]/g;

/** One value as text that casts back to itself (numbers in JS's shortest round-trip form). */
function encode(value: Value | undefined): string {
	if (value === null || value === undefined) return NULL_MARK;
	return typeof value === 'string' ? value.replace(CONTROL, ' ') : String(value);
}

/** The scratch schema's qualified name, with its database when one is given. */
function scratch(schema: string, options: CheckOptions): Fragment[] {
	return [...(options.scratchDatabase ? [ident(options.scratchDatabase)] : []), ident(schema)];
}

/** Whether a table's region columns take codes below the regency (districts, villages). */
function takesFinerCodes(def: TableDef): boolean {
	return def.columns.some((c) => c.region?.some((level) => level === 'district' || level === 'village'));
}

/** Load the rows into `schema.<table>` beside `schema.regions`, the part of the reference they need. */
async function load(db: Db, parsed: ParsedFile, schema: string, options: CheckOptions): Promise<void> {
	const def = TABLES[parsed.table!] as TableDef;
	const columns = def.columns.filter((c) => parsed.match!.columns.has(c.name));
	const types = new Map(columns.map((c) => [c.name, physicalType(c, parsed.rows)]));
	const target = join([...scratch(schema, options), ident(def.name)], '.');
	const provinces = parsed.preview?.provinces ?? [];
	await db.query(sql`CREATE SCHEMA ${join(scratch(schema, options), '.')}`);
	// Provinces and regencies, and, for a table that holds district or village codes, those of the
	// file's provinces only: every code the file may hold is among them, and the copy stays small.
	// (A copy, not a view: a view's definition cannot take bound parameters.)
	const regions = join([...scratch(schema, options), ident('regions')], '.');
	await db.query(sql`CREATE TABLE ${regions} AS SELECT * FROM ${reference(options)} LIMIT 0`);
	const finer = takesFinerCodes(def) ? sql` OR left(code, 2) IN (${list(provinces)})` : sql``;
	await db.query(sql`INSERT INTO ${regions} SELECT * FROM ${reference(options)} WHERE length(code) <= 4${finer}`);
	await db.query(sql`CREATE TABLE ${target} (${join(columns.map((c) => sql`${ident(c.name)} ${types.get(c.name)!}`), ', ')})`);
	for (const batch of batches(parsed.rows, columns)) {
		const split = columns.map((c, j) => sql`unnest(string_split(${batch.map((r) => encode(r[c.name])).join(SEPARATOR)}, ${SEPARATOR})) AS ${ident(`c${j}`)}`);
		const cast = columns.map((c, j) => sql`CAST(nullif(${ident(`c${j}`)}, ${NULL_MARK}) AS ${types.get(c.name)!})`);
		await db.query(sql`INSERT INTO ${target} SELECT ${join(cast, ', ')} FROM (SELECT ${join(split, ', ')})`);
	}
}

/** The rows in slices whose bound text stays within {@link INSERT_CHARS} (at least one row each). */
export function* batches<R extends Record<string, Value>>(rows: readonly R[], columns: readonly Pick<ColumnDef, 'name'>[]): Generator<R[]> {
	let start = 0;
	let chars = 0;
	for (let i = 0; i < rows.length; i++) {
		let row = 0;
		for (const c of columns) row += encode(rows[i]![c.name]).length + ESCAPED_SEPARATOR;
		if (chars + row > INSERT_CHARS && i > start) {
			yield rows.slice(start, i);
			start = i;
			chars = 0;
		}
		chars += row;
	}
	if (start < rows.length) yield rows.slice(start);
}

async function drop(db: Db, schema: string, options: CheckOptions): Promise<void> {
	await db.query(sql`DROP SCHEMA IF EXISTS ${join(scratch(schema, options), '.')} CASCADE`);
}

/** Whether a validator finding is already said, better, by the import (or concerns another table). */
function keep(f: Finding, parsed: ParsedFile): boolean {
	if (f.table !== parsed.table) return false;
	// Missing columns are the import's (required or not, by what the figures need).
	if (f.rule === 'missing_column' || f.rule === 'extra_column') return false;
	// A cell the import could not read is empty in the table: its null is not news.
	if (f.rule === 'null_value' && f.row !== undefined && f.column && parsed.flagged.has(cellKey(f.row, f.column))) return false;
	return true;
}

/** A validator finding pointing at the file: its row as the user numbers it. */
function toImportFinding(f: Finding, parsed: ParsedFile): ImportFinding {
	const header = f.column ? parsed.match!.columns.get(f.column)?.text : undefined;
	const row = f.row !== undefined ? parsed.sourceRows[f.row - 1] : undefined;
	const out: Record<string, unknown> = { severity: f.severity, code: f.rule, file: parsed.file };
	if (parsed.sheet) out.sheet = parsed.sheet;
	out.table = f.table;
	if (f.column) out.column = f.column;
	if (header) out.header = header;
	if (row !== undefined) out.row = row;
	if (f.count !== undefined) out.count = f.count;
	out.message = f.message;
	return out as unknown as ImportFinding;
}

/**
 * Read the engine's catalog once ahead of a check (the page calls it while the user picks a file):
 * the validator's first look at the columns makes DuckDB load the entries of every attached
 * database, about 0.2 s with the sample attached, which would otherwise fall on the first file.
 */
export async function prepareCheck(db: Db): Promise<void> {
	await db.query(sql`SELECT count(*) AS n FROM duckdb_columns()`);
}

/**
 * Every finding of a parsed file: the import's own, then the validator's on its rows. A file the
 * import could not read at all (no table) gets no validator run. Rejects only when the database
 * fails.
 */
export async function checkParsedFile(db: Db, parsed: ParsedFile, options: CheckOptions = {}): Promise<ImportFinding[]> {
	if (!parsed.table || !parsed.match || parsed.rows.length === 0) return [...parsed.findings];
	const schema = options.schema ?? `${SCRATCH_SCHEMA}_${++checks}`;
	await load(db, parsed, schema, options);
	try {
		const found = await validateDataset(db, { schema, database: options.scratchDatabase, tables: [parsed.table, 'regions'], reference: ['regions'], now: options.now });
		return [...parsed.findings, ...found.filter((f) => keep(f, parsed)).map((f) => toImportFinding(f, parsed))];
	} finally {
		await drop(db, schema, options);
	}
}
