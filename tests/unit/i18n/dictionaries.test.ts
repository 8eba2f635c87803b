import { describe, expect, test } from 'vitest';
import { en, id, placeholders } from '$lib/i18n';

const DICTIONARIES: Record<string, Record<string, string>> = { id, en };

// Lowercase namespace, then dotted parts; codes keep the domain's spelling (segment.JAKON).
const KEY = /^[a-z][a-zA-Z0-9]*(\.[a-zA-Z0-9]+)+$/;

describe.each(Object.entries(DICTIONARIES))('%s', (name, dictionary) => {
	const other = name === 'id' ? en : id;

	test('has every key of the other language and no more', () => {
		expect(Object.keys(dictionary).sort()).toEqual(Object.keys(other).sort());
	});

	test.each(Object.entries(dictionary))('%s is well formed', (key, message) => {
		expect(key).toMatch(KEY);
		expect(message.trim()).not.toBe('');
		expect(message).toBe(message.trim());
		expect(message).not.toMatch(/TODO|FIXME|XXX|\u00A0|\u202F/);
	});
});

test.each(Object.keys(id))('%s uses the same placeholders in both languages', (key) => {
	const k = key as keyof typeof id;
	expect(placeholders(en[k]).sort()).toEqual(placeholders(id[k]).sort());
});

test('placeholders() finds {names} in order', () => {
	expect(placeholders('Mengunduh data… {loaded} dari {total}')).toEqual(['loaded', 'total']);
	expect(placeholders('{a_1}{b} {c d} {}')).toEqual(['a_1', 'b']);
	expect(placeholders('tanpa')).toEqual([]);
});

test('the seeded shell strings', () => {
	expect([id['app.name'], en['app.name']]).toEqual(['Cakupan', 'Cakupan']);
	expect(id['synthetic.banner']).toBe(
		'DATA SINTETIS: angka contoh, bukan data resmi BPJS Ketenagakerjaan'
	);
	expect(en['synthetic.banner']).toBe(
		'SYNTHETIC DATA: sample figures, not official BPJS Ketenagakerjaan data'
	);
	expect([id['load.retry'], en['load.retry']]).toEqual(['Coba lagi', 'Try again']);
	expect([id['segment.PU'], en['segment.PU']]).toEqual(['Penerima Upah (PU)', 'Wage earners (PU)']);
});
