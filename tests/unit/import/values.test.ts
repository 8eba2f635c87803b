/**
 * The cell readers on hand-written values: Indonesian and English numbers, months in every form
 * offices write them, region codes (dotted, numeric, scientific, pre-2022 Papua, names), yes/no,
 * and the file kinds told apart by their first bytes.
 */
import { describe, expect, test } from 'vitest';
import { readCodeCell, resolveName } from '$lib/import/codes';
import { isoDate, parseDateCell } from '$lib/import/months';
import { parseFlagCell, parseNumberCell } from '$lib/import/numbers';
import { decodeText, sniff } from '$lib/import/sniff';
import { REGIONS } from './helpers';

describe('numbers', () => {
	test.each([
		['12.345', 12345],
		['1.234.567', 1234567],
		['45,6', 45.6],
		['1.234,5', 1234.5],
		['52.15', 52.15],
		['1,234,567', 1234567],
		['1,234.5', 1234.5],
		['-12', -12],
		['−12', -12],
		['(1.234)', -1234],
		['Rp 863.913.414', 863913414],
		['66%', 66],
		[' 7263 ', 7263],
		['1,2E+03', 1200]
	])('%s -> %d', (text, value) => {
		expect(parseNumberCell(text)).toBe(value);
	});

	test('a comma-separated file writes decimals with a dot: 56,601 groups, 52.15 and 12.345 are decimals', () => {
		expect(parseNumberCell('56,601', '.')).toBe(56601);
		expect(parseNumberCell('52.15', '.')).toBe(52.15);
		expect(parseNumberCell('12.345', '.')).toBe(12.345);
		expect(parseNumberCell('45,6', '.')).toBe(45.6);
		expect(parseNumberCell('12.345', ',')).toBe(12345);
		expect(parseNumberCell('56,601', ',')).toBe(56.601);
	});

	test('numbers stay, blanks are null, words are not numbers', () => {
		expect(parseNumberCell(7263)).toBe(7263);
		expect(parseNumberCell(12.5)).toBe(12.5);
		expect(parseNumberCell(null)).toBeNull();
		expect(parseNumberCell('  ')).toBeNull();
		expect(parseNumberCell('banyak')).toBeUndefined();
		expect(parseNumberCell('12.34.5')).toBeUndefined();
		expect(parseNumberCell(new Date())).toBeUndefined();
	});

	test('yes/no', () => {
		expect(['ya', 'Y', 'true', '1', 'Ada'].map(parseFlagCell)).toEqual([true, true, true, true, true]);
		expect(['tidak', 'T', 'false', '0', 'tidak ada'].map(parseFlagCell)).toEqual([false, false, false, false, false]);
		expect(parseFlagCell(1)).toBe(true);
		expect(parseFlagCell('mungkin')).toBeUndefined();
	});
});

describe('months and dates', () => {
	const month = (cell: Parameters<typeof parseDateCell>[0]) => {
		const d = parseDateCell(cell);
		return d ? isoDate(d) : d;
	};
	test.each([
		['2024-12', '2024-12-01'],
		['2024-12-01', '2024-12-01'],
		['2024/12', '2024-12-01'],
		['12/2024', '2024-12-01'],
		['01/12/2024', '2024-12-01'],
		['31/12/2024', '2024-12-31'],
		['202412', '2024-12-01'],
		['Desember 2024', '2024-12-01'],
		['DESEMBER 2024', '2024-12-01'],
		['Des-24', '2024-12-01'],
		['Des 2024', '2024-12-01'],
		['Agt-24', '2024-08-01'],
		['Dec-24', '2024-12-01'],
		['December 2024', '2024-12-01'],
		['Nopember 2019', '2019-11-01'],
		['1 Januari 2025', '2025-01-01'],
		['2024-12-01 00:00:00', '2024-12-01'],
		['2024-12-01T00:00:00Z', '2024-12-01']
	])('%s -> %s', (text, iso) => {
		expect(month(text)).toBe(iso);
	});

	test('Excel serials, Date cells and yyyymm numbers', () => {
		// 45627 days after Excel's day 0 (1899-12-30) is 2024-12-01.
		expect(month(45627)).toBe('2024-12-01');
		expect(month('45627')).toBe('2024-12-01');
		expect(month(new Date(Date.UTC(2024, 11, 1)))).toBe('2024-12-01');
		expect(month(202412)).toBe('2024-12-01');
	});

	test('refused: 13/2024, 2024-13, 31/02/2024, Desembre 2024, text', () => {
		for (const text of ['13/2024', '2024-13', '2024-13-01', '31/02/2024', 'Desembre 2024', 'bulan lalu', '2024']) expect(month(text)).toBeUndefined();
		expect(month(null)).toBeNull();
	});
});

