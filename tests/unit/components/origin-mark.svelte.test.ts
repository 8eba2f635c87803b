// @vitest-environment jsdom
// The mark a figure's frame shows once a user's data is active (OriginMark, in ChartFrame and the
// panels without a frame): "sebagian sintetis" with why, the loaded provinces of an only-my-data
// national figure, and nothing for the sample alone or the user's rows alone.
import { afterEach, expect, test } from 'vitest';
import OriginMark from '$lib/components/OriginMark.svelte';
import type { Provenance } from '$lib/export/provenance';
import { flushSync, mount, target, unmount } from './client-svelte';

const BASE: Provenance = {
	datasetName: 'cakupan-sample+user',
	datasetVersion: 'user-0123456789ab',
	checksum: 'ab'.repeat(32),
	synthetic: false,
	filters: [],
	query: { sql: 'SELECT 1', params: [] },
	url: '/'
};

let mounted: ReturnType<typeof mount> | null = null;
afterEach(() => {
	if (mounted) unmount(mounted);
	mounted = null;
	document.body.innerHTML = '';
});

function render(provenance: Provenance, locale: 'id' | 'en' = 'id'): HTMLElement {
	const el = target();
	mounted = mount(OriginMark, { target: el, props: { provenance, locale } });
	flushSync();
	return el;
}

test('a mixed figure: the badge and why, in Indonesian and English', () => {
	const mixed = { ...BASE, partlySynthetic: true, source: 'mixed' as const };
	const el = render(mixed);
	const mark = el.querySelector('[data-origin="mixed"]');
	expect(mark?.querySelector('.origin__badge')?.textContent).toBe('sebagian sintetis');
	expect(mark?.textContent).toContain('menggabungkan data Anda dengan baris data sampel (sintetis)');
	unmount(mounted!);
	const en = render(mixed, 'en');
	expect(en.querySelector('[data-origin="mixed"] .origin__badge')?.textContent).toBe('partly synthetic');
});

test('only my data, Indonesia: the loaded provinces by name', () => {
	const el = render({ ...BASE, source: 'user', coveredProvinces: ['Kalimantan Tengah', 'Kalimantan Selatan'] });
	expect(el.querySelector('[data-origin="coverage"]')?.textContent).toBe('hanya provinsi yang dimuat: Kalimantan Tengah, Kalimantan Selatan');
	expect(el.querySelector('[data-origin="mixed"]')).toBeNull();
});

test('under a user’s data, a figure of the sample’s rows only says so', () => {
	const el = render({ ...BASE, synthetic: true, source: 'sample' });
	expect(el.querySelector('[data-origin="sample"] .origin__badge')?.textContent).toBe('data sintetis');
	expect(el.querySelector('[data-origin="sample"]')?.textContent).toContain('seluruhnya dari data sampel (sintetis)');
	expect(el.querySelector('[data-origin="mixed"]')).toBeNull();
});

test('the sample alone (no origin: the layout’s banner speaks), or the user’s rows alone: no mark', () => {
	expect(render({ ...BASE, synthetic: true }).querySelector('[data-origin]')).toBeNull();
	unmount(mounted!);
	expect(render({ ...BASE, source: 'user' }).querySelector('[data-origin]')).toBeNull();
});
