// The comparison's pure helpers, against values worked out by hand in the comments.
import { describe, expect, test } from 'vitest';
import {
	bestKeys,
	comparisonExport,
	comparisonRows,
	differences,
	entityCountProblem,
	formatDifference,
	formatValue,
	type ComparedMetric
} from '$lib/components/comparison';
import { toCsv } from '$lib/export/csv';

const v = (pairs: [string, number | null][]) => pairs.map(([key, value]) => ({ key, value }));

describe('bestKeys', () => {
	test('highest or lowest by the metric\'s direction; ties are all best', () => {
		expect(bestKeys(v([['a', 3], ['b', 5], ['c', 5]]), 'higher')).toEqual(['b', 'c']);
		expect(bestKeys(v([['a', 3], ['b', 5], ['c', 5]]), 'lower')).toEqual(['a']);
		expect(bestKeys(v([['a', -1.2], ['b', 0.8]]), 'lower')).toEqual(['a']);
	});

	test('missing values are skipped, never read as zero', () => {
		// lowest present is 2 (b), not the missing a
		expect(bestKeys(v([['a', null], ['b', 2], ['c', 7]]), 'lower')).toEqual(['b']);
	});

	test('no best without a direction, with fewer than two values, or when every value ties', () => {
		expect(bestKeys(v([['a', 3], ['b', 5]]), null)).toEqual([]);
		expect(bestKeys(v([['a', 3], ['b', null]]), 'higher')).toEqual([]);
		expect(bestKeys(v([['a', 4], ['b', 4]]), 'higher')).toEqual([]);
	});

	test('values equal up to float noise tie: 0.1 + 0.2 and 0.3', () => {
		expect(bestKeys(v([['a', 0.1 + 0.2], ['b', 0.3], ['c', 0.2]]), 'higher')).toEqual(['a', 'b']);
	});
});

describe('differences', () => {
	test('each later value minus the first; null where either is missing', () => {
		const [second, third] = differences([45.6, 52.3, null]);
		expect(second).toBeCloseTo(6.7, 10); // 52.3 − 45.6
		expect(third).toBeNull();
		expect(differences([null, 3, 4])).toEqual([null, null]);
		expect(differences([1000, 250])).toEqual([-750]);
	});

	test('written with a sign; percent differences in points', () => {
		expect(formatDifference('count', -13580)).toBe('\u221213.580');
		expect(formatDifference('count', 1234, 'en')).toBe('+1,234');
		expect(formatDifference('percent', 52.3 - 45.6)).toBe('+6,7 poin');
		expect(formatDifference('points', -2)).toBe('\u22122,0 poin');
		expect(formatDifference('rupiah', 3e9)).toBe('+Rp3 miliar');
		expect(formatDifference('count', 0)).toBe('0');
		expect(formatDifference('count', null)).toBe('–');
	});

	test('values are written as in the data table', () => {
		expect(formatValue('count', 412345)).toBe('412.345');
		expect(formatValue('percent', 45.6)).toBe('45,6%');
		expect(formatValue('percent', null)).toBe('–');
	});
});

test('entity counts: two to six', () => {
	expect([0, 1, 2, 6, 7].map(entityCountProblem)).toEqual(['tooFew', 'tooFew', null, null, 'tooMany']);
});

const ENTITIES = [
	{ key: '7371', name: 'Kota Makassar' },
	{ key: '7171', name: 'Kota Manado' }
];
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
const valueOf = (key: string, metric: string) => VALUES[key]?.[metric] ?? null;

test('comparisonRows: values in entity order, best per row, the pair\'s difference', () => {
	const rows = comparisonRows(ENTITIES, METRICS, valueOf);
	expect(rows.map((r) => r.values)).toEqual([
		[412345, 398765],
		[45.6, 52.3],
		[-1.2, 0.8],
		[1000, null]
	]);
	expect(rows.map((r) => r.best)).toEqual([['7371'], ['7171'], ['7371'], []]);
	// 398765 − 412345 = −13580; 52.3 − 45.6 = 6.7; 0.8 − (−1.2) = 2.0; gap: one missing
	expect(rows[0]!.difference).toBe(-13580);
	expect(rows[1]!.difference).toBeCloseTo(6.7, 10);
	expect(rows[2]!.difference).toBeCloseTo(2, 10);
	expect(rows[3]!.difference).toBeNull();
});

test('no difference column for three entities', () => {
	const three = [...ENTITIES, { key: '7372', name: 'Kota Parepare' }];
	expect(comparisonRows(three, METRICS, valueOf).map((r) => r.difference)).toEqual([null, null, null, null]);
});

test('the download: one row per entity, one typed column per metric', () => {
	const table = comparisonExport(ENTITIES, METRICS, valueOf, { key: 'Kode', entity: 'Kabupaten/kota' });
	expect(table.columns.map((c) => [c.label, c.kind])).toEqual([
		['Kode', 'code'],
		['Kabupaten/kota', 'text'],
		['Peserta aktif', 'count'],
		['UCJ', 'percent'],
		['Perubahan cakupan', 'points'],
		['Selisih ke target', 'count']
	]);
	expect(toCsv(table.columns, table.rows)).toBe(
		'\uFEFFKode;Kabupaten/kota;Peserta aktif;UCJ;Perubahan cakupan;Selisih ke target\r\n' +
			'7371;Kota Makassar;412345;45,6;-1,2;1000\r\n' +
			'7171;Kota Manado;398765;52,3;0,8;\r\n'
	);
});
