import { expect, test } from 'vitest';
import { formatCell, sortRows } from '$lib/components/table';
import type { ColumnSpec } from '$lib/export/columns';

const COLUMNS = {
	code: { key: 'code', label: 'Kode', kind: 'code' },
	name: { key: 'name', label: 'Wilayah', kind: 'text' },
	active: { key: 'active', label: 'Peserta aktif', kind: 'count' },
	ucj: { key: 'ucj', label: 'UCJ', kind: 'percent' },
	budget: { key: 'budget', label: 'APBD', kind: 'rupiah' },
	month: { key: 'month', label: 'Bulan', kind: 'month' },
	change: { key: 'change', label: 'Perubahan', kind: 'points' }
} satisfies Record<string, ColumnSpec>;

const ROW = { code: '6201', name: 'Kotawaringin Barat', active: 1234567, ucj: 45.6, budget: 3e9, month: '2024-12', change: -1.23 };

test.each([
	['code', 'id', '6201'],
	['name', 'id', 'Kotawaringin Barat'],
	['active', 'id', '1.234.567'],
	['active', 'en', '1,234,567'],
	['ucj', 'id', '45,6%'],
	['budget', 'id', 'Rp3 miliar'],
	['month', 'id', 'Desember 2024'],
	['month', 'en', 'December 2024'],
	['change', 'id', '\u22121,2 poin']
] as const)('formatCell %s (%s)', (key, locale, expected) => {
	expect(formatCell(COLUMNS[key], ROW, locale)).toBe(expected);
});

test('a missing value shows as an en dash', () => {
	expect(formatCell(COLUMNS.ucj, { ucj: null })).toBe('–');
});

const ROWS = [
	{ code: '6210', name: 'Lamandau', ucj: 30.4 },
	{ code: '6201', name: 'Kotawaringin Barat', ucj: null },
	{ code: '6271', name: 'Kota Palangka Raya', ucj: 45.6 },
	{ code: '6202', name: 'Kotawaringin Timur', ucj: 104.2 }
];
const codes = (rows: Record<string, unknown>[]) => rows.map((r) => r.code);

test('sortRows: numbers numerically, missing last in both directions', () => {
	expect(codes(sortRows(ROWS, COLUMNS.ucj, 'descending'))).toEqual(['6202', '6271', '6210', '6201']);
	expect(codes(sortRows(ROWS, COLUMNS.ucj, 'ascending'))).toEqual(['6210', '6271', '6202', '6201']);
});

test('sortRows: names by Indonesian collation, codes by key; input untouched', () => {
	expect(codes(sortRows(ROWS, COLUMNS.name, 'ascending'))).toEqual(['6271', '6201', '6202', '6210']);
	expect(codes(sortRows(ROWS, COLUMNS.code, 'descending'))).toEqual(['6271', '6210', '6202', '6201']);
	expect(codes(ROWS)).toEqual(['6210', '6201', '6271', '6202']);
});
