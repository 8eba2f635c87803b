// @vitest-environment jsdom
/**
 * The villages panel in a DOM: the download's progress bar and its words, then the table,
 * totals, search and data-quality note; a failed download's error and retry; a province
 * without village data. The engine is faked: the test decides when the download moves.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { flushSync, mount, unmount } from 'svelte';
import { afterEach, expect, test } from 'vitest';
import type { Manifest } from '$lib/contract/manifest';
import type { Db, Sql } from '$lib/data/connector';
import type { AttachDetail, AttachDetailOptions } from '$lib/data/detail';
import { DataError } from '$lib/data/errors';
import type { VillageExcessRow, VillageRow } from '$lib/queries/villages';
import Harness from './VillagesHarness.svelte';


const MANIFEST = JSON.parse(readFileSync(join(import.meta.dirname, '../../../../data/sample/dataset.json'), 'utf8')) as Manifest;

// Two villages of the hand-made fixture, December 2024 (tests/fixtures/kalimantan.ts).
const ROWS: VillageRow[] = [
	{ code: '6201032003', name: 'Sakabulin', kind: 'desa', district_code: '620103', district_name: 'Kotawaringin Lama',
		active_pu: 320, active_bpu: 520, active_jakon: 40, active_pmi: 10, active_ucj: 880,
		officials_covered: 14, vulnerable_covered: 60, apbdes_people: 60, apbdes_idr: 12_096_000 },
	{ code: '6201062008', name: 'Arga Mulya', kind: 'kelurahan', district_code: '620106', district_name: 'Pangkalan Banteng',
		active_pu: 1_450, active_bpu: 350, active_jakon: 20, active_pmi: null, active_ucj: 1_820,
		officials_covered: 10, vulnerable_covered: 0, apbdes_people: 0, apbdes_idr: 0 }
];
const EXCESS: VillageExcessRow[] = [{ region_code: '6201', month: '2024-12', segment: 'PU', villages_active: 1_770, regency_active: 1_700 }];

const db: Db = {
	async query<T>(q: Sql) {
		return (q.text.includes('quality_village_excess') ? EXCESS : ROWS) as unknown as T[];
	}
};

/** An attachDetail the test drives: `progress()` reports, `succeed()` / `fail()` end the current attempt. */
function controlledAttach() {
	const calls: string[] = [];
	let current: { options?: AttachDetailOptions; resolve: () => void; reject: (e: unknown) => void } | null = null;
	const attach: AttachDetail = (province, options) => {
		calls.push(province);
		return new Promise<void>((resolve, reject) => (current = { options, resolve, reject }));
	};
	return {
		attach,
		calls,
		progress: (loaded: number, total: number) => current!.options?.onProgress?.(loaded, total),
		succeed: () => current!.resolve(),
		fail: (error: unknown) => current!.reject(error)
	};
}

let app: ReturnType<typeof mount> | null = null;
afterEach(() => {
	if (app) unmount(app);
	app = null;
	document.body.innerHTML = '';
});

function render(attach: AttachDetail, locale: 'id' | 'en' = 'id') {
	app = mount(Harness, {
		target: document.body,
		props: { manifest: MANIFEST, db, attachDetail: attach, regency: '6201', regencyName: 'Kabupaten Kotawaringin Barat', provinceName: 'Kalimantan Tengah', month: '2024-12', locale }
	});
	flushSync();
	return document.querySelector<HTMLElement>('[data-panel="villages"]')!;
}

/** Let pending promise callbacks run, then apply Svelte's updates. */
async function settle() {
	for (let i = 0; i < 5; i++) await Promise.resolve();
	await new Promise((r) => setTimeout(r, 0));
	flushSync();
}

const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim();

