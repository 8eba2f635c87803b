import { expect, test } from 'vitest';
import { BOM, csvNumber, toCsv } from '$lib/export/csv';
import type { ColumnSpec } from '$lib/export/columns';
import { PROVENANCE } from './provenance-fixture';

const COLUMNS: ColumnSpec[] = [
	{ key: 'code', label: 'Kode', kind: 'code' },
	{ key: 'name', label: 'Wilayah', kind: 'text' },
	{ key: 'active', label: 'Peserta aktif', kind: 'count' },
	{ key: 'ucj', label: 'UCJ (%)', kind: 'percent' },
	{ key: 'month', label: 'Bulan', kind: 'month' }
];

const ROWS = [
	{ code: '6201', name: 'Kotawaringin Barat', active: 1234567, ucj: 45.6, month: '2024-12' },
	{ code: '6201012001', name: 'Desa "Sakabulin"; Arut', active: 0, ucj: 0.1 + 0.2, month: new Date(Date.UTC(2024, 11, 1)) },
	{ code: 6202, name: 'Kab. A, B\nbaris', active: null, ucj: -2.5, month: Date.UTC(2025, 0, 1) }
];

test('id: BOM, ";" separator, decimal comma, no grouping, codes as bare digits, RFC 4180 quoting, CRLF', () => {
	expect(toCsv(COLUMNS, ROWS)).toBe(
		'\uFEFF' +
			'Kode;Wilayah;Peserta aktif;UCJ (%);Bulan\r\n' +
			'6201;Kotawaringin Barat;1234567;45,6;2024-12\r\n' +
			'6201012001;"Desa ""Sakabulin""; Arut";0;0,3;2024-12\r\n' +
			'6202;"Kab. A, B\nbaris";;-2,5;2025-01\r\n'
	);
});

test('en: "," separator and decimal point; a comma in text is quoted', () => {
	expect(toCsv(COLUMNS, ROWS.slice(0, 1), { locale: 'en' })).toBe(
		'\uFEFFKode,Wilayah,Peserta aktif,UCJ (%),Bulan\r\n6201,Kotawaringin Barat,1234567,45.6,2024-12\r\n'
	);
	expect(toCsv(COLUMNS.slice(1, 2), [{ name: 'A, B' }], { locale: 'en' })).toBe('\uFEFFWilayah\r\n"A, B"\r\n');
});

test('provenance adds a "Sumber" column repeated on every row', () => {
	const csv = toCsv(COLUMNS.slice(0, 1), ROWS.slice(0, 2), { provenance: PROVENANCE });
	expect(csv).toBe(
		BOM +
			'Kode;Sumber\r\n' +
			'6201;Sampel Cakupan 2025.1 · sha256 3f2a9c0d1b7e · DATA SINTETIS\r\n' +
			'6201012001;Sampel Cakupan 2025.1 · sha256 3f2a9c0d1b7e · DATA SINTETIS\r\n'
	);
	expect(toCsv(COLUMNS.slice(0, 1), [], { provenance: PROVENANCE, locale: 'en' })).toBe(BOM + 'Kode,Source\r\n');
});

test('the BOM is the three bytes EF BB BF once encoded', () => {
	const bytes = new TextEncoder().encode(toCsv(COLUMNS.slice(0, 1), []));
	expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
});

test('text that Excel would run as a formula gets a leading apostrophe (OWASP CSV injection)', () => {
	const rows = [{ name: '=HYPERLINK("x")' }, { name: '+62' }, { name: '-' }, { name: '@SUM(A1)' }, { name: 'Aman' }];
	expect(toCsv(COLUMNS.slice(1, 2), rows)).toBe(
		BOM + 'Wilayah\r\n"\'=HYPERLINK(""x"")"\r\n\'+62\r\n\'-\r\n\'@SUM(A1)\r\nAman\r\n'
	);
});

test.each([
	[1234567, ',', '1234567'],
	[45.6, ',', '45,6'],
	[45.6, '.', '45.6'],
	[0.1 + 0.2, ',', '0,3'],
	[1 / 3, ',', '0,333333'],
	[-0, ',', '0'],
	[3e9, ',', '3000000000'],
	[1e-7, ',', '0'],
	[null, ',', '']
] as const)('csvNumber(%s, %j) = %j', (value, decimal, expected) => {
	expect(csvNumber(value, decimal)).toBe(expected);
});

test('a value that does not fit its column throws, naming the column', () => {
	expect(() => toCsv(COLUMNS.slice(3, 4), [{ ucj: '45,6' }])).toThrow('invalid percent value in column "ucj": "45,6"');
	expect(() => toCsv(COLUMNS.slice(4, 5), [{ month: '2024-13' }])).toThrow('invalid month value in column "month": "2024-13"');
	expect(() => toCsv(COLUMNS.slice(0, 1), [{ code: 62.5 }])).toThrow('invalid code value in column "code": 62.5');
});
