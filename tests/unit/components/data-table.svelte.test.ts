// @vitest-environment jsdom
// The data table as a reader uses it: 514 generated regencies, one page drawn at a time, search,
// sort, paging and a linked selection that moves without re-creating rows. Expected values are
// computed here from the input rows, never read back from the table's own helpers.
import { afterEach, describe, expect, test, vi } from 'vitest';
import DataTable from '$lib/components/DataTable.svelte';
import type { TableColumn, TableSort } from '$lib/components/table';
import type { TableRow } from '$lib/export/columns';
import type { Provenance } from '$lib/export/provenance';
import { click, flushSync, mount, target, unmount } from './client-svelte';


const PROVENANCE: Provenance = {
	datasetName: 'Sampel Cakupan',
	datasetVersion: '2025.1',
	checksum: 'ab'.repeat(32),
	synthetic: true,
	filters: [],
	query: { sql: 'SELECT 1', params: [] },
	url: '/kantor/'
};

const COLUMNS: TableColumn[] = [
	{ key: 'name', label: 'Kabupaten/kota', kind: 'text' },
	{ key: 'code', label: 'Kode', kind: 'code' },
	{ key: 'active', label: 'Peserta aktif', kind: 'count' },
	{ key: 'ucj', label: 'UCJ', kind: 'percent' },
	{ key: 'trend', label: 'Tren', kind: 'sparkline' }
];

// A deterministic spread of values (a linear congruential generator), so sorts have work to do.
function* numbers(seed: number) {
	let state = seed;
	for (;;) {
		state = (state * 1103515245 + 12345) % 2147483648;
		yield state / 2147483648;
	}
}

/** 514 rows, one in seven a "Kota", a few spelled to test case and accents. */
function regencies(seed = 7): TableRow[] {
	const random = numbers(seed);
	const next = () => random.next().value as number;
	return Array.from({ length: 514 }, (_, i) => {
		const name =
			i === 5 ? 'KOTAMOBAGU' : i === 9 ? 'Pulau Kotá' : i % 7 === 0 ? `Kota Wilayah ${i}` : `Kabupaten Wilayah ${i}`;
		return {
			code: String(1101 + i),
			name,
			active: Math.round(next() * 900_000) + 1_000,
			ucj: i % 50 === 3 ? null : Math.round(next() * 1000) / 10,
			trend: [next(), next(), i % 11 === 0 ? null : next(), next()]
		};
	});
}

const ROWS = regencies();
const codesOf = (rows: readonly TableRow[]) => rows.map((r) => r.code);

let mounted: ReturnType<typeof mount> | undefined;
afterEach(() => {
	if (mounted) unmount(mounted);
	mounted = undefined;
	document.body.innerHTML = '';
});

type Props = {
	caption: string;
	columns: TableColumn[];
	rows: TableRow[];
	provenance: Provenance;
	searchable?: { key: string; label: string };
	pageSize?: number;
	rowKey?: string;
	selected?: string | null;
	onselect?: (key: string | null) => void;
	sort?: TableSort | null;
	onsort?: (sort: TableSort) => void;
};

const PROP_NAMES = ['caption', 'columns', 'rows', 'provenance', 'searchable', 'pageSize', 'rowKey', 'selected', 'onselect', 'sort', 'onsort'] as const;

/**
 * Props a test can reassign, one raw state each, as a parent passes them: rows arrive as plain
 * arrays (a view's query result), not deep proxies, which would make every row read reactive.
 */
function reactiveProps(initial: Props): Props {
	const props = {} as Props;
	for (const name of PROP_NAMES) {
		let value = $state.raw(initial[name]);
		Object.defineProperty(props, name, { enumerable: true, get: () => value, set: (next) => (value = next) });
	}
	return props;
}

/** Mounts the table with reactive props: assigning to the returned object updates it. */
function table(extra: Partial<Props> = {}) {
	const props = reactiveProps({ caption: 'Peringkat kabupaten/kota', columns: COLUMNS, rows: ROWS, provenance: PROVENANCE, ...extra });
	const element = target();
	mounted = mount(DataTable, { target: element, props });
	flushSync();
	const bodyRows = () => [...element.querySelectorAll<HTMLTableRowElement>('tbody tr')];
	const shownCodes = () => bodyRows().map((tr) => tr.cells[1]!.textContent!.trim());
	const button = (text: string) =>
		[...element.querySelectorAll('button')].find((b) => b.textContent!.trim().startsWith(text));
	return { props, element, bodyRows, shownCodes, button };
}

