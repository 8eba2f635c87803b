import { describe, expect, test } from 'vitest';
import { defineParams, paramsTable } from '$lib/state/spec';
import { SHARED_PARAMS, sharedSearch } from '$lib/state/shared';
import { overviewParams } from '$lib/views/overview/params';

const read = (q: string) => overviewParams.read(q);
const DEFAULTS = { area: 'ID', period: null, denominator: 'layak', locale: 'id' };

describe('URL state from specs (the overview)', () => {
	test('an empty URL is the default state, written as nothing', () => {
		expect(read('')).toEqual({ state: DEFAULTS, problems: [] });
		expect(overviewParams.defaults()).toEqual(DEFAULTS);
		expect(overviewParams.write(overviewParams.defaults())).toBe('');
	});

	test('a full state survives a round trip, in spec order', () => {
		const q = '?wilayah=64&periode=2024-12&penyebut=bekerja&bahasa=en';
		const { state, problems } = read('bahasa=en&penyebut=bekerja&periode=2024-12&wilayah=64');
		expect(problems).toEqual([]);
		expect(state).toEqual({ area: '64', period: '2024-12', denominator: 'bekerja', locale: 'en' });
		expect(overviewParams.write(state)).toBe(q);
	});

	test.each([
		['wilayah', "62'; DROP TABLE regions; --"],
		['wilayah', '<script>alert(1)</script>'],
		['wilayah', '620103'], // a district: not an area the views show
		['periode', '2024-13'],
		['periode', '2024-12-01'],
		['penyebut', 'semua'],
		['bahasa', 'fr'],
		['wilayah', '6'.repeat(10_000)]
	])('%s=%s falls back to the default and is reported (cut to 64 characters)', (param, value) => {
		const { state, problems } = read(new URLSearchParams({ [param]: value }).toString());
		expect(state).toEqual(DEFAULTS);
		expect(problems).toEqual([{ param, value: value.slice(0, 64) }]);
	});

	test('one bad parameter does not cost the good ones; a repeated key takes its first value', () => {
		const { state, problems } = read('wilayah=64&periode=kemarin&wilayah=62');
		expect(state.area).toBe('64');
		expect(state.period).toBeNull();
		expect(problems).toEqual([{ param: 'periode', value: 'kemarin' }]);
	});

	test('the state key names every parameter, defaults as empty fields', () => {
		expect(overviewParams.key(overviewParams.defaults())).toBe('|||');
		expect(overviewParams.key({ area: '64', period: '2024-12', denominator: 'bekerja', locale: 'en' })).toBe('64|2024-12|bekerja|en');
	});
});

describe('shared parameters', () => {
	test('links between views keep only valid shared parameters', () => {
		expect(sharedSearch('?wilayah=64&pilih=6401&periode=2024-12&bahasa=en')).toBe('?wilayah=64&periode=2024-12&bahasa=en');
		expect(sharedSearch("?wilayah=6'4&periode=2024-12&penyebut=layak")).toBe('?periode=2024-12');
		expect(sharedSearch('')).toBe('');
	});

	test('every shared spec is marked shared, and a view cannot reuse a name', () => {
		expect(Object.values(SHARED_PARAMS).every((s) => s.shared)).toBe(true);
		expect(() => defineParams({ a: SHARED_PARAMS.area, b: { ...SHARED_PARAMS.area, shared: false } })).toThrow('two parameters share a name');
	});

	test('the README table lists each parameter with its format, default and role', () => {
		expect(paramsTable(overviewParams.specs).split('\n')).toEqual([
			'| parameter | format | default | role |',
			'|---|---|---|---|',
			'| `wilayah` | `ID`, a province code (`64`) or a regency/city code (`6401`) | `ID` (Indonesia) | filter, shared |',
			'| `periode` | `YYYY-MM`, e.g. `periode=2024-12` | the latest month of the data (in `/kantor/`, the latest December, for year-on-year reading) | filter, shared |',
			'| `penyebut` | `layak` (eligible workers) or `bekerja` (all working people) | `layak` | filter, shared |',
			'| `bahasa` | `id` or `en` | `id` | display, shared |'
		]);
	});
});
