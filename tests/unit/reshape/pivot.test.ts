import { expect, test } from 'vitest';
import { pivotWide } from '$lib/reshape/pivot';

test('months become rows and segments columns; a missing segment stays null', () => {
	const rows = [
		{ month: '2024-12', segment: 'PU', active: 57_900 },
		{ month: '2024-01', segment: 'BPU', active: 11_000 },
		{ month: '2024-12', segment: 'BPU', active: 15_800 },
		{ month: '2024-01', segment: 'PU', active: 51_500 }
	];
	expect(pivotWide(rows, { row: 'month', column: 'segment', value: 'active', columns: ['PU', 'BPU', 'PMI'] })).toEqual([
		{ month: '2024-01', PU: 51_500, BPU: 11_000, PMI: null },
		{ month: '2024-12', PU: 57_900, BPU: 15_800, PMI: null }
	]);
	expect(pivotWide([], { row: 'month', column: 'segment', value: 'active', columns: ['PU'] })).toEqual([]);
});
