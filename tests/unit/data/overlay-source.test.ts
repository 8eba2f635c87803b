/**
 * Whose rows a figure reads once a user's data is active: the rule of issue 11 (any sample row
 * makes a figure "sebagian sintetis"; only-my-data national figures name their provinces),
 * over hand-written active-data descriptions.
 */
import { describe, expect, test } from 'vitest';
import type { Manifest } from '$lib/contract/manifest';
import { figureSource, sampleData, type ActiveData } from '$lib/data/overlay';

const SAMPLE = { name: 'cakupan-fixture', checksum: 'a'.repeat(64), period: { from: '2023-12', to: '2024-12' }, synthetic: true } as unknown as Manifest;

function user(mode: ActiveData['mode'], userProvinces: ActiveData['userProvinces'], sampleProvinces: ActiveData['sampleProvinces'] = {}): ActiveData {
	return { ...sampleData(SAMPLE), kind: 'user', mode, userProvinces, sampleProvinces };
}

test('the sample alone: every figure is the sample’s', () => {
	expect(figureSource(sampleData(SAMPLE), { tables: ['participation'], area: '62' })).toEqual({ source: 'sample' });
});

describe('replace mode: Kalimantan Tengah’s participation is the user’s, Kalimantan Barat’s the sample’s', () => {
	const active = user('replace', { participation: ['62'] }, { participation: ['61'] });
	test.each([
		['62', ['participation'], undefined, { source: 'user' }],
		['6208', ['participation'], undefined, { source: 'user' }],
		['62', ['participation', 'regions'], undefined, { source: 'user' }],
		// the user's participants over the sample's workforce
		['62', ['participation', 'workforce'], undefined, { source: 'mixed' }],
		['61', ['participation'], undefined, { source: 'sample' }],
		['6104', ['participation', 'workforce'], undefined, { source: 'sample' }],
		['ID', ['participation'], undefined, { source: 'mixed' }],
		// after the sample's last month only the user's province has rows
		['ID', ['participation'], '2025-01', { source: 'user', provinces: ['62'] }],
		['ID', ['participation', 'workforce'], '2025-01', { source: 'mixed' }],
		['61', ['participation'], '2025-01', { source: 'sample' }]
	] as const)('%s reading %j in %s: %o', (area, tables, month, expected) => {
		expect(figureSource(active, { tables: [...tables], area, ...(month ? { month } : {}) })).toEqual(expected);
	});
});

test('replace mode covering every province of the sample: Indonesia is the user’s, naming them', () => {
	const active = user('replace', { participation: ['61', '62'] }, { participation: [] });
	expect(figureSource(active, { tables: ['participation'], area: 'ID' })).toEqual({ source: 'user', provinces: ['61', '62'] });
});

test('the national target is the row `ID`, not a sum of provinces', () => {
	const active = user('replace', { ucj_targets: ['ID'] }, { ucj_targets: ['61', '62'] });
	expect(figureSource(active, { tables: ['ucj_targets'], area: 'ID' })).toEqual({ source: 'user' });
	expect(figureSource(active, { tables: ['ucj_targets'], area: '62' })).toEqual({ source: 'sample' });
});

describe('only my data', () => {
	const active = user('only-mine', { participation: ['62'], workforce: ['62', '63'] });
	test('a national figure names the provinces its tables were loaded for', () => {
		expect(figureSource(active, { tables: ['participation', 'workforce'], area: 'ID' })).toEqual({ source: 'user', provinces: ['62', '63'] });
		expect(figureSource(active, { tables: ['participation'], area: 'ID' })).toEqual({ source: 'user', provinces: ['62'] });
	});
	test('a province, even one without a file, has no sample rows', () => {
		expect(figureSource(active, { tables: ['participation'], area: '62' })).toEqual({ source: 'user' });
		expect(figureSource(active, { tables: ['participation'], area: '61' })).toEqual({ source: 'user' });
	});
});