test('progress while the province file downloads, then the table with totals, search and the data-quality note', async () => {
	const engine = controlledAttach();
	const panel = render(engine.attach);
	expect(engine.calls).toEqual(['62']);
	expect(panel.dataset.state).toBe('loading');
	expect(text(panel.querySelector('h2'))).toBe('Desa dan kelurahan di Kabupaten Kotawaringin Barat, Desember 2024');

	engine.progress(1_200_000, 3_400_000);
	flushSync();
	const bar = panel.querySelector('progress')!;
	expect([bar.value, bar.max]).toEqual([1_200_000, 3_400_000]);
	const label = document.getElementById(bar.getAttribute('aria-labelledby')!)!;
	expect(text(label)).toBe('Mengunduh data desa Provinsi Kalimantan Tengah: 1,2 MB dari 3,4 MB');

	engine.progress(3_400_000, 3_400_000);
	engine.succeed();
	await settle();
	expect(panel.dataset.state).toBe('ready');
	expect(panel.querySelector('progress')).toBeNull();

	const bodyRows = () => [...panel.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => text(c)));
	expect(bodyRows()).toEqual([
		['Kotawaringin Lama', 'Sakabulin', '6201032003', 'Desa', '320', '520', '40', '10', '14', '60', '60', 'Rp12,1 juta'],
		['Pangkalan Banteng', 'Arga Mulya', '6201062008', 'Kelurahan', '1.450', '350', '20', '–', '10', '0', '0', 'Rp0']
	]);
	// Totals: PU 320 + 1,450 = 1,770; PMI 10 (Arga Mulya has none); officials 14 + 10 = 24.
	const totals = Object.fromEntries([...panel.querySelectorAll('dl > div')].map((d) => [text(d.querySelector('dt')), text(d.querySelector('dd'))]));
	expect(totals).toMatchObject({ PU: '1.770', PMI: '10', 'Perangkat desa dan RT/RW terlindungi': '24', 'Iuran dari APBDes': 'Rp12,1 juta' });
	expect(text(panel.querySelector('.villages__notes'))).toBe(
		'Catatan kualitas data: jumlah peserta aktif Penerima Upah (PU) di desa-desanya (1.770) melebihi angka Kabupaten Kotawaringin Barat (1.700) pada Desember 2024.'
	);

	const input = panel.querySelector<HTMLInputElement>('input[type="search"]')!;
	expect(text(panel.querySelector(`label[for="${input.id}"]`))).toBe('Cari desa, kelurahan atau kecamatan');
	input.value = 'banteng';
	input.dispatchEvent(new Event('input', { bubbles: true }));
	flushSync();
	expect(bodyRows().map((r) => r[1])).toEqual(['Arga Mulya']);
	expect(text(panel.querySelector('.data-table__count'))).toBe('1 dari 2 baris');
	input.value = '620103'; // a district's code finds its villages too
	input.dispatchEvent(new Event('input', { bubbles: true }));
	flushSync();
	expect(bodyRows().map((r) => r[1])).toEqual(['Sakabulin']);
});

test('a failed download shows an error inside the panel; retry starts a new attempt that can succeed', async () => {
	const engine = controlledAttach();
	const panel = render(engine.attach, 'en');
	engine.fail(new DataError('network', 'download of x-villages-62.duckdb broke off after 10 bytes'));
	await settle();
	expect(panel.dataset.state).toBe('error');
	expect(text(panel.querySelector('[role="alert"]'))).toBe('The village data could not be loaded. The rest of this page still works.');
	const retry = [...panel.querySelectorAll('button')].find((b) => text(b) === 'Try again')!;
	retry.click();
	flushSync();
	expect(engine.calls).toEqual(['62', '62']);
	expect(panel.dataset.state).toBe('loading');
	engine.succeed();
	await settle();
	expect(panel.dataset.state).toBe('ready');
	expect(panel.querySelectorAll('tbody tr')).toHaveLength(2);
});

test('a province without a village file says so, without a retry', async () => {
	const attach: AttachDetail = () => Promise.reject(new RangeError('no village detail for province 62'));
	const panel = render(attach);
	await settle();
	expect(panel.dataset.state).toBe('unavailable');
	expect(text(panel.querySelector('p'))).toBe('Data tingkat desa tidak tersedia untuk provinsi ini.');
	expect(panel.querySelector('button')).toBeNull();
});
