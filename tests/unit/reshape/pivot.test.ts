import { from } from 'arquero';
import { expect, test } from 'vitest';
import { pivotWide } from '$lib/reshape/pivot';

const rows = [
	{ month: '2024-12', segment: 'PU', active: 57_900 },
	{ month: '2024-01', segment: 'BPU', active: 11_000 },
	{ month: '2024-12', segment: 'BPU', active: 15_800 },
	{ month: '2024-01', segment: 'PU', active: 51_500 }
];

test('months become rows and segments columns; a missing segment stays null', () => {
	expect(pivotWide(rows, { row: 'month', column: 'segment', value: 'active', columns: ['PU', 'BPU', 'PMI'] })).toEqual([
		{ month: '2024-01', PU: 51_500, BPU: 11_000, PMI: null },
		{ month: '2024-12', PU: 57_900, BPU: 15_800, PMI: null }
	]);
	expect(pivotWide([], { row: 'month', column: 'segment', value: 'active', columns: ['PU'] })).toEqual([]);
});

test("agrees with Arquero's pivot (the reference, usable in Node where no CSP applies)", () => {
	const reference = from(rows).groupby('month').pivot('segment', 'active').orderby('month').objects();
	expect(pivotWide(rows, { row: 'month', column: 'segment', value: 'active', columns: ['PU', 'BPU'] })).toEqual(reference);
});
