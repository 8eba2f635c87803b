/**
 * Every file of data/examples read in Node as the data page will read it. The good files, four
 * formats of the same 4,704 Kalimantan Tengah rows, must give exactly the sample's rows (read by
 * native DuckDB from the sample Parquet, not by the import); each bad file must give its own
 * finding, with the row where it has one.
 */
import { readdirSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { hasErrors, MAX_FILE_BYTES, parseFile, parseUpload, type ParsedFile } from '$lib/import';
import { example, EXAMPLES, REGIONS, sampleParticipation } from './helpers';

const GOOD = ['partisipasi-62-zstd.parquet', 'partisipasi-62-snappy.parquet', 'partisipasi-62.csv', 'partisipasi-62.xlsx'] as const;

let sample: Record<string, unknown>[];
const parsed = new Map<string, ParsedFile>();

beforeAll(async () => {
	sample = await sampleParticipation('62');
	for (const name of readdirSync(EXAMPLES).filter((f) => f !== 'README.md')) parsed.set(name, await parseFile(example(name), { regions: REGIONS }));
});

const codes = (p: ParsedFile) => p.findings.map((f) => f.code);

describe('good files: the sample rows of Kalimantan Tengah', () => {
	test('the sample itself has 14 regencies × 84 months × 4 segments', () => {
		expect(sample).toHaveLength(4704);
		expect(new Set(sample.map((r) => r.region_code)).size).toBe(14);
	});

	test.each(GOOD)('%s: every row equals the sample, no error', (name) => {
		const p = parsed.get(name)!;
		expect(p.table).toBe('participation');
		expect(hasErrors(p.findings)).toBe(false);
		expect(p.rows).toHaveLength(4704);
		expect(p.rows).toEqual(sample);
	});

	test.each(GOOD)('%s: preview names the period, the province and the first rows', (name) => {
		const { preview } = parsed.get(name)!;
		expect(preview!.rowCount).toBe(4704);
		expect(preview!.period).toEqual({ from: '2019-01', to: '2025-12' });
		expect(preview!.provinces).toEqual(['62']);
		expect(preview!.rows).toHaveLength(10);
	});

	test('a hand-checked cell: Kotawaringin Barat (6201), December 2024, PU, in every format', () => {
		// From the sample Parquet (SELECT … WHERE region_code='6201' AND month='2024-12-01' AND segment='PU').
		const want = { region_code: '6201', month: '2024-12-01', segment: 'PU', active: 56601, non_active: 9442, new_registrations: 2032, contributions_idr: 18171210308 };
		expect(sample.find((r) => r.region_code === '6201' && r.month === '2024-12-01' && r.segment === 'PU')).toEqual(want);
		for (const name of GOOD) expect(parsed.get(name)!.rows.find((r) => r.region_code === '6201' && r.month === '2024-12-01' && r.segment === 'PU')).toEqual(want);
	});

	test('the Parquet files: ZSTD in contract names; SNAPPY with integer codes, timestamps and Indonesian headers', () => {
		const snappy = parsed.get('partisipasi-62-snappy.parquet')!;
		expect([...snappy.match!.columns].map(([c, h]) => [c, h.text])).toEqual([
			['region_code', 'kode_wilayah'],
			['month', 'bulan'],
			['segment', 'segmen'],
			['active', 'aktif'],
			['non_active', 'nonaktif'],
			['new_registrations', 'pendaftar_baru'],
			['contributions_idr', 'iuran_rp']
		]);
		expect(snappy.findings).toEqual([]);
		expect(parsed.get('partisipasi-62-zstd.parquet')!.findings).toEqual([]);
	});

	test('the CSV: semicolons, BOM, dotted codes, "Januari 2019" months and 169.015.139-style numbers', () => {
		const csv = parsed.get('partisipasi-62.csv')!;
		expect(csv.format).toBe('csv');
		expect(csv.headerRow).toBe(1);
		expect(csv.findings).toEqual([]);
		// Row 2 of the file is `62.01;Januari 2019;BPU;7.263;9.495;182;169.015.139`.
		expect(csv.rows[0]).toEqual(sample[0]);
		expect(sample[0]).toMatchObject({ active: 7263, non_active: 9495, contributions_idr: 169015139 });
	});

	test('the workbook: notes sheet skipped, two title rows skipped, JUMLAH row 4709 dropped, named', () => {
		const xlsx = parsed.get('partisipasi-62.xlsx')!;
		expect(xlsx.sheets).toEqual(['Catatan', 'Data']);
		expect(xlsx.sheet).toBe('Data');
		expect(xlsx.headerRow).toBe(4);
		expect(xlsx.findings.map((f) => [f.code, f.sheet, f.row])).toEqual([
			['sheet_skipped', 'Catatan', undefined],
			['title_rows_skipped', 'Data', 4],
			// 3 rows above, header at 4, 4,704 data rows at 5–4708: the total is row 4709.
			['total_row_dropped', 'Data', 4709]
		]);
		expect(xlsx.findings[2]!.message.id).toContain('Baris 4709 ("JUMLAH")');
		expect(xlsx.findings[2]!.message.en).toContain('Row 4709 ("JUMLAH")');
	});

	test('the UTF-16 "Unicode text" export is read, with a notice naming the encoding', () => {
		const p = parsed.get('unicode-utf16.txt')!;
		expect(codes(p)).toEqual(['encoding_converted']);
		expect(p.findings[0]!.message.id).toContain('UTF-16LE');
		expect(p.rows).toEqual(sample.filter((r) => r.region_code === '6201' && String(r.month).startsWith('2024')));
	});
});

describe('names instead of codes', () => {
	test('a unique full name is proposed, "Bogor" (3201 and 3271) is ambiguous, nothing applied', () => {
		const p = parsed.get('nama-wilayah-32.csv')!;
		expect(p.proposals.map((x) => [x.name, x.province, x.code, x.rows, x.firstRow, x.alternatives.map((a) => a.code)])).toEqual([
			['Bogor', '32', null, 4, 2, ['3201', '3271']],
			['Kabupaten Bandung', '32', '3204', 4, 6, []],
			['Kota Bogor', '32', '3271', 4, 10, []]
		]);
		expect(codes(p)).toEqual(['region_name_ambiguous', 'region_name', 'region_name']);
		expect(p.rows.every((r) => r.region_code === null)).toBe(true);
	});

	test('confirmed names are applied; the ambiguous one stays an error', async () => {
		const p = await parseFile(example('nama-wilayah-32.csv'), { regions: REGIONS, confirmedNames: { 'Kabupaten Bandung': '3204', 'Kota Bogor': '3271' } });
		expect(p.rows.map((r) => r.region_code)).toEqual([null, null, null, null, '3204', '3204', '3204', '3204', '3271', '3271', '3271', '3271']);
		expect(codes(p)).toEqual(['region_name_ambiguous']);
	});
});

describe('bad files: one specific finding each', () => {
	test.each([
		['rusak-terpotong.parquet', 'truncated_parquet'],
		['rusak-kosong.csv', 'empty_file'],
		['rusak-gambar.csv', 'not_a_table'],
		['rusak-lama.xlsx', 'old_xls']
	])('%s: refused as a file with %s', (name, code) => {
		const p = parsed.get(name)!;
		expect(codes(p)).toEqual([code]);
		expect(p.rows).toEqual([]);
		expect(p.table).toBeNull();
	});

	test('the PNG is named as a PNG, and the old .xls says how to save as .xlsx', () => {
		expect(parsed.get('rusak-gambar.csv')!.findings[0]!.message.id).toContain('PNG');
		expect(parsed.get('rusak-lama.xlsx')!.findings[0]!.message.id).toContain('*.xlsx');
		expect(parsed.get('rusak-lama.xlsx')!.findings[0]!.message.en).toContain('Save As');
	});

	test('header only', () => {
		expect(codes(parsed.get('rusak-hanya-judul.csv')!)).toEqual(['header_only']);
	});

	test('a missing column the figures need', () => {
		const p = parsed.get('rusak-kolom-hilang.csv')!;
		expect(p.findings.map((f) => [f.code, f.column])).toEqual([['missing_column', 'active']]);
	});

	test('text in a count: the row of the file (header is row 1, the 6th data row is row 7)', () => {
		const p = parsed.get('rusak-tipe-salah.csv')!;
		expect(p.findings.map((f) => [f.code, f.column, f.row, f.value])).toEqual([['not_a_number', 'active', 7, 'banyak']]);
	});

	test('scientific-notation codes: every row refused, a few listed with the count', () => {
		const p = parsed.get('rusak-kode-ilmiah.csv')!;
		expect(new Set(codes(p))).toEqual(new Set(['scientific_code']));
		expect(p.findings.map((f) => f.row)).toEqual([2, 3, 4, 5, 6]);
		expect(p.findings[0]!.count).toBe(48);
		expect(p.findings[0]!.message.id).toContain('Format Cells > Text');
	});

	test('pre-2022 Papua code: names today\'s code', () => {
		const p = parsed.get('rusak-kode-papua-lama.csv')!;
		expect(new Set(codes(p))).toEqual(new Set(['old_papua_code']));
		expect(p.findings[0]!.message.id).toContain('9301');
		expect(p.findings[0]!.message.en).toContain('Kabupaten Merauke');
	});

	test('month 13/2024 refused with its row', () => {
		const p = parsed.get('rusak-bulan-13.csv')!;
		expect(p.findings.map((f) => [f.code, f.row, f.value])).toEqual([['bad_month', 6, '13/2024']]);
	});

	test('what only the validator sees parses clean: unknown codes, duplicate keys, negative and fractional counts', () => {
		for (const name of ['rusak-kode-tidak-dikenal.csv', 'rusak-kunci-ganda.csv', 'rusak-negatif.csv', 'rusak-pecahan.csv']) {
			expect(parsed.get(name)!.findings).toEqual([]);
		}
		expect(parsed.get('rusak-negatif.csv')!.rows[2]!.non_active).toBe(-12);
		expect(parsed.get('rusak-pecahan.csv')!.rows[7]!.active).toBe(Number(`${sample.filter((r) => r.region_code === '6201' && String(r.month).startsWith('2024'))[7]!.active}.5`));
	});
});

test('a file over the limit is refused before reading, with both sizes', async () => {
	const p = await parseFile(example('partisipasi-62.csv'), { maxBytes: 100_000 });
	expect(codes(p)).toEqual(['file_too_large']);
	// 233.351 bytes (ls -l) against 100.000: SI units as formatBytes shows them.
	expect(p.findings[0]!.message.id).toContain('233,4 kB');
	expect(p.findings[0]!.message.id).toContain('100,0 kB');
});

test('a picked file over 20 MB is refused from its size alone, never read', async () => {
	const huge = {
		name: 'besar.csv',
		size: MAX_FILE_BYTES + 1,
		arrayBuffer: () => Promise.reject(new Error('read a file over the limit'))
	};
	const p = await parseUpload(huge);
	expect(codes(p)).toEqual(['file_too_large']);
	expect(p.findings[0]!.message.en).toContain('over the 20.0 MB');
	// A File under the limit is read as parseFile reads bytes.
	const { bytes } = example('partisipasi-62.csv');
	const small = await parseUpload(new File([new Uint8Array(bytes)], 'partisipasi-62.csv'));
	expect(small.rows).toEqual(sample);
});
