/**
 * A user's accepted rows as an Arrow IPC stream: the compact form kept in the browser's storage
 * (`store.ts`) and handed to DuckDB (`lib/data/overlay`, which inserts it with the engine's own
 * Arrow insert, never through SQL text). Columns take the contract's types; a column no row has
 * is left out, so the overlay knows it is missing (its figures say "no data"), not zero.
 *
 * @example
 * const ipc = encodeRows('participation', [{ region_code: '6201', month: '2024-12-01', segment: 'PU', active: 42000 }]);
 * ipcColumns(ipc) // ['region_code', 'month', 'segment', 'active']
 */
import { Bool, DateDay, Float64, Int32, Int64, Utf8, makeBuilder, tableFromIPC, tableToIPC, Table, type DataType, type Vector } from 'apache-arrow';
import { TABLES, type ColumnDef, type ColumnType, type TableDef } from '../contract/schema';
import type { UserTable } from '../contract/user-tables';

/** A value that does not fit its column's type; `row` counts from 0. */
export class EncodeError extends Error {
	override readonly name = 'EncodeError';
	constructor(
		readonly column: string,
		readonly row: number,
		readonly value: unknown,
		message: string
	) {
		super(message);
	}
}

const ISO_DAY = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/** A DATE value as the UTC midnight Arrow's DateDay stores: from `YYYY-MM-DD`, `YYYY-MM` (its first day) or a Date. */
function toDate(value: unknown): Date | null {
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : new Date(Date.UTC(value.getUTCFullYear(), value.getUTCMonth(), value.getUTCDate()));
	if (typeof value !== 'string') return null;
	const m = ISO_DAY.exec(value);
	if (!m) return null;
	const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3] ?? '1')));
	return date.toISOString().slice(0, value.length === 7 ? 7 : 10) === value ? date : null;
}

interface ColumnCodec {
	readonly arrowType: () => DataType;
	/** The Arrow value, or undefined when `value` does not fit. */
	convert(value: unknown): unknown;
}

const CODECS: Readonly<Record<ColumnType, ColumnCodec>> = {
	VARCHAR: { arrowType: () => new Utf8(), convert: (v) => (typeof v === 'string' ? v : undefined) },
	BIGINT: {
		arrowType: () => new Int64(),
		convert: (v) => (typeof v === 'bigint' ? v : typeof v === 'number' && Number.isSafeInteger(v) ? BigInt(v) : undefined)
	},
	INTEGER: {
		arrowType: () => new Int32(),
		convert: (v) => (typeof v === 'number' && Number.isInteger(v) && Math.abs(v) <= 2_147_483_647 ? v : undefined)
	},
	DOUBLE: { arrowType: () => new Float64(), convert: (v) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined) },
	DATE: { arrowType: () => new DateDay(), convert: (v) => toDate(v) ?? undefined },
	BOOLEAN: { arrowType: () => new Bool(), convert: (v) => (typeof v === 'boolean' ? v : undefined) }
};

/**
 * A vector of `values` in `type`, null where a value is null. Not Arrow's `vectorFromArray`: given
 * a type, it builds its null test with `new Function` (builder/valid.mjs), which the app's CSP (no
 * 'unsafe-eval') refuses in the browser; a builder without null values and a plain test does not.
 */
function vectorOf(values: readonly unknown[], type: DataType): Vector {
	const builder = makeBuilder({ type, nullValues: [] });
	builder.isValid = (value: unknown) => value !== null && value !== undefined;
	for (const value of values) builder.append(value);
	return builder.finish().toVector();
}

/**
 * Rows of a contract table as an Arrow IPC stream, each column in its contract type. Only the
 * table's columns that some row holds (not undefined) are written; null stays null. Throws an
 * {@link EncodeError} for a key outside the contract or a value that does not fit its type (the
 * import and the validator catch these first; this is the last guard before the engine).
 */
export function encodeRows(table: UserTable, rows: readonly Readonly<Record<string, unknown>>[]): Uint8Array {
	const def = TABLES[table] as TableDef;
	const known = new Set(def.columns.map((c) => c.name));
	const present = new Set<string>();
	rows.forEach((row, i) => {
		for (const [key, value] of Object.entries(row)) {
			if (!known.has(key)) throw new EncodeError(key, i, value, `${table} has no column ${JSON.stringify(key)}`);
			if (value !== undefined) present.add(key);
		}
	});
	const columns: Record<string, Vector> = {};
	for (const column of def.columns.filter((c: ColumnDef) => present.has(c.name))) {
		const codec = CODECS[column.type];
		const values = rows.map((row, i) => {
			const value = row[column.name];
			if (value === null || value === undefined) return null;
			const converted = codec.convert(value);
			if (converted === undefined) throw new EncodeError(column.name, i, value, `${table}.${column.name}, row ${i + 1}: ${JSON.stringify(String(value))} is not a ${column.type}`);
			return converted;
		});
		columns[column.name] = vectorOf(values, codec.arrowType());
	}
	return tableToIPC(new Table(columns), 'stream');
}

/** The column names of an Arrow IPC stream, in order. */
export function ipcColumns(ipc: Uint8Array): string[] {
	return tableFromIPC(ipc).schema.fields.map((f) => f.name);
}

/** The number of rows of an Arrow IPC stream. */
export function ipcRowCount(ipc: Uint8Array): number {
	return tableFromIPC(ipc).numRows;
}
