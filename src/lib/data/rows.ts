/**
 * Arrow results to plain rows, the shape every view and test reads:
 *   [{ code: '6201', month: '2024-12-01', active: 56100 }, …]
 * DATE -> 'YYYY-MM-DD'; TIMESTAMP -> ISO 8601; integers, BigInt and DECIMAL (what `sum()` of an
 * INTEGER returns: HUGEINT, sent as Decimal(38,0)) -> number; LIST -> array; STRUCT -> object.
 */
import { DataType, util, type Field, type Table, type Vector } from 'apache-arrow';

type Convert = (value: unknown) => unknown;

const identity: Convert = (v) => v;

const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The converter of one Arrow type; nulls never reach it. */
function converter(type: DataType): Convert {
	if (DataType.isDate(type)) return (v) => isoDate(v instanceof Date ? v.getTime() : Number(v));
	if (DataType.isTimestamp(type)) return (v) => new Date(v instanceof Date ? v.getTime() : Number(v)).toISOString();
	if (DataType.isDecimal(type)) {
		const scale = type.scale;
		return (v) => util.bigNumToNumber(v as Parameters<typeof util.bigNumToNumber>[0], scale);
	}
	if (DataType.isInt(type)) return (v) => (typeof v === 'bigint' ? Number(v) : v);
	if (DataType.isList(type) || DataType.isFixedSizeList(type)) {
		const child = type.children[0];
		const item = child ? converter(child.type) : identity;
		return (v) => Array.from(v as Iterable<unknown>, (x) => (x == null ? null : item(x)));
	}
	if (DataType.isStruct(type)) {
		const fields = type.children.map((f: Field) => [f.name, converter(f.type)] as const);
		return (v) => {
			const out: Record<string, unknown> = {};
			const s = v as Record<string, unknown>;
			for (const [name, conv] of fields) out[name] = s[name] == null ? null : conv(s[name]);
			return out;
		};
	}
	return (v) => (typeof v === 'bigint' ? Number(v) : v);
}

/** Every row of an Arrow table as a plain object keyed by column name. */
export function tableToRows<T = Record<string, unknown>>(table: Table): T[] {
	const columns = table.schema.fields.map((field, i) => ({
		name: field.name,
		vector: table.getChildAt(i) as Vector,
		convert: converter(field.type)
	}));
	const rows: Record<string, unknown>[] = new Array(table.numRows);
	for (let r = 0; r < table.numRows; r++) {
		const row: Record<string, unknown> = {};
		for (const { name, vector, convert } of columns) {
			const v = vector.get(r);
			row[name] = v == null ? null : convert(v);
		}
		rows[r] = row;
	}
	return rows as T[];
}
