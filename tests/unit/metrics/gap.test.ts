import { describe, expect, test } from 'vitest';
import { gapToTarget, gapToTargetOfGroups } from '$lib/metrics';

describe('gapToTarget: people still needed to reach the province target', () => {
	test('target % × eligible − active, in whole people, 0 once reached', () => {
		// 60 % of 110,000 = 66,000; 66,000 − 56,100 = 9,900 (exact, no float residue).
		expect(gapToTarget({ activeUcj: 56_100, eligible: 110_000, targetPct: 60 })).toBe(9_900);
		// 45.5 % of 10,001 = 4,550.455: the 0.455 of a person is one more participant.
		expect(gapToTarget({ activeUcj: 4_000, eligible: 10_001, targetPct: 45.5 })).toBe(551);
		expect(gapToTarget({ activeUcj: 70_000, eligible: 110_000, targetPct: 60 })).toBe(0);
	});
	test('null without a target, a workforce or participants', () => {
		expect(gapToTarget({ activeUcj: 1, eligible: 10, targetPct: null })).toBeNull();
		expect(gapToTarget({ activeUcj: 1, eligible: 0, targetPct: 50 })).toBeNull();
		expect(gapToTarget({ activeUcj: null, eligible: 10, targetPct: 50 })).toBeNull();
	});
	test('groups add their own gaps: a surplus in one province never offsets another', () => {
		expect(gapToTargetOfGroups([{ activeUcj: 144_000, eligible: 407_000, targetPct: 45 }, { activeUcj: 200, eligible: 100, targetPct: 50 }])).toBe(39_150);
		expect(gapToTargetOfGroups([])).toBeNull();
	});
});
