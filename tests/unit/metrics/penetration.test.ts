import { describe, expect, test } from 'vitest';
import { informalShare, penetrationByYear, sumMonthly } from '$lib/metrics/penetration';
import type { MonthlySums } from '$lib/queries/monthly';

/** A row with every count null but those given. */
function row(code: string, month: string, counts: Partial<MonthlySums> = {}): MonthlySums {
	return {
		code, month,
		active_all: null, active_ucj: null, active_pu: null, active_bpu: null, active_jakon: null, active_pmi: null,
		non_active_all: null, working: null, formal: null, informal: null, eligible: null, target_pct: null,
		...counts
	};
}

const months = (...rows: MonthlySums[]) => new Map(rows.map((r) => [r.month, r]));

describe('penetrationByYear', () => {
	// Two Decembers and a November; 2024's December row is given before 2023's.
	const series = months(
		row('62', '2024-12', { active_bpu: 1_600, informal: 28_500, active_pu: 5_400, formal: 12_500 }),
		row('62', '2023-11', { active_bpu: 9_999, informal: 1, active_pu: 9_999, formal: 1 }),
		row('62', '2023-12', { active_bpu: 1_200, informal: 30_000, active_pu: 5_000, formal: 0 })
	);

	test('one point per December, oldest first; November rows are not used', () => {
		const points = penetrationByYear(series);
		expect(points.map((p) => p.year)).toEqual([2023, 2024]);
		// 2024: 1 600 / 28 500 = 5.614035…%; 5 400 / 12 500 = 43.2%
		expect(points[1]!.informal).toBeCloseTo(5.6140350877, 9);
		expect(points[1]!.formal).toBeCloseTo(43.2, 12);
		expect(points[1]).toMatchObject({ active_bpu: 1_600, informal_workers: 28_500, active_pu: 5_400, formal_workers: 12_500 });
	});

	test('a zero denominator gives null, never Infinity or 0', () => {
		const [p2023] = penetrationByYear(series);
		expect(p2023!.informal).toBe(4); // 1 200 / 30 000
		expect(p2023!.formal).toBeNull(); // formal workers 0
	});

	test('null counts give null ratios; no rows give no points', () => {
		const points = penetrationByYear(months(row('62', '2022-12', { informal: 100, formal: 50, active_pu: 10 })));
		expect(points).toEqual([{ year: 2022, informal: null, formal: 20, active_bpu: null, active_pu: 10, informal_workers: 100, formal_workers: 50 }]);
		expect(penetrationByYear(undefined)).toEqual([]);
		expect(penetrationByYear(new Map())).toEqual([]);
	});
});

test('informalShare: informal over working people, in percent', () => {
	expect(informalShare({ informal: 28_500, working: 41_000 })).toBeCloseTo(69.512195122, 8);
	expect(informalShare({ informal: 10, working: 0 })).toBeNull();
	expect(informalShare({ informal: null, working: 10 })).toBeNull();
	expect(informalShare({ informal: 10, working: undefined })).toBeNull();
});

describe('sumMonthly', () => {
	const a = months(
		// No PMI rows: its segments add up to active_all, PMI is null.
		row('61', '2024-12', { active_all: 1_300, active_bpu: 1_000, informal: 10_000, active_pu: 300, formal: 1_000, active_pmi: null, target_pct: 50 }),
		row('61', '2024-11', { active_bpu: 900, informal: 10_000, target_pct: 50 })
	);
	const b = months(
		row('62', '2024-12', { active_bpu: 500, informal: 40_000, active_pu: 700, formal: 4_000, active_pmi: 20, target_pct: 55 })
	);

	test('adds counts month by month, months in order, under the new code', () => {
		const sum = sumMonthly('kalimantan', [b, a]);
		expect([...sum.keys()]).toEqual(['2024-11', '2024-12']);
		const dec = sum.get('2024-12')!;
		expect(dec).toMatchObject({ code: 'kalimantan', month: '2024-12', active_bpu: 1_500, informal: 50_000, active_pu: 1_000, formal: 5_000 });
		// a ratio of sums: (1 000 + 500) / (10 000 + 40 000) = 3%, not the mean of 10% and 1.25%
		expect(penetrationByYear(sum)).toEqual([
			{ year: 2024, informal: 3, formal: 20, active_bpu: 1_500, active_pu: 1_000, informal_workers: 50_000, formal_workers: 5_000 }
		]);
	});

	test("the rollups' rule: a part without rows of a segment or of the month adds nothing, all null stays null", () => {
		const sum = sumMonthly('x', [a, b]);
		expect(sum.get('2024-12')!.active_pmi).toBe(20); // a has no PMI rows (its active_all has a value): null + 20
		expect(sum.get('2024-12')!.active_jakon).toBeNull(); // null + null
		expect(sum.get('2024-11')).toMatchObject({ active_bpu: 900, informal: 10_000, active_pu: null }); // b has no November
	});

	test('a part whose rows lack a value (a user’s file without the column) makes that column "no data", never a partial sum', () => {
		// 62's workforce row has working 2 000 but no formal; 61's is complete. 62's rows lack non_active.
		const complete = months(row('61', '2024-12', { active_all: 300, active_pu: 200, active_bpu: 100, non_active_all: 30, working: 1_000, formal: 400, informal: 600, eligible: 900 }));
		const summary = months(row('62', '2024-12', { active_all: 500, active_pu: 350, active_bpu: 150, non_active_all: null, working: 2_000, formal: null, informal: 1_500, eligible: 1_800 }));
		const dec = sumMonthly('kalimantan', [complete, summary]).get('2024-12')!;
		expect(dec).toMatchObject({ active_all: 800, active_pu: 550, active_bpu: 250, working: 3_000, informal: 2_100, eligible: 2_700, non_active_all: null, formal: null });
		// a's 2024-12 row lacks active_all while its segments have values: a row lacks `active`, so PMI is unknown too
		const lacksActive = months(row('63', '2024-12', { active_pu: 10, active_pmi: null }));
		expect(sumMonthly('x', [lacksActive, b]).get('2024-12')!).toMatchObject({ active_all: null, active_pmi: null, active_pu: 710 });
		// the order of parts does not matter
		expect(sumMonthly('x', [summary, complete]).get('2024-12')!).toMatchObject({ non_active_all: null, formal: null, working: 3_000 });
	});

	test('the target survives only where the parts agree', () => {
		expect(sumMonthly('x', [a, b]).get('2024-12')!.target_pct).toBeNull(); // 50 and 55
		expect(sumMonthly('x', [a, b]).get('2024-11')!.target_pct).toBe(50); // only a has November
		const sameProvince = months(row('6201', '2024-12', { target_pct: 50, active_bpu: 1 }));
		const noTarget = months(row('6202', '2024-12', { active_bpu: 2 }));
		expect(sumMonthly('62', [sameProvince, noTarget, sameProvince]).get('2024-12')!.target_pct).toBe(50);
		// once two parts disagree, a later agreeing part does not bring a target back
		const other = months(row('6301', '2024-12', { target_pct: 60 }));
		expect(sumMonthly('x', [sameProvince, other, sameProvince]).get('2024-12')!.target_pct).toBeNull();
	});

	test('missing parts are skipped; no parts give an empty map', () => {
		expect(sumMonthly('x', [undefined, a]).get('2024-12')!.active_bpu).toBe(1_000);
		expect(sumMonthly('x', []).size).toBe(0);
	});

	test('does not change its inputs', () => {
		sumMonthly('x', [a, b]);
		expect(a.get('2024-12')!.active_bpu).toBe(1_000);
		expect(a.get('2024-12')!.code).toBe('61');
	});
});
