import { expect, test } from 'vitest';
import { addMonths, isMonth, monthKey, monthSqlDate, monthStart, monthsBetween, yearBefore, yearOf } from '$lib/period';

test('month keys from strings, UTC dates and epoch ms; a month starts at UTC midnight', () => {
	expect(monthKey('2024-12')).toBe('2024-12');
	expect(monthKey('2024-12-31')).toBe('2024-12');
	expect(monthKey(new Date(Date.UTC(2024, 11, 1)))).toBe('2024-12');
	expect(monthKey(Date.UTC(2019, 0, 1))).toBe('2019-01');
	expect(monthStart('2024-12').toISOString()).toBe('2024-12-01T00:00:00.000Z');
	expect(() => monthKey('2024-13')).toThrow('invalid month: "2024-13"');
	expect(() => monthKey(new Date(NaN))).toThrow('invalid month');
});

test('isMonth accepts exactly YYYY-MM with a real month', () => {
	expect(['2024-12', '2019-01', '2031-10'].map(isMonth)).toEqual([true, true, true]);
	expect(['2024-13', '2024-00', '2024-1', '2024-12-01', ' 2024-12', "2024-12' OR 1=1", 202412, null].map(isMonth)).toEqual(
		[false, false, false, false, false, false, false, false]
	);
});

test('arithmetic across year ends', () => {
	expect(addMonths('2024-12', 1)).toBe('2025-01');
	expect(addMonths('2019-01', -1)).toBe('2018-12');
	expect(addMonths('2024-03', -15)).toBe('2022-12');
	expect(yearBefore('2024-12')).toBe('2023-12');
	expect(yearBefore('2020-02')).toBe('2019-02');
	expect(yearOf('2025-07')).toBe(2025);
	expect(monthSqlDate('2024-12')).toBe('2024-12-01');
	expect(() => monthSqlDate('2024-12-01')).toThrow('invalid month: "2024-12-01"');
	expect(() => yearBefore('x')).toThrow('invalid month');
});

test('monthsBetween is inclusive, ordered, and empty when reversed', () => {
	expect(monthsBetween('2023-11', '2024-02')).toEqual(['2023-11', '2023-12', '2024-01', '2024-02']);
	expect(monthsBetween('2024-05', '2024-05')).toEqual(['2024-05']);
	expect(monthsBetween('2024-05', '2024-04')).toEqual([]);
	expect(monthsBetween('2019-01', '2025-12')).toHaveLength(84);
});
