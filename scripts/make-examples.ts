/**
 * `npm run examples`: writes data/examples/, the files an office might bring to the data page,
 * taken from the synthetic sample's Kalimantan Tengah (62) participation rows (14 regencies × 84
 * months × 4 segments = 4,704 rows):
 *
 * - good files, one per format and the mess offices' exports really have (Parquet ZSTD; Parquet
 *   SNAPPY with timestamps and integer codes; a semicolon CSV with Indonesian separators, a BOM
 *   and CRLF; an .xlsx with title rows, a notes sheet first and a JUMLAH row; a UTF-16 "Unicode
 *   text" export; names instead of codes);
 * - bad files, one defect each, each expected to give one specific finding (data/examples/README.md
 *   lists them; tests/unit/import reads every one).
 *
 * Deterministic: the same sample gives the same bytes, except the .xlsx's creation time.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import { nativeRows, openNative, sqlString, type NativeConnection } from './lib/native-db';

const SAMPLE = 'data/sample/participation.parquet';
const OUT = 'data/examples';
const PROVINCE = '62';

interface Row {
	region_code: string;
	month: string; // YYYY-MM-DD
	segment: string;
	active: number;
	non_active: number;
	new_registrations: number;
	contributions_idr: number;
}

const MONTHS_ID = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

/** Indonesian grouping: 863913414 -> "863.913.414". */
const groupId = (n: number) => new Intl.NumberFormat('id-ID', { useGrouping: true, maximumFractionDigits: 0 }).format(n);

