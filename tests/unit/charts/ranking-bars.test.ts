// The listbox's ARIA structure as the component renders it: a server render (the Plot figure is
// drawn only in the browser; the options and their states are markup), read back with jsdom.
import { JSDOM } from 'jsdom';
import { render } from 'svelte/server';
import { expect, test } from 'vitest';
import RankingBars from '$lib/charts/RankingBars.svelte';
import type { RankingRow } from '$lib/charts/ranking';

const ROWS: RankingRow[] = [
	{ code: '6201', name: 'Kotawaringin Barat', value: 45.6 },
	{ code: '6202', name: 'Kotawaringin Timur', value: 30.4 },
	{ code: '6203', name: 'Kapuas', value: 104.2 }
];

function listbox(props: { selected?: string | null; locale?: 'id' | 'en' } = {}) {
	const { body } = render(RankingBars, { props: { rows: ROWS, ...props } });
	return JSDOM.fragment(body).querySelector<HTMLElement>('[role="listbox"]')!;
}

test('options are the listbox\'s own children, ranked, announcing rank, name and value', () => {
	const box = listbox();
	const options = [...box.children].filter((c) => c.getAttribute('role') === 'option');
	expect(box.querySelectorAll('[role="option"]')).toHaveLength(3);
	expect(options).toHaveLength(3); // direct children: no list or listitem between
	expect(box.querySelector('ul, li, [role="list"], [role="listitem"]')).toBeNull();
	expect(options.map((o) => o.textContent)).toEqual(['1. Kapuas: 104,2%', '2. Kotawaringin Barat: 45,6%', '3. Kotawaringin Timur: 30,4%']);
	// everything else in the listbox is hidden from assistive technology (the figure)
	for (const other of [...box.children].filter((c) => !options.includes(c))) expect(other.getAttribute('aria-hidden')).toBe('true');
	expect(box.getAttribute('tabindex')).toBe('0');
	expect(box.getAttribute('aria-label')).toBe('Peringkat wilayah. Panah atas dan bawah memilih wilayah.');
});

test('the selected region is the active descendant and the only selected option', () => {
	const box = listbox({ selected: '6201' });
	const active = box.querySelector(`[id="${box.getAttribute('aria-activedescendant')}"]`)!;
	expect(active.getAttribute('role')).toBe('option');
	expect(active.textContent).toBe('2. Kotawaringin Barat: 45,6%');
	expect([...box.querySelectorAll('[role="option"]')].map((o) => o.getAttribute('aria-selected'))).toEqual(['false', 'true', 'false']);
});

test('no active descendant without a selection, or for a code not in the ranking', () => {
	expect(listbox().hasAttribute('aria-activedescendant')).toBe(false);
	expect(listbox({ selected: '9999' }).hasAttribute('aria-activedescendant')).toBe(false);
});

test('English labels and decimal points', () => {
	const box = listbox({ locale: 'en', selected: '6203' });
	expect(box.querySelector('[aria-selected="true"]')!.textContent).toBe('1. Kapuas: 104.2%');
});
