import { expect, test } from 'vitest';
import { sameContent } from '$lib/state/same';

test('an array with the same items gives back the previous array; any other change the new one', () => {
	const a = { id: 'a' };
	const b = { id: 'b' };
	const same = sameContent<{ id: string }[]>();
	const first = [a, b];
	expect(same(first)).toBe(first);
	expect(same([a, b])).toBe(first);
	const reordered = [b, a];
	expect(same(reordered)).toBe(reordered);
	// An equal-looking but different object is a change.
	const copied = [b, { id: 'a' }];
	expect(same(copied)).toBe(copied);
	const shorter = [b];
	expect(same(shorter)).toBe(shorter);
	expect(same([])).toEqual([]);
});

test('a record with the same entries gives back the previous record', () => {
	const same = sameContent<Record<string, number>>();
	const weights = { active: 10, growth: 20 };
	expect(same(weights)).toBe(weights);
	expect(same({ growth: 20, active: 10 })).toBe(weights);
	const changed = { active: 10, growth: 25 };
	expect(same(changed)).toBe(changed);
	const more = { active: 10, growth: 25, ucj: 0 };
	expect(same(more)).toBe(more);
	const other = { active: 10, growth: 25, informal: 0 };
	expect(same(other)).toBe(other);
});
