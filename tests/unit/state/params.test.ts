import { describe, expect, test } from 'vitest';
import { defaultState, readState, writeState } from '$lib/state/params';

const read = (q: string) => readState(new URLSearchParams(q));

describe('URL state', () => {
	test('an empty URL is the default state', () => {
		expect(read('')).toEqual({ state: defaultState(), problems: [] });
		expect(writeState(defaultState())).toBe('');
	});

	test('a full state survives a round trip', () => {
		const q = '?wilayah=64&periode=2024-12&segmen=PU,BPU&penyebut=bekerja&bahasa=en';
		const { state, problems } = read(q);
		expect(problems).toEqual([]);
		expect(state).toEqual({ area: '64', period: '2024-12', segments: ['PU', 'BPU'], denominator: 'bekerja', locale: 'en' });
		expect(writeState(state)).toBe(q);
	});

	test('segments are normalised to contract order and case', () => {
		expect(read('segmen=bpu,pu').state.segments).toEqual(['PU', 'BPU']);
	});

	test.each([
		['wilayah', "62'; DROP TABLE regions; --"],
		['wilayah', '<script>alert(1)</script>'],
		['wilayah', '620103'], // a district: not an area the overview shows
		['periode', '2024-13'],
		['periode', '2024-12-01'],
		['segmen', 'PU,XYZ'],
		['penyebut', 'semua'],
		['bahasa', 'fr'],
		['wilayah', '6'.repeat(10_000)]
	])('%s=%s falls back to the default and is reported', (param, value) => {
		const { state, problems } = read(new URLSearchParams({ [param]: value }).toString());
		expect(state).toEqual(defaultState());
		expect(problems).toEqual([{ param, value: value.slice(0, 64) }]);
	});

	test('one bad parameter does not cost the good ones', () => {
		const { state, problems } = read('wilayah=64&periode=kemarin');
		expect(state.area).toBe('64');
		expect(state.period).toBeNull();
		expect(problems).toEqual([{ param: 'periode', value: 'kemarin' }]);
	});
});
