/**
 * Match a file's column headers to a contract table through the aliases (`aliases.ts`): which
 * header feeds which column, which columns are missing (and whether a figure needs them), which
 * headers the contract does not know. The user can override any column's header, or pick the
 * table; a match is then recomputed with the override, never guessed over it.
 */
import {
	acceptedKeys,
	AUXILIARY_ALIASES,
	COLUMN_ALIASES,
	headerKey,
	type AuxiliaryColumn,
	type LoadableTable
} from './aliases';
import { TABLES, type TableDef } from './schema';

/** A header of the file, by its position (0-based) and text as written. */
export interface Header {
	readonly index: number;
	readonly text: string;
}

/** How a file's headers fit one table. */
export interface TableMatch {
	readonly table: LoadableTable;
	/** Contract column -> the file's header that feeds it. */
	readonly columns: ReadonlyMap<string, Header>;
	/** Contract columns no header feeds, in contract order. */
	readonly missing: readonly string[];
	/** Of those, the ones the table cannot do without: its key and every column a metric reads. */
	readonly missingRequired: readonly string[];
	/** Headers the contract does not know (ignored when loading). */
	readonly unknown: readonly Header[];
	/** Headers that help read the file without being stored (a province beside regency names). */
	readonly auxiliary: Readonly<Partial<Record<AuxiliaryColumn, Header>>>;
	/** Further headers for a column already fed (the first is used). */
	readonly repeated: readonly { readonly column: string; readonly header: Header }[];
	/** Share of the table's columns found, 0–1 (for showing; ranking uses {@link compareMatches}). */
	readonly score: number;
}

/** The user's choice of header per column: a header index, or null for "not in this file". */
export type ColumnOverrides = Readonly<Record<string, number | null>>;

/** Every table a file may load into, in contract order. */
export const LOADABLE_TABLES = Object.keys(COLUMN_ALIASES) as LoadableTable[];

/** True for a table a user may load from a file. */
export function isLoadableTable(name: string): name is LoadableTable {
	return (LOADABLE_TABLES as string[]).includes(name);
}

/** Columns a table cannot do without: its key, and every column a DOMAIN.md metric reads. */
export function requiredColumns(table: LoadableTable): string[] {
	const def = TABLES[table] as TableDef;
	return def.columns.filter((c) => def.key.includes(c.name) || (c.metrics?.length ?? 0) > 0).map((c) => c.name);
}

/** Match `headers` (the file's header row, as written) to one table. */
export function matchTable(headers: readonly string[], table: LoadableTable, overrides: ColumnOverrides = {}): TableMatch {
	const def = TABLES[table] as TableDef;
	const all: Header[] = headers.map((text, index) => ({ index, text: String(text ?? '') }));
	const columns = new Map<string, Header>();
	const repeated: { column: string; header: Header }[] = [];
	const used = new Set<number>();
	for (const [column, index] of Object.entries(overrides)) {
		if (!def.columns.some((c) => c.name === column)) continue;
		if (index !== null && all[index]) {
			columns.set(column, all[index]);
			used.add(index);
		}
	}
	for (const c of def.columns) {
		if (Object.hasOwn(overrides, c.name)) continue;
		const keys = acceptedKeys(table, c.name);
		for (const h of all) {
			if (used.has(h.index) || !keys.has(headerKey(h.text))) continue;
			if (columns.has(c.name)) repeated.push({ column: c.name, header: h });
			else columns.set(c.name, h);
			used.add(h.index);
		}
	}
	const auxiliary: Partial<Record<AuxiliaryColumn, Header>> = {};
	for (const [aux, aliases] of Object.entries(AUXILIARY_ALIASES) as [AuxiliaryColumn, readonly string[]][]) {
		const keys = new Set(aliases.map(headerKey));
		const h = all.find((x) => !used.has(x.index) && keys.has(headerKey(x.text)));
		if (h) {
			auxiliary[aux] = h;
			used.add(h.index);
		}
	}
	const unknown = all.filter((h) => !used.has(h.index) && headerKey(h.text) !== '');
	const missing = def.columns.map((c) => c.name).filter((c) => !columns.has(c));
	const required = new Set(requiredColumns(table));
	return {
		table,
		columns,
		missing,
		missingRequired: missing.filter((c) => required.has(c)),
		unknown,
		auxiliary,
		repeated,
		score: columns.size / def.columns.length
	};
}

/** Key columns of the match's table that no header feeds. */
function missingKeys(m: TableMatch): number {
	return (TABLES[m.table] as TableDef).key.filter((k) => !m.columns.has(k)).length;
}

/**
 * Order of two matches, best first: fewer key columns missing, then more columns found, then
 * contract order. Not "fewer columns missing": the village detail has the regency table's
 * headers minus two, and a regency file with active counts only must stay a regency file (the
 * parser tells village codes apart by their length).
 */
export function compareMatches(a: TableMatch, b: TableMatch): number {
	return (
		missingKeys(a) - missingKeys(b) ||
		b.columns.size - a.columns.size ||
		LOADABLE_TABLES.indexOf(a.table) - LOADABLE_TABLES.indexOf(b.table)
	);
}

/** Every loadable table matched to `headers`, best first. */
export function matchHeaders(headers: readonly string[]): TableMatch[] {
	return LOADABLE_TABLES.map((t) => matchTable(headers, t)).sort(compareMatches);
}

/**
 * The table `headers` most likely hold, or null when no table finds at least two columns
 * (headers nobody recognises: the user picks the table and the columns).
 */
export function bestMatch(headers: readonly string[]): TableMatch | null {
	const [best] = matchHeaders(headers);
	return best && best.columns.size >= 2 ? best : null;
}