const monthName = (month: string) => `${MONTHS_ID[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
const dottedCode = (code: string) => `${code.slice(0, 2)}.${code.slice(2)}`;

async function sampleRows(conn: NativeConnection, where: string): Promise<Row[]> {
	const rows = await nativeRows<Row>(
		conn,
		`SELECT region_code, strftime(month, '%Y-%m-%d') AS month, segment, active, non_active, new_registrations, contributions_idr
		 FROM read_parquet(${sqlString(SAMPLE)}) WHERE ${where} ORDER BY region_code, month, segment`
	);
	return rows;
}

/** Semicolon CSV with a BOM and CRLF, the way Excel in an Indonesian locale saves "CSV (MS-DOS)". */
function indonesianCsv(header: readonly string[], lines: readonly (readonly (string | number)[])[]): Buffer {
	const text = [header, ...lines].map((cells) => cells.join(';')).join('\r\n') + '\r\n';
	return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}

const ID_HEADER = ['kode_wilayah', 'bulan', 'segmen', 'aktif', 'nonaktif', 'pendaftar_baru', 'iuran_rp'] as const;

/** A contract row as an Indonesian CSV line: dotted code, "Desember 2024", grouped numbers. */
function idLine(r: Row): (string | number)[] {
	return [dottedCode(r.region_code), monthName(r.month), r.segment, groupId(r.active), groupId(r.non_active), groupId(r.new_registrations), groupId(r.contributions_idr)];
}

/** A plain comma CSV in contract names (the bad files: one defect each, nothing else odd). */
function plainCsv(header: readonly string[], lines: readonly (readonly (string | number)[])[]): string {
	return [header, ...lines].map((cells) => cells.join(',')).join('\n') + '\n';
}

const CONTRACT_HEADER = ['region_code', 'month', 'segment', 'active', 'non_active', 'new_registrations', 'contributions_idr'] as const;
const contractLine = (r: Row) => CONTRACT_HEADER.map((c) => r[c]);

async function writeParquet(conn: NativeConnection, file: string, select: string, compression: 'zstd' | 'snappy'): Promise<void> {
	await conn.run(`COPY (${select}) TO ${sqlString(join(OUT, file))} (FORMAT parquet, COMPRESSION ${compression})`);
}

async function writeXlsx(rows: readonly Row[], file: string): Promise<void> {
	const notes: SheetData = [
		['Catatan'],
		['Laporan kepesertaan BPJS Ketenagakerjaan per kabupaten/kota, bulan dan segmen.'],
		['Sumber: contoh sintetis Cakupan (DATA SINTETIS), bukan angka resmi.'],
		['Data ada di lembar "Data".']
	];
	const header = ['Kode Wilayah', 'Bulan', 'Segmen', 'Peserta Aktif', 'Peserta Nonaktif', 'Pendaftar Baru', 'Iuran (Rp)'];
	const sum = (k: keyof Row) => rows.reduce((s, r) => s + (r[k] as number), 0);
	const data: SheetData = [
		['LAPORAN KEPESERTAAN BPJS KETENAGAKERJAAN'],
		['Provinsi Kalimantan Tengah, Januari 2019 – Desember 2025'],
		[],
		header.map((h) => ({ value: h, fontWeight: 'bold' as const })),
		...rows.map((r) => [
			{ value: r.region_code, type: String },
			{ value: new Date(`${r.month}T00:00:00Z`), type: Date, format: 'mmm yyyy' },
			r.segment,
			r.active,
			r.non_active,
			r.new_registrations,
			r.contributions_idr
		]),
		['JUMLAH', null, null, sum('active'), sum('non_active'), sum('new_registrations'), sum('contributions_idr')]
	];
	await writeXlsxFile([
		{ sheet: 'Catatan', data: notes },
		{ sheet: 'Data', data }
	]).toFile(join(OUT, file));
}

/** UTF-16LE with a BOM, tab-separated: Excel's "Unicode Text (*.txt)". */
function utf16Text(header: readonly string[], lines: readonly (readonly (string | number)[])[]): Buffer {
	const text = [header, ...lines].map((cells) => cells.join('\t')).join('\r\n') + '\r\n';
	return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

/** The 8-byte signature and header of a Compound File (old .xls), zero-padded to one sector. */
function oldXlsBytes(): Buffer {
	const b = Buffer.alloc(1536);
	Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(b, 0);
	b.writeUInt16LE(0x003e, 24); // minor version
	b.writeUInt16LE(0x0003, 26); // major version 3
	b.writeUInt16LE(0xfffe, 28); // little-endian
	b.writeUInt16LE(9, 30); // 512-byte sectors
	return b;
}

/** A 1×1 PNG (a screenshot saved under a .csv name). */
const PNG_1X1 = Buffer.from(
	'89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5f1d6c70000000049454e44ae426082',
	'hex'
);

async function main(): Promise<void> {
	// Every generated file is rewritten; README.md (hand-written: what each file must give) stays.
	mkdirSync(OUT, { recursive: true });
	for (const f of readdirSync(OUT)) if (f !== 'README.md') rmSync(join(OUT, f));
	const conn = await openNative();
	const where = `region_code LIKE '${PROVINCE}%'`;
	const rows = await sampleRows(conn, where);
	if (rows.length !== 14 * 84 * 4) throw new Error(`expected 4,704 rows of province ${PROVINCE}, got ${rows.length}`);
	const from = `read_parquet(${sqlString(SAMPLE)})`;

	// Good files.
	await writeParquet(conn, 'partisipasi-62-zstd.parquet', `SELECT * FROM ${from} WHERE ${where} ORDER BY region_code, month, segment`, 'zstd');
	await writeParquet(
		conn,
		'partisipasi-62-snappy.parquet',
		`SELECT CAST(region_code AS INTEGER) AS kode_wilayah, CAST(month AS TIMESTAMP) AS bulan, segment AS segmen,
			active AS aktif, non_active AS nonaktif, new_registrations AS pendaftar_baru, contributions_idr AS iuran_rp
		 FROM ${from} WHERE ${where} ORDER BY region_code, month, segment`,
		'snappy'
	);
	writeFileSync(join(OUT, 'partisipasi-62.csv'), indonesianCsv(ID_HEADER, rows.map(idLine)));
	await writeXlsx(rows, 'partisipasi-62.xlsx');

	// A small slice for the other files: Kabupaten Kotawaringin Barat (6201), 2024.
	const slice = rows.filter((r) => r.region_code === '6201' && r.month.startsWith('2024'));
	writeFileSync(join(OUT, 'unicode-utf16.txt'), utf16Text(CONTRACT_HEADER, slice.map(contractLine)));
	const bogor = await sampleRows(conn, `region_code IN ('3201', '3204', '3271') AND month = DATE '2024-12-01'`);
	const names: Record<string, string> = { '3201': 'Bogor', '3204': 'Kabupaten Bandung', '3271': 'Kota Bogor' };
	writeFileSync(
		join(OUT, 'nama-wilayah-32.csv'),
		plainCsv(['provinsi', 'kabupaten_kota', ...CONTRACT_HEADER.slice(1)], bogor.map((r) => ['Jawa Barat', names[r.region_code]!, ...contractLine(r).slice(1)]))
	);

	// Bad files, one defect each.
	const zstd = readFileSync(join(OUT, 'partisipasi-62-zstd.parquet'));
	writeFileSync(join(OUT, 'rusak-terpotong.parquet'), zstd.subarray(0, Math.floor(zstd.length / 2)));
	writeFileSync(join(OUT, 'rusak-kolom-hilang.csv'), plainCsv(CONTRACT_HEADER.filter((c) => c !== 'active'), slice.map((r) => contractLine(r).filter((_, i) => i !== 3))));
	const wrongType = slice.map(contractLine);
	wrongType[5]![3] = 'banyak';
	writeFileSync(join(OUT, 'rusak-tipe-salah.csv'), plainCsv(CONTRACT_HEADER, wrongType));
	writeFileSync(join(OUT, 'rusak-kode-tidak-dikenal.csv'), plainCsv(CONTRACT_HEADER, slice.map((r) => ['6299', ...contractLine(r).slice(1)])));
	const merauke = await sampleRows(conn, `region_code = '9301' AND year(month) = 2021`);
	writeFileSync(join(OUT, 'rusak-kode-papua-lama.csv'), plainCsv(CONTRACT_HEADER, merauke.map((r) => ['9101', ...contractLine(r).slice(1)])));
	writeFileSync(join(OUT, 'rusak-kunci-ganda.csv'), plainCsv(CONTRACT_HEADER, [...slice, slice[9]!].map(contractLine)));
	const negative = slice.map(contractLine);
	negative[2]![4] = -12;
	writeFileSync(join(OUT, 'rusak-negatif.csv'), plainCsv(CONTRACT_HEADER, negative));
	const fractional = slice.map(contractLine);
	fractional[7]![3] = `${fractional[7]![3]}.5`;
	writeFileSync(join(OUT, 'rusak-pecahan.csv'), plainCsv(CONTRACT_HEADER, fractional));
	writeFileSync(join(OUT, 'rusak-kosong.csv'), '');
	writeFileSync(join(OUT, 'rusak-hanya-judul.csv'), plainCsv(CONTRACT_HEADER, []));
	writeFileSync(join(OUT, 'rusak-gambar.csv'), PNG_1X1);
	writeFileSync(join(OUT, 'rusak-lama.xlsx'), oldXlsBytes());
	// Excel shows 6201 as 6,2E+03 in a narrow column and a CSV saved from it keeps that text.
	writeFileSync(join(OUT, 'rusak-kode-ilmiah.csv'), indonesianCsv(ID_HEADER, slice.map((r) => ['6,2E+03', ...idLine(r).slice(1)])));
	const month13 = slice.map((r) => [r.region_code, `${r.month.slice(5, 7)}/${r.month.slice(0, 4)}`, ...contractLine(r).slice(2)]);
	month13[4]![1] = '13/2024';
	writeFileSync(join(OUT, 'rusak-bulan-13.csv'), plainCsv(CONTRACT_HEADER, month13));
	console.log(`wrote ${OUT}: ${rows.length} rows of province ${PROVINCE} in 4 good formats, ${slice.length}-row slices for the rest`);
}

await main();
