// @vitest-environment jsdom
// axe-core over the long table (search, paging, selection, sparklines) and the comparison, as
// mounted in jsdom: labelled controls, no nested interactive elements, valid ARIA. Colour contrast
// needs layout, which jsdom has not: the views' Playwright axe runs cover it once the page uses them.
import axe from 'axe-core';
import { afterEach, expect, test, vi } from 'vitest';
import Comparison from '$lib/components/Comparison.svelte';
import DataTable from '$lib/components/DataTable.svelte';
import type { TableColumn } from '$lib/components/table';
import type { Provenance } from '$lib/export/provenance';
import { flushSync, mount, target, unmount } from './client-svelte';


const PROVENANCE: Provenance = {
	datasetName: 'Sampel Cakupan',
	datasetVersion: '2025.1',
	checksum: 'cd'.repeat(32),
	synthetic: true,
	filters: [],
	query: { sql: 'SELECT 1', params: [] },
	url: '/kantor/'
};

let mounted: ReturnType<typeof mount> | undefined;
afterEach(() => {
	if (mounted) unmount(mounted);
	mounted = undefined;
	document.body.innerHTML = '';
});

async function violations(element: HTMLElement): Promise<string[]> {
	// A component is not a page: the "content in landmarks" rule belongs to the views' own axe runs.
	const result = await axe.run(element, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } });
	return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('the long table with every option on has no axe violations', async () => {
	const columns: TableColumn[] = [
		{ key: 'name', label: 'Kabupaten/kota', kind: 'text' },
		{ key: 'active', label: 'Peserta aktif', kind: 'count' },
		{ key: 'trend', label: 'Tren', kind: 'sparkline' }
	];
	const rows = Array.from({ length: 60 }, (_, i) => ({ code: String(6401 + i), name: `Wilayah ${i}`, active: i * 10, trend: [i, i + 1, null, i] }));
	const element = target();
	mounted = mount(DataTable, {
		target: element,
		props: {
			caption: 'Peringkat',
			columns,
			rows,
			provenance: PROVENANCE,
			searchable: { key: 'name', label: 'Cari kabupaten/kota' },
			pageSize: 25,
			rowKey: 'code',
			selected: '6403',
			onselect: () => {}
		}
	});
	flushSync();
	expect(element.querySelectorAll('tbody tr')).toHaveLength(25);
	expect(await violations(element)).toEqual([]);
});

test('the comparison with remove buttons and best marks has no axe violations', async () => {
	const element = target();
	mounted = mount(Comparison, {
		target: element,
		props: {
			caption: 'Perbandingan',
			entities: [
				{ key: 'a', name: 'Kandidat A' },
				{ key: 'b', name: 'Kandidat B' }
			],
			metrics: [{ id: 'ucj', label: 'UCJ', kind: 'percent', better: 'higher' }],
			values: (key: string) => (key === 'a' ? 40 : 50),
			provenance: PROVENANCE,
			onremove: () => {}
		}
	});
	flushSync();
	expect(element.querySelector('td.best')).not.toBeNull();
	expect(await violations(element)).toEqual([]);
});
