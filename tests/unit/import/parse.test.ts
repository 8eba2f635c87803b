/**
 * parseFile on small hand-made files, each showing one thing office files do: a comma CSV with
 * CRLF, a title above the header, village codes, written-out segments, end-of-month dates, extra
 * and missing columns, a workforce table by year, a user's choice of table and columns, Parquet
 * in GZIP and BROTLI, a workbook whose table is on its second sheet. Every expected value is
 * written out here.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { hasErrors, parseFile } from '$lib/import';
import { REGIONS, nativeConnection } from './helpers';

const text = (name: string, content: string) => ({ name, bytes: new TextEncoder().encode(content) });
const codes = (p: { findings: readonly { code: string }[] }) => p.findings.map((f) => f.code);

describe('text files', () => {
	test('comma CSV, CRLF, a title line and a blank line above the header', async () => {
		const p = await parseFile(text('a.csv', 'Laporan Desember 2024\r\n\r\nregion_code,month,segment,active,non_active\r\n6201,2024-12,PU,"56,601",9442\r\n6201,2024-12,BPU,38669,34442\r\n'));
		expect(p.headerRow).toBe(3);
		expect(p.rows).toEqual([
			// A quoted "56,601" in a comma-separated file groups thousands, the English way.
			{ region_code: '6201', month: '2024-12-01', segment: 'PU', active: 56601, non_active: 9442 },
			{ region_code: '6201', month: '2024-12-01', segment: 'BPU', active: 38669, non_active: 34442 }
		]);
		expect(p.sourceRows).toEqual([4, 5]);
		expect(p.findings.map((f) => [f.code, f.row ?? f.column])).toEqual([
			['title_rows_skipped', 3],
			['optional_column_missing', 'new_registrations'],
			['optional_column_missing', 'contributions_idr']
		]);
		expect(hasErrors(p.findings)).toBe(false);
	});

	test('village codes make it the village table; segments written out are recoded with a notice', async () => {
		const p = await parseFile(text('desa.csv', 'kode_wilayah;bulan;segmen;aktif;nonaktif\n62.01.01.2001;Des-24;Penerima Upah;120;30\n6201012001;Des-24;Jakon;7;0\n'));
		expect(p.table).toBe('participation_village');
		expect(p.rows.map((r) => [r.region_code, r.segment])).toEqual([
			['6201012001', 'PU'],
			['6201012001', 'JAKON']
		]);
		expect(p.findings.map((f) => [f.code, f.value, f.row])).toEqual([['value_recoded', 'Penerima Upah', 2]]);
		expect(p.preview!.provinces).toEqual(['62']);
	});

	test('end-of-month dates are read as their month, with one warning for the column', async () => {
		const p = await parseFile(text('eom.csv', 'region_code,month,segment,active,non_active\n6201,31/12/2024,PU,1,1\n6201,30/11/2024,PU,1,1\n6201,2024-10-01,PU,1,1\n'));
		expect(p.rows.map((r) => r.month)).toEqual(['2024-12-01', '2024-11-01', '2024-10-01']);
		const warning = p.findings.find((f) => f.code === 'month_day_ignored')!;
		expect([warning.severity, warning.row, warning.value, warning.count]).toEqual(['warning', 2, '31/12/2024', 2]);
		expect(p.preview!.period).toEqual({ from: '2024-10', to: '2024-12' });
	});

	test('a workforce table by year, with a note column ignored', async () => {
		const p = await parseFile(text('bps.csv', 'Kode Wilayah;Tahun;Penduduk Bekerja;Pekerja Formal;Pekerja Informal;Pekerja Layak;Keterangan\n6201;2024;150.123;60.000;90.123;120.456;Sakernas\n'));
		expect(p.table).toBe('workforce');
		expect(p.rows).toEqual([{ region_code: '6201', year: 2024, working_population: 150123, formal: 60000, informal: 90123, eligible: 120456 }]);
		expect(p.findings.map((f) => [f.code, f.header])).toEqual([['unknown_column', 'Keterangan']]);
		expect(p.preview!.period).toEqual({ from: '2024', to: '2024' });
	});

	test("the user's table and columns: a file titled 'Jumlah' read as active counts", async () => {
		const csv = 'wilayah,periode,jenis,Jumlah\n6201,2024-12,PU,56601\n';
		const p = await parseFile(text('x.csv', csv), { table: 'participation', columns: { segment: 2, active: 3 } });
		expect(p.rows).toEqual([{ region_code: '6201', month: '2024-12-01', segment: 'PU', active: 56601 }]);
		expect(p.findings.map((f) => [f.code, f.column])).toEqual([
			['missing_column', 'non_active'],
			['optional_column_missing', 'new_registrations'],
			['optional_column_missing', 'contributions_idr']
		]);
	});

	test('no header anywhere', async () => {
		const p = await parseFile(text('n.csv', 'Nama,Alamat\nBudi,Palangka Raya\n'));
		expect(codes(p)).toEqual(['no_header']);
		expect(p.findings[0]!.message.id).toContain('Nama, Alamat');
	});

	test('a trailing TOTAL row in a CSV is dropped, its row named', async () => {
		const p = await parseFile(text('t.csv', 'region_code,month,segment,active,non_active\n6201,2024-12,PU,10,1\n6202,2024-12,PU,20,2\nTOTAL,,,30,3\n'));
		expect(p.rows).toHaveLength(2);
		expect(p.findings.filter((f) => f.code === 'total_row_dropped').map((f) => [f.row, f.value])).toEqual([[4, 'TOTAL']]);
	});

	test('names resolved in the province the user names', async () => {
		const p = await parseFile(text('n.csv', 'kabupaten_kota,bulan,segmen,aktif,nonaktif\nKotawaringin Barat,2024-12,PU,1,1\nBogor,2024-12,PU,1,1\n'), { regions: REGIONS, province: '62' });
		expect(p.proposals.map((x) => [x.name, x.code])).toEqual([
			['Kotawaringin Barat', '6201'],
			['Bogor', null]
		]);
		expect(codes(p).filter((c) => c.startsWith('region'))).toEqual(['region_name', 'region_name_unknown']);
	});
});

describe('Parquet in GZIP and BROTLI, written by DuckDB', () => {
	test.each(['gzip', 'brotli'])('%s', async (codec) => {
		const conn = await nativeConnection();
		const file = join(mkdtempSync(join(tmpdir(), 'cakupan-import-')), `p.${codec}.parquet`);
		await conn.run(`COPY (SELECT '6201' AS region_code, DATE '2024-12-01' AS month, 'PU' AS segment, 56601::BIGINT AS active, 9442::BIGINT AS non_active) TO '${file}' (FORMAT parquet, COMPRESSION ${codec})`);
		const p = await parseFile({ name: 'p.parquet', bytes: new Uint8Array(readFileSync(file)) });
		expect(p.format).toBe('parquet');
		expect(p.rows).toEqual([{ region_code: '6201', month: '2024-12-01', segment: 'PU', active: 56601, non_active: 9442 }]);
		expect(p.sourceRows).toEqual([1]);
	});
});

describe('workbooks', () => {
	test('the table on the second sheet, dotted codes typed as numbers, dates as Excel dates, a sheet chosen by the user', async () => {
		const buffer = await writeXlsxFile([
			{ sheet: 'Petunjuk', data: [['Isi lembar Data.']] },
			{
				sheet: 'Data',
				data: [
					['Kode', 'Bulan', 'Segmen', 'Aktif', 'Nonaktif'],
					[62.01, { value: new Date(Date.UTC(2024, 11, 1)), type: Date, format: 'mmm yyyy' }, 'PU', 56601, 9442],
					['Jumlah', null, null, 56601, 9442]
				]
			}
		]).toBuffer();
		const bytes = new Uint8Array(buffer);
		const p = await parseFile({ name: 'b.xlsx', bytes });
		expect(p.sheet).toBe('Data');
		expect(p.rows).toEqual([{ region_code: '6201', month: '2024-12-01', segment: 'PU', active: 56601, non_active: 9442 }]);
		expect(p.findings.map((f) => [f.code, f.sheet, f.row])).toEqual([
			['sheet_skipped', 'Petunjuk', undefined],
			['optional_column_missing', 'Data', undefined],
			['optional_column_missing', 'Data', undefined],
			['total_row_dropped', 'Data', 3]
		]);
		const chosen = await parseFile({ name: 'b.xlsx', bytes }, { sheet: 'Petunjuk' });
		expect(codes(chosen)).toEqual(['no_header']);
	});
});