function type(input: HTMLInputElement, text: string) {
	input.value = text;
	input.dispatchEvent(new Event('input', { bubbles: true }));
	flushSync();
}

function choose(select: HTMLSelectElement, value: string) {
	select.value = value;
	select.dispatchEvent(new Event('change', { bubbles: true }));
	flushSync();
}

describe('paging', () => {
	test('514 rows at 50 per page draw 50 rows: the first 50 of the input', () => {
		const { bodyRows, shownCodes, element } = table({ pageSize: 50 });
		expect(bodyRows()).toHaveLength(50);
		expect(shownCodes()).toEqual(codesOf(ROWS.slice(0, 50)));
		expect(element.querySelector('.data-table__page')!.textContent!.trim()).toBe('Halaman 1 dari 11');
	});

	test('Next shows rows 51–100; Previous is disabled on the first page and back works', () => {
		const { shownCodes, button, element } = table({ pageSize: 50 });
		expect(button('Sebelumnya')!.disabled).toBe(true);
		click(button('Berikutnya'));
		expect(shownCodes()).toEqual(codesOf(ROWS.slice(50, 100)));
		expect(element.querySelector('.data-table__page')!.textContent!.trim()).toBe('Halaman 2 dari 11');
		click(button('Sebelumnya'));
		expect(shownCodes()).toEqual(codesOf(ROWS.slice(0, 50)));
	});

	test('the last page holds the remainder and Next is disabled there', () => {
		const { shownCodes, button } = table({ pageSize: 50 });
		for (let i = 0; i < 10; i++) click(button('Berikutnya'));
		expect(shownCodes()).toEqual(codesOf(ROWS.slice(500)));
		expect(button('Berikutnya')!.disabled).toBe(true);
	});

	test('the page-size select is labelled and offers 25, 50, 100 and all', () => {
		const { element, bodyRows } = table({ pageSize: 50 });
		const select = element.querySelector('select')!;
		expect(element.querySelector(`label[for="${select.id}"]`)!.textContent).toBe('Baris per halaman');
		expect([...select.options].map((o) => o.textContent)).toEqual(['25', '50', '100', 'Semua']);
		expect(select.selectedOptions[0]!.textContent).toBe('50');
		choose(select, '100');
		expect(bodyRows()).toHaveLength(100);
		choose(select, '0');
		expect(bodyRows()).toHaveLength(514);
	});
});

describe('search', () => {
	// Independent of searchText: NFD and the Unicode mark class instead of NFKD and a range.
	const plain = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('id');
	const kota = ROWS.filter((r) => plain(String(r.name)).includes('kota'));

	test('"kota" lists exactly the rows whose name holds it, case and accents ignored, and says how many', () => {
		const { element, shownCodes } = table({ pageSize: 50, searchable: { key: 'name', label: 'Cari kabupaten/kota' } });
		const input = element.querySelector<HTMLInputElement>('input[type="search"]')!;
		expect(element.querySelector(`label[for="${input.id}"]`)!.textContent).toBe('Cari kabupaten/kota');
		type(input, 'KOTA');
		expect(kota.length).toBeGreaterThan(50); // so paging matters
		expect(kota.map((r) => r.name)).toContain('KOTAMOBAGU');
		expect(kota.map((r) => r.name)).toContain('Pulau Kotá');
		const status = element.querySelector('[role="status"]')!;
		expect(status.textContent!.trim()).toBe(`${kota.length} dari 514 baris`);
		expect(shownCodes()).toEqual(codesOf(kota.slice(0, 50)));
		expect(kota.length).toBeLessThanOrEqual(100);
		choose(element.querySelector('select')!, '100');
		expect(shownCodes()).toEqual(codesOf(kota));
	});

	test('a search goes back to page 1; clearing it lists every row again', () => {
		const { element, shownCodes, button } = table({ pageSize: 50, searchable: { key: 'name', label: 'Cari' } });
		click(button('Berikutnya'));
		click(button('Berikutnya'));
		const input = element.querySelector<HTMLInputElement>('input[type="search"]')!;
		type(input, 'wilayah 1');
		const expected = ROWS.filter((r) => String(r.name).toLowerCase().includes('wilayah 1'));
		expect(shownCodes()).toEqual(codesOf(expected.slice(0, 50)));
		type(input, '');
		expect(shownCodes()).toEqual(codesOf(ROWS.slice(0, 50)));
		expect(element.querySelector('[role="status"]')!.textContent!.trim()).toBe('514 baris');
	});

	test('a search that matches nothing says so', () => {
		const { element, bodyRows } = table({ pageSize: 50, searchable: { key: 'name', label: 'Cari' } });
		type(element.querySelector<HTMLInputElement>('input[type="search"]')!, 'zzz');
		expect(bodyRows().map((tr) => tr.textContent!.trim())).toEqual(['Tidak ada data.']);
		expect(element.querySelector('[role="status"]')!.textContent!.trim()).toBe('0 dari 514 baris');
	});
});

