// The list helpers behind the long table: search, paging, the landing page, sort steps and what
// the downloads write. Expected values are worked out by hand in the comments.
import { describe, expect, test } from 'vitest';
import {
	exportTable,
	filterRows,
	landingPage,
	nextSort,
	pageCount,
	pageOf,
	pageRows,
	pageSizeOptions,
	searchText,
	sortedRows,
	type TableColumn
} from '$lib/components/table';
import { toCsv } from '$lib/export/csv';
import type { ColumnSpec } from '$lib/export/columns';

const ROWS = [
	{ code: '7371', name: 'Kota Makassar', active: 500, trend: [1, 2] },
	{ code: '7101', name: 'Bolaang Mongondow', active: 200, trend: [2, 1] },
	{ code: '7174', name: 'KOTAMOBAGU', active: 900, trend: [1, 1] },
	{ code: '9471', name: 'Kota Jayapura', active: null, trend: [] },
	{ code: '1101', name: 'Simeulue', active: 300, trend: [3, 2] }
];
const COLUMNS: TableColumn[] = [
	{ key: 'name', label: 'Wilayah', kind: 'text' },
	{ key: 'code', label: 'Kode', kind: 'code' },
	{ key: 'active', label: 'Peserta aktif', kind: 'count' },
	{ key: 'trend', label: 'Tren', kind: 'sparkline' }
];
const codes = (rows: Record<string, unknown>[]) => rows.map((r) => r.code);

describe('search', () => {
	test('searchText drops case, accents and extra spaces', () => {
		expect(searchText('  Pulau  KOTÁ\tBaru ')).toBe('pulau kota baru');
		expect(searchText('Ñagan Raya')).toBe('nagan raya');
	});

	test('filterRows keeps matching rows in order; an empty query keeps all', () => {
		expect(codes(filterRows(ROWS, 'name', 'kota'))).toEqual(['7371', '7174', '9471']);
		expect(codes(filterRows(ROWS, 'name', 'KOTA m'))).toEqual(['7371']);
		expect(codes(filterRows(ROWS, 'name', 'kotá'))).toEqual(['7371', '7174', '9471']);
		expect(filterRows(ROWS, 'name', '  ')).toBe(ROWS);
		expect(filterRows(ROWS, 'name', 'papua')).toEqual([]);
	});
});

describe('paging', () => {
	test('page counts: 514 rows are 11 pages of 50, 6 of 100; "all" (0) and empty lists are one page', () => {
		expect(pageCount(514, 50)).toBe(11);
		expect(pageCount(514, 100)).toBe(6);
		expect(pageCount(500, 50)).toBe(10);
		expect(pageCount(514, 0)).toBe(1);
		expect(pageCount(0, 50)).toBe(1);
	});

	test('pageOf: rows 0–49 on page 1, row 50 on page 2, row 300 on page 7', () => {
		expect([pageOf(0, 50), pageOf(49, 50), pageOf(50, 50), pageOf(300, 50), pageOf(300, 0)]).toEqual([1, 1, 2, 7, 1]);
	});

	test('pageRows slices one page; the last page holds the remainder; 0 is every row', () => {
		const list = Array.from({ length: 12 }, (_, i) => i);
		expect(pageRows(list, 1, 5)).toEqual([0, 1, 2, 3, 4]);
		expect(pageRows(list, 3, 5)).toEqual([10, 11]);
		expect(pageRows(list, 2, 0)).toEqual(list);
	});

	test('page sizes: 25, 50, 100, all, with an unusual size put in order', () => {
		expect(pageSizeOptions(50)).toEqual([25, 50, 100, 0]);
		expect(pageSizeOptions(10)).toEqual([10, 25, 50, 100, 0]);
		expect(pageSizeOptions(75)).toEqual([25, 50, 75, 100, 0]);
		expect(pageSizeOptions(200)).toEqual([25, 50, 100, 200, 0]);
	});

	test('landingPage: the page of the selected row, else the first', () => {
		// 7174 is the third row: page 2 at two per page.
		expect(landingPage(ROWS, 'code', '7174', 2)).toBe(2);
		expect(landingPage(ROWS, 'code', '1101', 2)).toBe(3);
		expect(landingPage(ROWS, 'code', '0000', 2)).toBe(1);
		expect(landingPage(ROWS, 'code', null, 2)).toBe(1);
		expect(landingPage(ROWS, undefined, '7174', 2)).toBe(1);
	});
});

describe('sort', () => {
	const active = COLUMNS[2] as ColumnSpec;
	const name = COLUMNS[0] as ColumnSpec;

	test('nextSort: numbers start highest first, text A→Z; the same column flips', () => {
		expect(nextSort(null, active)).toEqual({ key: 'active', direction: 'descending' });
		expect(nextSort(null, name)).toEqual({ key: 'name', direction: 'ascending' });
		expect(nextSort({ key: 'active', direction: 'descending' }, active)).toEqual({ key: 'active', direction: 'ascending' });
		expect(nextSort({ key: 'active', direction: 'ascending' }, name)).toEqual({ key: 'name', direction: 'ascending' });
	});

	test('sortedRows: by a column, missing last; no sort, a sparkline or an unknown key keep the input', () => {
		expect(codes(sortedRows(ROWS, COLUMNS, { key: 'active', direction: 'descending' }))).toEqual(['7174', '7371', '1101', '7101', '9471']);
		expect(sortedRows(ROWS, COLUMNS, null)).toBe(ROWS);
		expect(sortedRows(ROWS, COLUMNS, { key: 'trend', direction: 'ascending' })).toBe(ROWS);
		expect(sortedRows(ROWS, COLUMNS, { key: 'nope', direction: 'ascending' })).toBe(ROWS);
	});
});

describe('exports', () => {
	test('exportTable writes every row in the on-screen order and leaves the sparkline out', () => {
		const table = exportTable(COLUMNS, ROWS, { key: 'active', direction: 'ascending' });
		expect(table.columns.map((c) => c.key)).toEqual(['name', 'code', 'active']);
		expect(codes(table.rows)).toEqual(['7101', '1101', '7371', '7174', '9471']);
	});

	test('the CSV of 514 generated rows has 514 records, whatever page or search is on screen', () => {
		const many = Array.from({ length: 514 }, (_, i) => ({ code: String(1101 + i), name: `Wilayah ${i}`, active: i * 3, trend: [i, i + 1] }));
		const table = exportTable(COLUMNS, many, { key: 'active', direction: 'descending' });
		const lines = toCsv(table.columns, table.rows).replace(/^\uFEFF/, '').split('\r\n').filter(Boolean);
		expect(lines).toHaveLength(1 + 514);
		expect(lines[0]).toBe('Wilayah;Kode;Peserta aktif');
		// highest first: row 513 has 513 * 3 = 1539 active
		expect(lines[1]).toBe('Wilayah 513;1614;1539');
		expect(lines.at(-1)).toBe('Wilayah 0;1101;0');
	});
});
