import { expect, test } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { columnName, escapeXml, toXlsx } from '$lib/export/xlsx';
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
	{ code: '1101', name: 'PT A&B <Tbk> "Maju" \'Jaya\'', active: null, ucj: 101.25, month: '2019-01' }
];

function unzip(bytes: Uint8Array): Record<string, string> {
	return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([path, data]) => [path, strFromU8(data)]));
}

const files = unzip(toXlsx(COLUMNS, ROWS, { provenance: PROVENANCE }));
const row = (xml: string, r: number) => xml.match(new RegExp(`<row r="${r}">(.*?)</row>`))?.[1];

test('the package holds the parts Excel needs', () => {
	expect(Object.keys(files).sort()).toEqual([
		'[Content_Types].xml',
		'_rels/.rels',
		'xl/_rels/workbook.xml.rels',
		'xl/styles.xml',
		'xl/workbook.xml',
		'xl/worksheets/sheet1.xml',
		'xl/worksheets/sheet2.xml'
	]);
	expect(files['[Content_Types].xml']).toContain(
		'<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
	);
	expect(files['xl/_rels/workbook.xml.rels']).toContain('Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"');
});

test('sheet names: "Data" and "Keterangan" (en: "Notes")', () => {
	expect(files['xl/workbook.xml']).toContain(
		'<sheets><sheet name="Data" sheetId="1" r:id="rId1"/><sheet name="Keterangan" sheetId="2" r:id="rId2"/></sheets>'
	);
	const en = unzip(toXlsx(COLUMNS, ROWS, { provenance: PROVENANCE, locale: 'en' }));
	expect(en['xl/workbook.xml']).toContain('<sheet name="Notes" sheetId="2" r:id="rId2"/>');
});

test('header row: bold inline strings, plus the "Sumber" column', () => {
	expect(row(files['xl/worksheets/sheet1.xml']!, 1)).toBe(
		'<c r="A1" t="inlineStr" s="1"><is><t>Kode</t></is></c>' +
			'<c r="B1" t="inlineStr" s="1"><is><t>Wilayah</t></is></c>' +
			'<c r="C1" t="inlineStr" s="1"><is><t>Peserta aktif</t></is></c>' +
			'<c r="D1" t="inlineStr" s="1"><is><t>UCJ (%)</t></is></c>' +
			'<c r="E1" t="inlineStr" s="1"><is><t>Bulan</t></is></c>' +
			'<c r="F1" t="inlineStr" s="1"><is><t>Sumber</t></is></c>'
	);
});

test('codes and names are inline strings; counts, percents and months are numeric <v> with formats', () => {
	expect(row(files['xl/worksheets/sheet1.xml']!, 2)).toBe(
		'<c r="A2" t="inlineStr"><is><t>6201</t></is></c>' +
			'<c r="B2" t="inlineStr"><is><t>Kotawaringin Barat</t></is></c>' +
			'<c r="C2" s="2"><v>1234567</v></c>' +
			'<c r="D2" s="3"><v>45.6</v></c>' +
			// 2024-12-01 is day 45627 counted from Excel's 1899-12-30
			'<c r="E2" s="4"><v>45627</v></c>' +
			'<c r="F2" t="inlineStr"><is><t>Sampel Cakupan 2025.1 · sha256 3f2a9c0d1b7e · DATA SINTETIS</t></is></c>'
	);
});

test('XML special characters are escaped; a missing value leaves no cell', () => {
	const second = row(files['xl/worksheets/sheet1.xml']!, 3)!;
	expect(second).toContain('<c r="B3" t="inlineStr"><is><t>PT A&amp;B &lt;Tbk&gt; &quot;Maju&quot; &apos;Jaya&apos;</t></is></c>');
	expect(second).not.toContain('r="C3"');
	expect(second).toContain('<c r="D3" s="3"><v>101.25</v></c><c r="E3" s="4"><v>43466</v></c>');
});

test('styles define the number formats the cells point at', () => {
	expect(files['xl/styles.xml']).toContain('<numFmt numFmtId="164" formatCode="#,##0.0#"/><numFmt numFmtId="165" formatCode="mmm yyyy"/>');
	expect(files['xl/styles.xml']).toContain('<cellXfs count="6">');
});

test('"Keterangan" holds the provenance rows as label/value text', () => {
	const notes = files['xl/worksheets/sheet2.xml']!;
	expect(row(notes, 1)).toBe(
		'<c r="A1" t="inlineStr" s="1"><is><t>Status data</t></is></c><c r="B1" t="inlineStr" s="5"><is><t>DATA SINTETIS</t></is></c>'
	);
	expect(row(notes, 5)).toContain(`<t>${'3f2a9c0d1b7e' + '0'.repeat(52)}</t>`);
	expect(notes).toContain('<t>SELECT code, ucj FROM coverage WHERE period = ?::DATE</t>');
	expect(notes).toContain('<t>[&quot;2024-12-01&quot;,&quot;3&quot;]</t>');
});

test('without provenance: one sheet, no source column', () => {
	const plain = unzip(toXlsx(COLUMNS.slice(0, 1), [{ code: '6201' }]));
	expect(plain['xl/worksheets/sheet2.xml']).toBeUndefined();
	expect(plain['xl/workbook.xml']).toContain('<sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets>');
	expect(plain['xl/worksheets/sheet1.xml']).toContain('<sheetData><row r="1"><c r="A1" t="inlineStr" s="1"><is><t>Kode</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>6201</t></is></c></row></sheetData>');
});

test('the same table gives byte-identical files (fixed zip timestamps)', () => {
	expect(toXlsx(COLUMNS, ROWS, { provenance: PROVENANCE })).toEqual(toXlsx(COLUMNS, ROWS, { provenance: PROVENANCE }));
});

test.each([[0, 'A'], [25, 'Z'], [26, 'AA'], [51, 'AZ'], [52, 'BA'], [701, 'ZZ'], [702, 'AAA']])(
	'columnName(%i) = %s',
	(index, name) => expect(columnName(index)).toBe(name)
);

test('escapeXml drops characters XML 1.0 forbids and keeps emoji', () => {
	expect(escapeXml('a\u0001b\u000Bc\td\n😀')).toBe('abc\td\n😀');
});

test('text that Excel would run as a formula is stored as text, read back as written (OWASP CSV injection)', async () => {
	const hostile = ['=HYPERLINK("http://contoh.invalid","klik")', '+62 811', '-1+1', '@SUM(A1:A2)', '\t=1+1'];
	const bytes = toXlsx([{ key: 'name', label: 'Wilayah', kind: 'text' }], hostile.map((name) => ({ name })));
	const sheet = unzip(bytes)['xl/worksheets/sheet1.xml']!;
	// No formula element anywhere; each value an inline string (a cell type Excel never evaluates).
	expect(sheet).not.toMatch(/<f[\s>]/);
	expect(sheet.match(/t="inlineStr"/g)).toHaveLength(hostile.length + 1);
	// Read back by an independent reader: the same text, not a computed value.
	const { default: readXlsxFile } = await import('read-excel-file/node');
	const [data] = await readXlsxFile(Buffer.from(bytes), { trim: false });
	expect(data!.sheet).toBe('Data');
	expect(data!.data.slice(1).map((r) => r[0])).toEqual(hostile);
});