describe('sort', () => {
	const byActive = [...ROWS].sort((a, b) => (b.active as number) - (a.active as number));

	test('a numeric header sorts every row highest first, then lowest first, across pages', () => {
		const { element, shownCodes, button } = table({ pageSize: 50 });
		click(button('Peserta aktif'));
		expect(shownCodes()[0]).toBe(byActive[0]!.code);
		expect(shownCodes()).toEqual(codesOf(byActive.slice(0, 50)));
		const header = [...element.querySelectorAll('thead th')].find((th) => th.textContent!.includes('Peserta aktif'))!;
		expect(header.getAttribute('aria-sort')).toBe('descending');
		click(button('Peserta aktif'));
		expect(shownCodes()[0]).toBe(byActive.at(-1)!.code);
		expect(header.getAttribute('aria-sort')).toBe('ascending');
	});

	test('a percent header puts the highest UCJ first, skipping the missing ones', () => {
		const { shownCodes, button } = table({ pageSize: 25 });
		click(button('UCJ'));
		const maxUcj = Math.max(...ROWS.filter((r) => r.ucj != null).map((r) => r.ucj as number));
		expect(ROWS.find((r) => r.code === shownCodes()[0])!.ucj).toBe(maxUcj);
	});

	test('an owned sort: a header click only asks the view, the prop decides the order', () => {
		const onsort = vi.fn();
		const { props, shownCodes, button } = table({ pageSize: 50, sort: null, onsort });
		click(button('Peserta aktif'));
		expect(onsort).toHaveBeenCalledWith({ key: 'active', direction: 'descending' });
		expect(shownCodes()).toEqual(codesOf(ROWS.slice(0, 50)));
		props.sort = { key: 'active', direction: 'ascending' };
		flushSync();
		expect(shownCodes()[0]).toBe(byActive.at(-1)!.code);
		click(button('Peserta aktif'));
		expect(onsort).toHaveBeenLastCalledWith({ key: 'active', direction: 'descending' });
	});
});

