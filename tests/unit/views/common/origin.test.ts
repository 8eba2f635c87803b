/**
 * The one helper between a figure's scope and its origin (`views/common/origin.ts`): merging
 * `figureSource` over several areas (an office area) and months (a month against a year
 * earlier), naming covered provinces, a figure without a scope, and the layout's mark, over
 * hand-written active data (the real overlay's are in tests/sql/origin.test.ts).
 */
import { describe, expect, test } from 'vitest';
import type { Manifest } from '$lib/contract/manifest';
import { sampleData, type ActiveData } from '$lib/data/overlay';
import { dataMark, figureOrigin, scopeSource } from '$lib/views/common/origin';

const SAMPLE = { name: 'cakupan-fixture', checksum: 'a'.repeat(64), period: { from: '2023-12', to: '2024-12' }, synthetic: true } as unknown as Manifest;
const NAMES: Record<string, string> = { '61': 'Kalimantan Barat', '62': 'Kalimantan Tengah', '63': 'Kalimantan Selatan' };
const nameOf = (code: string) => NAMES[code] ?? code;

function user(mode: ActiveData['mode'], userProvinces: ActiveData['userProvinces'], sampleProvinces: ActiveData['sampleProvinces'] = {}): ActiveData {
	return { ...sampleData(SAMPLE), kind: 'user', mode, userProvinces, sampleProvinces };
}

describe('replace: Kalimantan Tengah’s participation is the user’s, Kalimantan Barat’s the sample’s', () => {
	const active = user('replace', { participation: ['62'] }, { participation: ['61'] });

	test('several areas: all the user’s stays the user’s; any sample area makes it mixed', () => {
		expect(scopeSource(active, { tables: ['participation'], areas: ['62', '6208'] })).toEqual({ source: 'user' });
		expect(scopeSource(active, { tables: ['participation'], areas: ['61', '62'] })).toEqual({ source: 'mixed' });
		expect(scopeSource(active, { tables: ['participation'], areas: ['61', '6104'] })).toEqual({ source: 'sample' });
	});

	test('several months: a month after the sample’s period has no sample row, the year before has', () => {
		expect(scopeSource(active, { tables: ['participation'], areas: ['ID'], months: ['2025-01'] })).toEqual({ source: 'user', provinces: ['62'] });
		expect(scopeSource(active, { tables: ['participation'], areas: ['ID'], months: ['2024-01', '2025-01'] })).toEqual({ source: 'mixed' });
	});

	test('covered provinces by name, as the frame shows them', () => {
		expect(figureOrigin(active, { tables: ['participation'], areas: ['ID'], months: ['2025-01'] }, nameOf)).toEqual({ source: 'user', provinces: ['Kalimantan Tengah'] });
	});

	test('a figure that declares no scope is never under-labelled: it reads everything', () => {
		expect(scopeSource(active, undefined)).toEqual({ source: 'mixed' });
	});
});

test('only my data: national parts name the union of their provinces, sorted; an empty area list is Indonesia', () => {
	const active = user('only-mine', { participation: ['62'], workforce: ['63'] });
	expect(figureOrigin(active, { tables: ['participation', 'workforce'], areas: ['ID'], months: ['2023-12', '2024-12'] }, nameOf)).toEqual({
		source: 'user',
		provinces: ['Kalimantan Tengah', 'Kalimantan Selatan']
	});
	expect(scopeSource(active, { tables: ['participation'], areas: [] })).toEqual({ source: 'user', provinces: ['62'] });
	expect(scopeSource(active, { tables: ['participation'], areas: ['61'] })).toEqual({ source: 'user' });
});

test('nothing to say without data or for the sample alone', () => {
	expect(figureOrigin(null, { tables: ['participation'], areas: ['62'] })).toBeUndefined();
	expect(figureOrigin(sampleData(SAMPLE), { tables: ['participation'], areas: ['62'] })).toBeUndefined();
});

describe('the layout’s mark', () => {
	test('replace mode keeps sample rows (every table no file touched): partly synthetic', () => {
		expect(dataMark(user('replace', { participation: ['62'] }, { participation: ['61'] }), SAMPLE)).toBe('partly');
	});
	test('replace mode whose files cover every province of every table left: no mark', () => {
		const all = ['workforce', 'ucj_targets', 'participation', 'participation_village', 'participation_programme', 'villages_support', 'regional_budget', 'regional_regulations', 'employers', 'candidates'] as const;
		const active = user('replace', Object.fromEntries(all.map((t) => [t, ['61', '62']])), Object.fromEntries(all.map((t) => [t, []])));
		expect(dataMark(active, SAMPLE)).toBeNull();
	});
	test('a sample that is not synthetic is never marked', () => {
		const real = { ...SAMPLE, synthetic: false } as Manifest;
		expect(dataMark(sampleData(real), real)).toBeNull();
		expect(dataMark({ ...user('replace', { participation: ['62'] }), sample: real }, real)).toBeNull();
	});
});
