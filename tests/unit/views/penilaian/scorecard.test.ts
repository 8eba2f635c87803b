/**
 * Scorecard rows on a hand-made group of three businesses and their peers in the data (ranks
 * worked out by hand, arrears lower-is-better), and the criterion formats of both languages.
 */
import { describe, expect, test } from 'vitest';
import { translator } from '$lib/i18n';
import { criteriaOf, type Criterion } from '$lib/scoring/criteria';
import type { ScoreResult } from '$lib/scoring/types';
import { formatCriterion, formatRank, rankingTableRows, scorecardRows, scorecardTableRows, type RankingRow } from '$lib/views/penilaian/scorecard';

const BUSINESS = criteriaOf('business');
const v = (registrationRate: number | null, programmesComplete: number | null, wageRatio: number | null, arrears: number | null, vulnerableSponsored: number | null) => ({
	registrationRate, programmesComplete, wageRatio, arrears, vulnerableSponsored
});

// The group (three candidates of one province × category × year).
const GROUP = [
	{ key: 'k1', values: v(75, 100, 90, 2, 15) },
	{ key: 'k2', values: v(80, 75, null, 0, 15) },
	{ key: 'k3', values: v(60, 100, 110, 5, 3) }
];
// Every employer of the province of the category's sizes; e1 is k1's employer.
const PEERS = [
	{ key: 'e1', values: v(75, 100, 90, 2, 15) },
	{ key: 'e2', values: v(90, 100, 95, 0, 20) },
	{ key: 'e3', values: v(75, 50, null, 2, 1) },
	{ key: 'e4', values: v(null, 100, 80, 1, 15) }
];

describe('scorecardRows', () => {
	test("k1's rows: value, rank in the group and among the peers, per criterion", () => {
		const rows = scorecardRows(BUSINESS, 'k1', GROUP, { entries: PEERS, key: 'e1' }, undefined);
		expect(rows.map((r) => r.criterion.id)).toEqual(['registrationRate', 'programmesComplete', 'wageRatio', 'arrears', 'vulnerableSponsored']);
		expect(rows.map((r) => [r.value, r.inGroup, r.inPeers])).toEqual([
			// group 80 > 75 > 60: 2nd of 3; peers 90 > 75 = 75 (e4 none): 2nd of 3
			[75, { rank: 2, of: 3 }, { rank: 2, of: 3 }],
			// group 100 = 100 > 75: 1st of 3; peers 100 = 100 = 100 > 50: 1st of 4
			[100, { rank: 1, of: 3 }, { rank: 1, of: 4 }],
			// group 110 > 90 (k2 none): 2nd of 2; peers 95 > 90 > 80 (e3 none): 2nd of 3
			[90, { rank: 2, of: 2 }, { rank: 2, of: 3 }],
			// lower is better: group 0 < 2 < 5: 2nd of 3; peers 0 < 1 < 2 = 2: 3rd of 4
			[2, { rank: 2, of: 3 }, { rank: 3, of: 4 }],
			// group 15 = 15 > 3: 1st of 3; peers 20 > 15 = 15 > 1: 2nd of 4
			[15, { rank: 1, of: 3 }, { rank: 2, of: 4 }]
		]);
		expect(rows.every((r) => r.scaled === null)).toBe(true);
	});

	test('a missing value has no value and no rank; scaled values come from the result', () => {
		const result: ScoreResult = {
			key: 'k2',
			// min–max in the group: reg (80 − 60) / (80 − 60) × 100 = 100; programmes (75 − 75) / 25 × 100 = 0
			scaled: { registrationRate: 100, programmesComplete: 0, wageRatio: null, arrears: 100, vulnerableSponsored: 100 },
			composite: null,
			missing: ['wageRatio'],
			rank: 3
		};
		const rows = scorecardRows(BUSINESS, 'k2', GROUP, { entries: PEERS, key: null }, result);
		const wage = rows.find((r) => r.criterion.id === 'wageRatio')!;
		expect(wage).toMatchObject({ value: null, scaled: null, inGroup: null, inPeers: null });
		expect(rows.map((r) => r.scaled)).toEqual([100, 0, null, 100, 100]);
		// No peer key (an ambiguous region, or no employer row): no peer ranks at all.
		expect(rows.every((r) => r.inPeers === null)).toBe(true);
		// arrears 0 is the group's best (lower is better)
		expect(rows.find((r) => r.criterion.id === 'arrears')!.inGroup).toEqual({ rank: 1, of: 3 });
	});

	test('a key outside the group: no values, no group ranks', () => {
		const rows = scorecardRows(BUSINESS, 'zz', GROUP, { entries: PEERS, key: 'e2' }, undefined);
		expect(rows.map((r) => [r.value, r.inGroup])).toEqual(BUSINESS.map(() => [null, null]));
		// e2 is still ranked among the peers: 90 is the best registration rate of three.
		expect(rows[0]!.inPeers).toEqual({ rank: 1, of: 3 });
	});

	test('the export rows keep numbers as numbers, in the chosen language', () => {
		const rows = scorecardRows(BUSINESS, 'k1', GROUP, { entries: PEERS, key: 'e1' }, undefined);
		const [first] = scorecardTableRows(rows, translator('en'), 'en');
		expect(first).toMatchObject({ criterion: 'Workers registered', value: 75, scaled: null, rank_group: 2, group_size: 3, rank_peers: 2, peers_size: 3 });
		expect(first!.formula).toBe('Workers registered with BPJS Ketenagakerjaan ÷ all workers (December) × 100');
	});
});