describe('selection', () => {
	test('the first-cell button selects its row: onselect gets the key; pressing it again deselects', () => {
		const onselect = vi.fn();
		const { bodyRows, props } = table({ pageSize: 50, rowKey: 'code', onselect });
		const third = bodyRows()[2]!;
		const button = third.querySelector('th[scope="row"] button')!;
		expect(button.textContent!.trim()).toBe(ROWS[2]!.name);
		expect(button.getAttribute('aria-pressed')).toBe('false');
		click(button);
		expect(onselect).toHaveBeenCalledWith(ROWS[2]!.code);
		props.selected = ROWS[2]!.code as string;
		flushSync();
		click(button);
		expect(onselect).toHaveBeenLastCalledWith(null);
	});

	test('a selection change moves the highlight without re-creating any row', () => {
		const { bodyRows, props } = table({ pageSize: 50, rowKey: 'code', onselect: () => {} });
		const before = bodyRows();
		const selectedRows = () => bodyRows().filter((tr) => tr.getAttribute('aria-selected') === 'true');
		expect(selectedRows()).toEqual([]);

		props.selected = ROWS[3]!.code as string;
		flushSync();
		expect(bodyRows()).toEqual(before); // the very same nodes, in order
		expect(selectedRows()).toEqual([before[3]]);
		expect(before[3]!.classList.contains('selected')).toBe(true);
		expect(before[3]!.querySelector('button')!.getAttribute('aria-pressed')).toBe('true');

		props.selected = ROWS[40]!.code as string;
		flushSync();
		expect(bodyRows()).toEqual(before);
		expect(selectedRows()).toEqual([before[40]]);
		expect(before[3]!.classList.contains('selected')).toBe(false);
		expect(before[3]!.querySelector('button')!.getAttribute('aria-pressed')).toBe('false');
	});

	test('new rows for the same keys (a month change) reuse the row nodes and show the new values', () => {
		const { bodyRows, props, element } = table({ pageSize: 50, rowKey: 'code' });
		const before = bodyRows();
		props.rows = ROWS.map((r) => ({ ...r, active: (r.active as number) + 1 }));
		flushSync();
		expect(bodyRows()).toEqual(before);
		const activeCell = before[0]!.cells[2]!.textContent!.trim();
		expect(activeCell).toBe(((ROWS[0]!.active as number) + 1).toLocaleString('id-ID'));
		expect(element.querySelectorAll('tbody tr')).toHaveLength(50);
	});

	test('rows are keyed: after a sort each row keeps its node, moved to its new place', () => {
		const rows = ROWS.slice(0, 6);
		const { bodyRows, button } = table({ rows, rowKey: 'code' });
		const nodeOf = new Map(bodyRows().map((tr) => [tr.cells[1]!.textContent, tr]));
		click(button('Peserta aktif'));
		const expected = [...rows].sort((a, b) => (b.active as number) - (a.active as number));
		expect(bodyRows().map((tr) => tr.cells[1]!.textContent)).toEqual(codesOf(expected));
		expect(bodyRows()).toEqual(expected.map((r) => nodeOf.get(r.code as string)));
	});

	test('a selection made elsewhere brings its page into view', () => {
		const { shownCodes, props, element } = table({ pageSize: 50, rowKey: 'code', selected: null, onselect: () => {} });
		props.selected = ROWS[300]!.code as string; // row 301 is on page 7 (301..350)
		flushSync();
		expect(shownCodes()).toEqual(codesOf(ROWS.slice(300, 350)));
		expect(element.querySelector('.data-table__page')!.textContent!.trim()).toBe('Halaman 7 dari 11');
		props.selected = null; // a deselection leaves the page alone
		flushSync();
		expect(shownCodes()).toEqual(codesOf(ROWS.slice(300, 350)));
	});

	test('a search lands on the page holding the selected row', () => {
		const { element, shownCodes } = table({
			pageSize: 25,
			rowKey: 'code',
			selected: ROWS[200]!.code as string,
			onselect: () => {},
			searchable: { key: 'name', label: 'Cari' }
		});
		type(element.querySelector<HTMLInputElement>('input[type="search"]')!, 'wilayah');
		const matches = ROWS.filter((r) => String(r.name).toLowerCase().includes('wilayah'));
		const at = matches.findIndex((r) => r.code === ROWS[200]!.code);
		const start = Math.floor(at / 25) * 25;
		expect(shownCodes()).toEqual(codesOf(matches.slice(start, start + 25)));
		expect(element.querySelector<HTMLTableRowElement>('tr[aria-selected="true"]')!.cells[1]!.textContent).toBe(ROWS[200]!.code);
	});

	test('no nested interactive elements: a row header holds one button, other cells none', () => {
		const { bodyRows } = table({ pageSize: 25, rowKey: 'code', onselect: () => {} });
		for (const tr of bodyRows()) {
			expect(tr.querySelectorAll('th button')).toHaveLength(1);
			expect(tr.querySelectorAll('td button, td a, td input, button button')).toHaveLength(0);
		}
	});
});

test('a sparkline column: an aria-hidden line per row, no sort button, its values drawn', () => {
	const { bodyRows, element } = table({ pageSize: 25 });
	const header = [...element.querySelectorAll('thead th')].find((th) => th.textContent!.trim() === 'Tren')!;
	expect(header.querySelector('button')).toBeNull();
	for (const tr of bodyRows()) {
		const svg = tr.querySelector('svg')!;
		expect(svg.getAttribute('aria-hidden')).toBe('true');
	}
	// Row 0 (index 0: 0 % 11 === 0) has a gap in its third value: two runs in the path.
	expect(bodyRows()[0]!.querySelector('path')!.getAttribute('d')!.match(/M/g)).toHaveLength(2);
	expect(bodyRows()[1]!.querySelector('path')!.getAttribute('d')!.match(/M/g)).toHaveLength(1);
});

test('without the new props the table is as before: every row, no search, no paging, no select buttons', () => {
	const rows = ROWS.slice(0, 3);
	const columns = COLUMNS.slice(0, 4);
	const { element, bodyRows, shownCodes } = table({ rows, columns });
	expect(bodyRows()).toHaveLength(3);
	expect(shownCodes()).toEqual(codesOf(rows));
	expect(element.querySelector('input, select, [role="status"], tbody button, [aria-selected]')).toBeNull();
	expect(bodyRows()[0]!.querySelector('th[scope="row"]')!.textContent!.trim()).toBe(rows[0]!.name);
});
