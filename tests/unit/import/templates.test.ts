/**
 * Templates (lib/import/templates.ts): every loadable table's blank .csv and .xlsx carry exactly
 * the contract's columns, the instruction sheet describes every column, the Data sheet keeps codes
 * and months as Text, and a template filled with the example row goes through the project's own
 * import (parseFile, then checkParsedFile on native DuckDB over the sample's regions) without an
 * error: the round trip an office makes.
 */
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/universal';
import { beforeAll, describe, expect, test } from 'vitest';
import { requiredColumns } from '$lib/contract/match';
import { TABLES, type TableDef } from '$lib/contract/schema';
import { USER_TABLES } from '$lib/contract/user-tables';
import type { Db } from '$lib/data/connector';
import { checkParsedFile, parseFile, type ImportFinding } from '$lib/import';
import { exampleRow, templateColumns, templateCsv, templateXlsx, TEXT_ROWS } from '$lib/import/templates';
import { nativeReferenceDb, REGIONS } from './helpers';

const NOW = new Date('2026-01-15T12:00:00+07:00');
let db: Db;

beforeAll(async () => {
	({ db } = await nativeReferenceDb());
});

const columnsOf = (table: string) => (TABLES[table as keyof typeof TABLES] as TableDef).columns.map((c) => c.name);
const sheets = (bytes: Uint8Array) => readXlsxFile(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
const codes = (findings: readonly ImportFinding[]) => findings.map((f) => f.code);

describe.each(USER_TABLES)('%s', (table) => {
	test('the CSV: a BOM, `;`, CRLF, and the contract columns as its header', async () => {
		const file = await templateCsv(table);
		expect(file.name).toBe(`cakupan_templat_${table}.csv`);
		expect([...file.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const text = new TextDecoder().decode(file.bytes);
		expect(text.endsWith(';') || text.endsWith('\r\n\r\n')).toBe(false);
		expect(text.endsWith('\r\n')).toBe(true);
		const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
		expect(parsed.meta.delimiter).toBe(';');
		expect(parsed.data).toEqual([columnsOf(table)]);
	});

	test('the .xlsx: a Data sheet with the header, and Petunjuk listing every column with its type, need and example', async () => {
		const file = await templateXlsx(table);
		const [data, guide] = await sheets(file.bytes);
		expect([data!.sheet, guide!.sheet]).toEqual(['Data', 'Petunjuk']);
		expect(data!.data[0]).toEqual(columnsOf(table));
		expect(data!.data.slice(1).flat().every((c) => c === null)).toBe(true);
		const head = guide!.data.findIndex((r) => r[0] === 'Kolom');
		const listed = guide!.data.slice(head + 1, head + 1 + columnsOf(table).length);
		expect(listed.map((r) => r[0])).toEqual(columnsOf(table));
		const required = new Set(requiredColumns(table));
		expect(listed.map((r) => r[3])).toEqual(columnsOf(table).map((c) => (required.has(c) ? 'wajib' : 'opsional')));
		// Every column has a meaning and a type in Indonesian.
		for (const row of listed) expect([typeof row[1], typeof row[2]]).toEqual(['string', 'string']);
		const text = guide!.data.flat().filter((c): c is string => typeof c === 'string').join('\n');
		for (const phrase of ['JUMLAH', '2024-12', 'Desember 2024', 'Des-24', 'Tempel Nilai', 'sebagian sintetis', 'hanya data saya', '20,0 MB']) expect(text).toContain(phrase);
	});

	test('filled with the example row, the CSV passes the import and the validator', async () => {
		const file = await templateCsv(table, [exampleRow(table)]);
		const parsed = await parseFile({ name: file.name, bytes: file.bytes }, { regions: REGIONS });
		expect(parsed.table).toBe(table);
		expect(parsed.rows).toHaveLength(1);
		const findings = await checkParsedFile(db, parsed, { reference: { schema: 'ref' }, now: NOW });
		expect(findings).toEqual([]);
	});

	test('filled with the example row, the .xlsx passes: the instruction sheet is only skipped', async () => {
		const file = await templateXlsx(table, { rows: [exampleRow(table)] });
		const parsed = await parseFile({ name: file.name, bytes: file.bytes }, { regions: REGIONS });
		expect([parsed.table, parsed.sheet, parsed.headerRow]).toEqual([table, 'Data', 1]);
		const findings = await checkParsedFile(db, parsed, { reference: { schema: 'ref' }, now: NOW });
		expect(codes(findings)).toEqual(['sheet_skipped']);
		expect(findings[0]!.sheet).toBe('Petunjuk');
	});

	// The village detail has the regency table's headers minus two: a blank one reads as
	// `participation` until rows with 10-digit codes come (parse.ts tells them apart by the codes).
	const village = table === 'participation_village';
	const blankTable = village ? 'participation' : table;
	const blankFindings = village ? ['optional_column_missing', 'optional_column_missing', 'header_only'] : ['header_only'];
	test(`blank, each template is recognised as ${blankTable} (header only)`, async () => {
		for (const file of [await templateCsv(table), await templateXlsx(table)]) {
			const parsed = await parseFile({ name: file.name, bytes: file.bytes });
			expect(parsed.table).toBe(blankTable);
			expect(codes(parsed.findings).filter((c) => c !== 'sheet_skipped')).toEqual(blankFindings);
		}
	});
});

test('the example rows read back as the contract values: participation', async () => {
	const file = await templateXlsx('participation', { rows: [exampleRow('participation')] });
	const parsed = await parseFile({ name: file.name, bytes: file.bytes });
	expect(parsed.rows).toEqual([
		{ region_code: '6201', month: '2024-12-01', segment: 'PU', active: 1250, non_active: 1250, new_registrations: 1250, contributions_idr: 150_000_000 }
	]);
	const csv = await templateCsv('ucj_targets', [exampleRow('ucj_targets')]);
	expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(csv.bytes)).toBe('\uFEFFprovince_code;year;target_pct\r\n62;2024;52,15\r\n');
	expect((await parseFile({ name: csv.name, bytes: csv.bytes })).rows).toEqual([{ province_code: '62', year: 2024, target_pct: 52.15 }]);
});

test('code, month and other text columns of the Data sheet are formatted as Text down to row TEXT_ROWS + 1', async () => {
	const file = await templateXlsx('participation');
	const files = unzipSync(file.bytes);
	const styles = strFromU8(files['xl/styles.xml']!);
	const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
	const textFormats = [...styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="@"\/>/g)].map((m) => m[1]);
	const xfs = [...styles.slice(styles.indexOf('<cellXfs')).matchAll(/<xf\b[^>]*>/g)].map((m) => m[0]);
	const isText = (style: string | undefined) => style !== undefined && textFormats.some((id) => xfs[Number(style)]!.includes(`numFmtId="${id}"`));
	const styleOf = (ref: string) => new RegExp(`<c r="${ref}"(?: s="(\\d+)")?`).exec(sheet)?.[1];
	const last = TEXT_ROWS + 1;
	// region_code (A), month (B), segment (C) are text; active (D) is left to Excel (General).
	expect([styleOf(`A${last}`), styleOf(`B${last}`), styleOf(`C${last}`)].map(isText)).toEqual([true, true, true]);
	expect(styleOf(`D${last}`)).toBeUndefined();
	expect(styleOf(`A${last + 1}`)).toBeUndefined();
	expect(templateColumns('participation').filter((c) => c.text).map((c) => c.name)).toEqual(['region_code', 'month', 'segment']);
});

test('English instructions when asked, the column meanings from the contract', async () => {
	const file = await templateXlsx('workforce', { locale: 'en' });
	const [data, guide] = await sheets(file.bytes);
	expect([data!.sheet, guide!.sheet]).toEqual(['Data', 'Instructions']);
	const row = guide!.data.find((r) => r[0] === 'eligible')!;
	expect(row[1]).toBe(TABLES.workforce.columns.find((c) => c.name === 'eligible')!.description);
	expect(row[3]).toBe('required');
});

test('the instruction sheet of participation: allowed segments with their Indonesian names, examples, the example row', async () => {
	const [, guide] = await sheets((await templateXlsx('participation')).bytes);
	const row = (name: string) => guide!.data.find((r) => r[0] === name)!;
	expect(row('segment')[4]).toBe('PU = penerima upah, pekerja penerima upah, ppu; BPU = bukan penerima upah, pekerja bukan penerima upah, pbpu; JAKON = jasa konstruksi, konstruksi; PMI = pekerja migran indonesia, pekerja migran');
	expect([row('region_code')[5], row('month')[5], row('active')[5], row('contributions_idr')[5]]).toEqual(['6201', '2024-12', '1.250', '150.000.000']);
	const [, targets] = await sheets((await templateXlsx('ucj_targets')).bytes);
	expect(targets!.data.find((r) => r[0] === 'target_pct')![5]).toBe('52,15');
	expect(row('region_code')[6]).toContain('kode_wilayah');
	expect(row('region_code')[2]).toBe('kode (teks)');
	const text = guide!.data.flat().filter((c): c is string => typeof c === 'string');
	expect(text).toContain('Contoh satu baris (lihat kolom Contoh): region_code;month;segment;active;non_active;new_registrations;contributions_idr / 6201;2024-12;PU;1250;1250;1250;150000000');
});
