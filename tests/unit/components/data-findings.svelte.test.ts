// @vitest-environment jsdom
// The data page's findings table with the findings the import really gives for broken examples
// (data/examples/README.md says where each is): errors before warnings and notices, the row as
// the spreadsheet numbers it, the column with the file's own header, the message in the page's
// language; and no axe violation.
import axe from 'axe-core';
import { afterEach, expect, test } from 'vitest';
import { parseFile, type ImportFinding } from '$lib/import';
import { translator } from '$lib/i18n';
import FindingsList from '../../../src/routes/data/_data/FindingsList.svelte';
import { example, REGIONS } from '../import/helpers';
import { mount, target, unmount } from './client-svelte';

let mounted: ReturnType<typeof mount> | undefined;
afterEach(() => {
	if (mounted) unmount(mounted);
	mounted = undefined;
	document.body.innerHTML = '';
});

function show(findings: readonly ImportFinding[], locale: 'id' | 'en'): HTMLTableElement {
	const element = target();
	mounted = mount(FindingsList, { target: element, props: { t: translator(locale), locale, findings, caption: 'Temuan' } });
	return element.querySelector('table')!;
}

const cells = (table: HTMLTableElement) => [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim()));

test('a wrong type at row 7: the error, where it is and what to do, in Indonesian and English', async () => {
	const parsed = await parseFile(example('rusak-tipe-salah.csv'), { regions: REGIONS });
	const error = parsed.findings.find((f) => f.code === 'not_a_number')!;
	expect(error.row).toBe(7);
	// A notice first in the input: the table still lists the error first.
	const notice: ImportFinding = { severity: 'notice', code: 'title_rows_skipped', file: parsed.file, row: 1, message: { id: 'catatan', en: 'note' } };
	let table = show([notice, ...parsed.findings], 'id');
	expect(cells(table)[0]).toEqual(['Galat', 'kolom active · baris 7', error.message.id]);
	expect(cells(table).at(-1)).toEqual(['Catatan', 'baris 1', 'catatan']);
	expect(table.querySelector('tbody tr')!.getAttribute('data-code')).toBe('not_a_number');
	unmount(mounted!);
	mounted = undefined;
	table = show(parsed.findings, 'en');
	expect(cells(table)[0]).toEqual(['Error', 'column active · row 7', error.message.en]);
	expect(error.message.en).not.toBe(error.message.id);
	const result = await axe.run(table, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } });
	expect(result.violations.map((v) => v.id)).toEqual([]);
});

test('an Indonesian header is shown beside the contract column, and a count of rows sharing the problem', async () => {
	const parsed = await parseFile(example('rusak-kode-ilmiah.csv'), { regions: REGIONS });
	const scientific = parsed.findings.filter((f) => f.code === 'scientific_code');
	// data/examples/README.md: 5 listed, 48 counted.
	expect(scientific).toHaveLength(5);
	const table = show(scientific, 'id');
	const where = cells(table).map((r) => r[1]);
	expect(where[0]).toMatch(/^kolom region_code( \(judul "[^"]+"\))? · baris \d+( · 48 baris seperti ini)?$/);
	expect(where.every((w) => w?.startsWith('kolom region_code'))).toBe(true);
});
