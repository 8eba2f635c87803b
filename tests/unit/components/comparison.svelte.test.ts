// @vitest-environment jsdom
// The comparison table as a reader meets it: structure, best marks not by colour alone, the
// pair's difference, refusal beyond six, the remove buttons.
import { afterEach, expect, test, vi } from 'vitest';
import Comparison from '$lib/components/Comparison.svelte';
import type { ComparedEntity, ComparedMetric } from '$lib/components/comparison';
import { click, flushSync, mount, target, unmount } from './client-svelte';


const METRICS: ComparedMetric[] = [
	{ id: 'active', label: 'Peserta aktif', kind: 'count', better: 'higher' },
	{ id: 'ucj', label: 'UCJ', kind: 'percent', better: 'higher' },
	{ id: 'change', label: 'Perubahan cakupan', kind: 'points', better: 'lower' },
	{ id: 'gap', label: 'Selisih ke target', kind: 'count', better: null }
];
const VALUES: Record<string, Record<string, number | null>> = {
	'7371': { active: 412345, ucj: 45.6, change: -1.2, gap: 1000 },
	'7171': { active: 398765, ucj: 52.3, change: 0.8, gap: null }
};
const PAIR: ComparedEntity[] = [
	{ key: '7371', name: 'Kota Makassar' },
	{ key: '7171', name: 'Kota Manado' }
];

let mounted: ReturnType<typeof mount> | undefined;
afterEach(() => {
	if (mounted) unmount(mounted);
	mounted = undefined;
	document.body.innerHTML = '';
});

function comparison(entities: ComparedEntity[], extra: { locale?: 'id' | 'en'; onremove?: (key: string) => void } = {}) {
	const element = target();
	mounted = mount(Comparison, {
		target: element,
		props: { caption: 'Perbandingan', entities, metrics: METRICS, values: (k: string, m: string) => VALUES[k]?.[m] ?? null, ...extra }
	});
	flushSync();
	const cells = (metric: string) =>
		[...element.querySelectorAll<HTMLTableCellElement>(`tr[data-metric="${metric}"] td`)].map((td) => td.textContent!.replace(/\s+/g, ' ').trim());
	return { element, cells };
}

test('entities are column headers, metrics row headers', () => {
	const { element } = comparison(PAIR);
	const headers = [...element.querySelectorAll('thead th')];
	expect(headers.every((th) => th.getAttribute('scope') === 'col')).toBe(true);
	expect(headers.map((th) => th.textContent!.trim())).toEqual(['Indikator', 'Kota Makassar', 'Kota Manado', 'Selisih (Kota Manado − Kota Makassar)']);
	expect([...element.querySelectorAll('tbody th[scope="row"]')].map((th) => th.textContent)).toEqual(METRICS.map((m) => m.label));
});

test('the best value of each row carries a star and the word "terbaik"; the difference is second − first', () => {
	const { element, cells } = comparison(PAIR);
	// active: 412.345 beats 398.765; 398.765 − 412.345 = −13.580
	expect(cells('active')).toEqual(['412.345 ★ (terbaik)', '398.765', '\u221213.580']);
	// ucj: 52,3% beats 45,6%; +6,7 points
	expect(cells('ucj')).toEqual(['45,6%', '52,3% ★ (terbaik)', '+6,7 poin']);
	// change: lower is better, −1,2 beats +0,8; 0,8 − (−1,2) = +2,0 points
	expect(cells('change')).toEqual(['\u22121,2 poin ★ (terbaik)', '+0,8 poin', '+2,0 poin']);
	// gap: no direction, one value missing: no mark, no difference
	expect(cells('gap')).toEqual(['1.000', '–', '–']);
	const star = element.querySelector('td.best .comparison__best')!;
	expect(star.querySelector('[aria-hidden="true"]')!.textContent).toBe('★');
	expect(star.querySelector('.visually-hidden')!.textContent).toBe('(terbaik)');
	expect(element.querySelector('.comparison__legend')!.textContent).toBe('★ nilai terbaik di barisnya');
});

test('three entities: no difference column', () => {
	const { element } = comparison([...PAIR, { key: '7372', name: 'Kota Parepare' }]);
	expect(element.querySelectorAll('thead th')).toHaveLength(4);
	expect(element.querySelector('.comparison__difference')).toBeNull();
});

test('seven entities are refused with a message and no table; one shows a hint', () => {
	const seven = Array.from({ length: 7 }, (_, i) => ({ key: String(7371 + i), name: `Wilayah ${i + 1}` }));
	const many = comparison(seven);
	expect(many.element.querySelector('table')).toBeNull();
	expect(many.element.querySelector('[role="alert"]')!.textContent!.trim()).toBe(
		'Perbandingan memuat paling banyak 6 pilihan; sekarang ada 7. Hapus sebagian.'
	);
	unmount(mounted!);
	mounted = undefined;
	const one = comparison(PAIR.slice(0, 1));
	expect(one.element.querySelector('table')).toBeNull();
	expect(one.element.textContent!.trim()).toBe('Pilih paling sedikit 2 untuk dibandingkan.');
});

test('a labelled remove button per entity calls onremove with its key', () => {
	const onremove = vi.fn();
	const { element } = comparison(PAIR, { onremove });
	const buttons = [...element.querySelectorAll<HTMLButtonElement>('thead button')];
	expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual([
		'Hapus Kota Makassar dari perbandingan',
		'Hapus Kota Manado dari perbandingan'
	]);
	click(buttons[1]);
	expect(onremove).toHaveBeenCalledWith('7171');
});

test('English: labels and decimal points', () => {
	const { cells, element } = comparison(PAIR, { locale: 'en' });
	expect(cells('ucj')).toEqual(['45.6%', '52.3% ★ (best)', '+6.7 pts']);
	expect(element.querySelector('thead th')!.textContent!.trim()).toBe('Indicator');
});