describe('region codes', () => {
	test('dotted, numeric and plain codes', () => {
		expect(readCodeCell('62.01')).toEqual({ kind: 'code', code: '6201' });
		expect(readCodeCell('62.01.01.2001')).toEqual({ kind: 'code', code: '6201012001' });
		expect(readCodeCell(6201)).toEqual({ kind: 'code', code: '6201' });
		// "62.01" typed into Excel is the number 62.01.
		expect(readCodeCell(62.01)).toEqual({ kind: 'code', code: '6201' });
		expect(readCodeCell(' 6201 ')).toEqual({ kind: 'code', code: '6201' });
		expect(readCodeCell(null)).toEqual({ kind: 'empty' });
	});

	test('scientific notation, pre-2022 Papua codes, names and junk', () => {
		expect(readCodeCell('6,2E+03')).toEqual({ kind: 'scientific', text: '6,2E+03' });
		expect(readCodeCell('6.201E+3')).toEqual({ kind: 'scientific', text: '6.201E+3' });
		expect(readCodeCell('9101')).toEqual({ kind: 'old-papua', code: '9101', today: '9301', name: 'Kabupaten Merauke' });
		expect(readCodeCell(9271)).toEqual({ kind: 'old-papua', code: '9271', today: '9671', name: 'Kota Sorong' });
		// 9103 Jayapura stayed in Papua: today's code.
		expect(readCodeCell('9103')).toEqual({ kind: 'code', code: '9103' });
		expect(readCodeCell('Kab. Bogor')).toEqual({ kind: 'name', text: 'Kab. Bogor' });
		expect(readCodeCell('#N/A')).toEqual({ kind: 'bad', text: '#N/A' });
	});

	test('every pre-2022 Papua code maps to a regency of today with the same name', async () => {
		const { PAPUA_2022_CODES } = await import('$lib/contract/papua-2022');
		const names = new Map(REGIONS.map((r) => [r.code, r.name]));
		for (const [old, today] of Object.entries(PAPUA_2022_CODES)) {
			expect(names.has(old), old).toBe(false);
			expect(names.get(today.code), old).toBe(today.name);
		}
		expect(Object.keys(PAPUA_2022_CODES)).toHaveLength(26);
	});

	test('names: unique full names resolve, "Bogor" and "Bandung" are two regions each in Jawa Barat', () => {
		const regencies = { levels: ['regency'] as const, province: '32' };
		expect(resolveName('Kabupaten Bogor', REGIONS, regencies)).toEqual({ kind: 'unique', region: { code: '3201', name: 'Kabupaten Bogor' } });
		expect(resolveName('KAB. BOGOR', REGIONS, regencies)).toEqual({ kind: 'unique', region: { code: '3201', name: 'Kabupaten Bogor' } });
		expect(resolveName('Kota Bogor', REGIONS, regencies)).toEqual({ kind: 'unique', region: { code: '3271', name: 'Kota Bogor' } });
		const bogor = resolveName('Bogor', REGIONS, regencies);
		expect(bogor.kind === 'ambiguous' && bogor.regions.map((r) => r.code)).toEqual(['3201', '3271']);
		const bandung = resolveName('Bandung', REGIONS, regencies);
		expect(bandung.kind === 'ambiguous' && bandung.regions.map((r) => r.code)).toEqual(['3204', '3273']);
		// A bare name unique in its province: Kotawaringin Barat (6201).
		expect(resolveName('Kotawaringin Barat', REGIONS, { levels: ['regency'] })).toEqual({ kind: 'unique', region: { code: '6201', name: 'Kabupaten Kotawaringin Barat' } });
		expect(resolveName('Bogor', REGIONS, { levels: ['regency'], province: '62' })).toEqual({ kind: 'unknown' });
	});
});

describe('file kinds by their bytes', () => {
	const bytes = (...b: number[]) => new Uint8Array(b);
	test('signatures', () => {
		expect(sniff(bytes())).toEqual({ kind: 'empty' });
		expect(sniff(new Uint8Array([0x50, 0x41, 0x52, 0x31, 0, 0, 0, 0, 0x50, 0x41, 0x52, 0x31]))).toEqual({ kind: 'parquet' });
		expect(sniff(new Uint8Array([0x50, 0x41, 0x52, 0x31, 0, 0, 0, 0, 0, 0, 0, 0]))).toEqual({ kind: 'parquet-truncated' });
		expect(sniff(bytes(0x50, 0x4b, 0x03, 0x04, 0))).toEqual({ kind: 'xlsx' });
		expect(sniff(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1))).toEqual({ kind: 'old-xls' });
		expect(sniff(bytes(0xff, 0xd8, 0xff, 0xe0))).toEqual({ kind: 'binary', what: 'JPEG' });
		expect(sniff(new TextEncoder().encode('%PDF-1.7'))).toEqual({ kind: 'binary', what: 'PDF' });
		expect(sniff(bytes(0, 1, 2, 3, 0x41))).toEqual({ kind: 'binary', what: 'binary' });
	});

	test('text: UTF-8 with and without BOM, UTF-16 with a BOM or without one', () => {
		const text = 'kode;bulan\r\n62.01;Des-24\r\n';
		expect(sniff(new TextEncoder().encode(text))).toEqual({ kind: 'text', encoding: 'utf-8', bom: false });
		expect(sniff(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]))).toEqual({ kind: 'text', encoding: 'utf-8', bom: true });
		const le = new Uint8Array(Buffer.from(text, 'utf16le'));
		expect(sniff(new Uint8Array([0xff, 0xfe, ...le]))).toEqual({ kind: 'text', encoding: 'utf-16le', bom: true });
		expect(sniff(le)).toEqual({ kind: 'text', encoding: 'utf-16le', bom: false });
		const be = new Uint8Array(le.length);
		for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1]!, le[i]!];
		expect(sniff(be)).toEqual({ kind: 'text', encoding: 'utf-16be', bom: false });
		expect(decodeText(be, 'utf-16be')).toBe(text);
		expect(decodeText(new Uint8Array([0xff, 0xfe, ...le]), 'utf-16le')).toBe(text);
	});
});
