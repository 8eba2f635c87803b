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
import { Bool, DateDay, Float64, Int32, Int64, Utf8, makeData, makeVector, tableFromIPC, tableToIPC, Table, type DataType, type Vector } from 'apache-arrow';
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

/**
 * A column's values straight into Arrow's buffers: a typed array of values and a validity bitmap
 * (bit set = not null), with no builder in between. Arrow's builders take about a microsecond a
 * value (Date and BigInt round trips included), near a second for a 10 MB file, and the user
 * waits for this after clicking accept.
 */
interface ColumnCodec {
	/** The column's vector; `at(i)` is row i's value (read only where `valid` has its bit), `fail(i)` throws for it. */
	vector(length: number, valid: Uint8Array, nulls: number, at: (i: number) => unknown, fail: (i: number) => never): Vector;
}

const ISO_DAY = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;
const DAY_MS = 86_400_000;

/** Days since 1970-01-01 (Arrow's DateDay) of a `YYYY-MM-DD` or `YYYY-MM` (its first day) text or a Date; null when no real day. */
function toDays(value: unknown): number | null {
	if (value instanceof Date) {
		return Number.isNaN(value.getTime()) ? null : Date.UTC(value.getUTCFullYear(), value.getUTCMonth(), value.getUTCDate()) / DAY_MS;
	}
	if (typeof value !== 'string') return null;
	const m = ISO_DAY.exec(value);
	if (!m) return null;
	const year = Number(m[1]);
	const month = Number(m[2]);
	const day = Number(m[3] ?? '1');
	const time = Date.UTC(year, month - 1, day);
	// Date.UTC rolls 2024-02-30 over into March: a day that does not come back out is not real.
	const date = new Date(time);
	if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
	return time / DAY_MS;
}

const isValid = (valid: Uint8Array, i: number) => (valid[i >> 3]! & (1 << (i & 7))) !== 0;

/** A fixed-width column: each valid value converted into `make(length)`, or the row refused. */
function fixed<A extends { [i: number]: unknown }>(type: () => DataType, make: (length: number) => A, convert: (value: unknown) => A[number] | undefined): ColumnCodec {
	return {
		vector(length, valid, nulls, at, fail) {
			const data = make(length);
			for (let i = 0; i < length; i++) {
				if (!isValid(valid, i)) continue;
				const converted = convert(at(i));
				if (converted === undefined) fail(i);
				data[i] = converted as A[number];
			}
			return makeVector(makeData({ type: type(), length, nullCount: nulls, nullBitmap: nulls > 0 ? valid : null, data } as never));
		}
	};
}

const UTF8 = new TextEncoder();

const CODECS: Readonly<Record<ColumnType, ColumnCodec>> = {
	VARCHAR: {
		vector(length, valid, nulls, at, fail) {
			const texts: string[] = new Array<string>(length);
			let units = 0;
			for (let i = 0; i < length; i++) {
				const value = isValid(valid, i) ? at(i) : '';
				if (typeof value !== 'string') fail(i);
				texts[i] = value as string;
				units += (value as string).length;
			}
			// At most three UTF-8 bytes per UTF-16 unit; each text is encoded in place, then the rest cut.
			const bytes = new Uint8Array(units * 3);
			const offsets = new Int32Array(length + 1);
			let end = 0;
			for (let i = 0; i < length; i++) {
				end += UTF8.encodeInto(texts[i]!, bytes.subarray(end)).written;
				offsets[i + 1] = end;
			}
			return makeVector(makeData({ type: new Utf8(), length, nullCount: nulls, nullBitmap: nulls > 0 ? valid : null, valueOffsets: offsets, data: bytes.slice(0, end) }));
		}
	},
	BIGINT: fixed(
		() => new Int64(),
		(n) => new BigInt64Array(n),
		(v) => (typeof v === 'bigint' ? v : typeof v === 'number' && Number.isSafeInteger(v) ? BigInt(v) : undefined)
	),
	INTEGER: fixed(
		() => new Int32(),
		(n) => new Int32Array(n),
		(v) => (typeof v === 'number' && Number.isInteger(v) && Math.abs(v) <= 2_147_483_647 ? v : undefined)
	),
	DOUBLE: fixed(
		() => new Float64(),
		(n) => new Float64Array(n),
		(v) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined)
	),
	DATE: fixed(
		() => new DateDay(),
		(n) => new Int32Array(n),
		(v) => toDays(v) ?? undefined
	),
	BOOLEAN: {
		vector(length, valid, nulls, at, fail) {
			const bits = new Uint8Array((length + 7) >> 3);
			for (let i = 0; i < length; i++) {
				if (!isValid(valid, i)) continue;
				const value = at(i);
				if (typeof value !== 'boolean') fail(i);
				if (value) bits[i >> 3]! |= 1 << (i & 7);
			}
			return makeVector(makeData({ type: new Bool(), length, nullCount: nulls, nullBitmap: nulls > 0 ? valid : null, data: bits }));
		}
	}
};

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
	const length = rows.length;
	for (const column of def.columns.filter((c: ColumnDef) => present.has(c.name))) {
		const name = column.name;
		const valid = new Uint8Array((length + 7) >> 3);
		let nulls = 0;
		for (let i = 0; i < length; i++) {
			const value = rows[i]![name];
			if (value === null || value === undefined) nulls++;
			else valid[i >> 3]! |= 1 << (i & 7);
		}
		const fail = (i: number): never => {
			const value = rows[i]![name];
			throw new EncodeError(name, i, value, `${table}.${name}, row ${i + 1}: ${JSON.stringify(String(value))} is not a ${column.type}`);
		};
		columns[name] = CODECS[column.type].vector(length, valid, nulls, (i) => rows[i]![name], fail);
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