describe('formatCriterion', () => {
	const government = criteriaOf('government');
	const by = (list: readonly Criterion[], id: string) => list.find((c) => c.id === id)!;

	test.each([
		// [criterion, value, id, en]
		['ucj', 45.6, '45,6%', '45.6%'],
		['ucj', 104.25, '104,3%', '104.3%'],
		['growth', 3.456, '+3,5%', '+3.5%'],
		['growth', -5.98, '\u22126,0%', '\u22126.0%'],
		['growth', 0, '0,0%', '0.0%'],
		['coverageChangePts', -1.23, '\u22121,2 poin', '\u22121.2 pts'],
		['coverageChangePts', 6.41, '+6,4 poin', '+6.4 pts'],
		['active', 41_798, '41.798', '41,798'],
		['active', 1_234_567, '1,23 juta', '1.23 million'],
		['regulations', 0, '0', '0']
	])('%s %s: id %s, en %s', (id, value, inId, inEn) => {
		expect(formatCriterion(by(government, id), value, 'id')).toBe(inId);
		expect(formatCriterion(by(government, id), value, 'en')).toBe(inEn);
	});

	test('business units: months and percent; missing is an en dash', () => {
		expect(formatCriterion(by(BUSINESS, 'arrears'), 2, 'id')).toBe('2');
		expect(formatCriterion(by(BUSINESS, 'wageRatio'), 108.9, 'id')).toBe('108,9%');
		expect(formatCriterion(by(BUSINESS, 'wageRatio'), null, 'id')).toBe('–');
		expect(formatCriterion(by(BUSINESS, 'vulnerableSponsored'), Number.NaN, 'en')).toBe('–');
	});

	test('formatRank: "2 dari 8", "2 of 8", or an en dash', () => {
		expect(formatRank({ rank: 2, of: 8 }, translator('id'))).toBe('2 dari 8');
		expect(formatRank({ rank: 2, of: 8 }, translator('en'))).toBe('2 of 8');
		expect(formatRank(null, translator('id'))).toBe('–');
	});
});

describe('rankingTableRows', () => {
	const row = (key: string, composite: number | null, rank: number, published: number | null = null): RankingRow => ({
		key,
		name: `Kandidat ${key}`,
		result: { key, scaled: {}, composite, missing: composite === null ? ['wageRatio'] : [], rank },
		range: null,
		published
	});

	test('best first, an incomplete candidate after the scored ones with its shared rank', () => {
		const rows = rankingTableRows([row('b', 40, 2), row('c', null, 3, 1), row('a', 70, 1)], (id) => id);
		expect(rows.map((r) => [r.id, r.rank, r.composite, r.published, r.missing])).toEqual([
			['a', 1, 70, null, ''],
			['b', 2, 40, null, ''],
			['c', 3, null, 1, 'wageRatio']
		]);
	});

	test('no composite in the group (every weight 0): nobody has a rank, not a shared first place', () => {
		// The scoring gives every unscored candidate the rank after the last scored one: 1 when none is.
		const rows = rankingTableRows([row('a', null, 1), row('b', null, 1)], (id) => id);
		expect(rows.map((r) => [r.id, r.rank, r.best, r.worst])).toEqual([
			['a', null, null, null],
			['b', null, null, null]
		]);
	});
});
