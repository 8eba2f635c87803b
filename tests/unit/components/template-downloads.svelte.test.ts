// @vitest-environment jsdom
// The template list as a reader meets it: one entry per loadable table, two buttons each whose
// accessible names say the format and the table, a click that saves the generated file under its
// name and announces it, in Indonesian and English.
import { afterEach, expect, test, vi } from 'vitest';
import TemplateDownloads from '$lib/components/TemplateDownloads.svelte';
import { USER_TABLES } from '$lib/contract/user-tables';
import { flushSync, mount, target, unmount } from './client-svelte';

const saved = vi.hoisted(() => [] as { blob: Blob; name: string }[]);
vi.mock('$lib/export/download', () => ({ downloadBlob: (blob: Blob, name: string) => saved.push({ blob, name }) }));

let mounted: ReturnType<typeof mount> | undefined;
afterEach(() => {
	if (mounted) unmount(mounted);
	mounted = undefined;
	saved.length = 0;
	document.body.innerHTML = '';
});

function list(props: { locale?: 'id' | 'en' } = {}) {
	const element = target();
	mounted = mount(TemplateDownloads, { target: element, props });
	flushSync();
	return element;
}

test('every loadable table, in contract order, with an .xlsx and a .csv button named by format and table', () => {
	const element = list();
	expect(element.querySelector('h2')!.textContent).toBe('Templat berkas');
	const items = [...element.querySelectorAll<HTMLLIElement>('li[data-table]')];
	expect(items.map((li) => li.dataset.table)).toEqual([...USER_TABLES]);
	const participation = items.find((li) => li.dataset.table === 'participation')!;
	const buttons = [...participation.querySelectorAll('button')];
	expect(buttons.map((b) => [b.textContent, b.getAttribute('aria-label')])).toEqual([
		['.xlsx', 'Unduh templat .xlsx (Excel) tabel participation'],
		['.csv', 'Unduh templat .csv (CSV) tabel participation']
	]);
	expect(participation.textContent).toContain('7 kolom: region_code, month, segment, active, non_active, new_registrations, contributions_idr');
});

test('a click generates the CSV, saves it under its name and says so', async () => {
	const element = list();
	const button = element.querySelector<HTMLButtonElement>('li[data-table="workforce"] button[data-format="csv"]')!;
	button.click();
	flushSync();
	expect(element.querySelector('[role="status"]')!.textContent).toBe('Menyiapkan templat workforce…');
	await vi.waitFor(() => expect(saved).toHaveLength(1));
	expect(saved[0]!.name).toBe('cakupan_templat_workforce.csv');
	const bytes = new Uint8Array(await saved[0]!.blob.arrayBuffer());
	expect(new TextDecoder().decode(bytes)).toBe('region_code;year;working_population;formal;informal;eligible\r\n');
	flushSync();
	expect(element.querySelector('[role="status"]')!.textContent).toBe('Templat cakupan_templat_workforce.csv telah diunduh.');
	expect(button.disabled).toBe(false);
});

test('a click on .xlsx saves a workbook (a zip) under the table\'s name', async () => {
	const element = list();
	element.querySelector<HTMLButtonElement>('li[data-table="ucj_targets"] button[data-format="xlsx"]')!.click();
	await vi.waitFor(() => expect(saved).toHaveLength(1), { timeout: 10_000 });
	expect(saved[0]!.name).toBe('cakupan_templat_ucj_targets.xlsx');
	expect(saved[0]!.blob.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
	const bytes = new Uint8Array(await saved[0]!.blob.arrayBuffer());
	expect([...bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
});

test('in English', () => {
	const element = list({ locale: 'en' });
	expect(element.querySelector('h2')!.textContent).toBe('File templates');
	const button = element.querySelector('li[data-table="employers"] button[data-format="xlsx"]')!;
	expect(button.getAttribute('aria-label')).toBe('Download the .xlsx (Excel) template of table employers');
});

test('axe finds nothing in the list (contrast and landmarks are the page runs\')', async () => {
	const { default: axe } = await import('axe-core');
	const element = list();
	const result = await axe.run(element, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } });
	expect(result.violations.map((v) => v.id)).toEqual([]);
});
