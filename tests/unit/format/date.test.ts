import { describe, expect, test } from 'vitest';
import {
	formatDate,
	formatMonth,
	formatMonthShort,
	monthName,
	monthNameShort,
	toCalendarDate
} from '$lib/format';

const ID_MONTHS = 'Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember';
const ID_SHORT = 'Jan Feb Mar Apr Mei Jun Jul Agu Sep Okt Nov Des';
const EN_MONTHS = 'January February March April May June July August September October November December';
const EN_SHORT = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec';
const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

test('the suite runs in Jakarta time (vite.config.ts)', () => {
	expect(new Date(2025, 0, 1).getTimezoneOffset()).toBe(-420);
});

describe('month names', () => {
	test('all twelve, both locales', () => {
		expect(MONTHS.map((m) => monthName(m)).join(' ')).toBe(ID_MONTHS);
		expect(MONTHS.map((m) => monthNameShort(m)).join(' ')).toBe(ID_SHORT);
		expect(MONTHS.map((m) => monthName(m, 'en')).join(' ')).toBe(EN_MONTHS);
		expect(MONTHS.map((m) => monthNameShort(m, 'en')).join(' ')).toBe(EN_SHORT);
	});

	test.each([0, 13, 1.5, Number.NaN])('month %s throws', (month) => {
		expect(() => monthName(month)).toThrow(`invalid month: ${month}`);
	});
});

describe('formatMonth and formatMonthShort', () => {
	test.each<[string | Date | null | undefined, string, string, string, string]>([
		['2024-12', 'Desember 2024', 'December 2024', 'Des 2024', 'Dec 2024'],
		['2024-12-31', 'Desember 2024', 'December 2024', 'Des 2024', 'Dec 2024'],
		['2025-01-01', 'Januari 2025', 'January 2025', 'Jan 2025', 'Jan 2025'],
		['2024-08', 'Agustus 2024', 'August 2024', 'Agu 2024', 'Aug 2024'],
		['2025-05', 'Mei 2025', 'May 2025', 'Mei 2025', 'May 2025'],
		// A UTC-midnight Date (ISO string, DuckDB DATE) is read in UTC...
		[new Date('2024-12-31'), 'Desember 2024', 'December 2024', 'Des 2024', 'Dec 2024'],
		[new Date(Date.UTC(2025, 0, 1)), 'Januari 2025', 'January 2025', 'Jan 2025', 'Jan 2025'],
		// ...any other Date in local time: local midnight 1 Jan is 31 Dec 17:00 UTC in Jakarta.
		[new Date(2025, 0, 1), 'Januari 2025', 'January 2025', 'Jan 2025', 'Jan 2025'],
		[new Date(2024, 11, 31, 23, 59), 'Desember 2024', 'December 2024', 'Des 2024', 'Dec 2024'],
		[null, '–', '–', '–', '–'],
		[undefined, '–', '–', '–', '–'],
		[new Date(Number.NaN), '–', '–', '–', '–']
	])('%s', (value, id, en, idShort, enShort) => {
		expect(formatMonth(value)).toBe(id);
		expect(formatMonth(value, 'en')).toBe(en);
		expect(formatMonthShort(value)).toBe(idShort);
		expect(formatMonthShort(value, 'en')).toBe(enShort);
	});
});

describe('formatDate', () => {
	test.each<[string | Date | null, string, string]>([
		['2025-07-16', '16 Juli 2025', '16 July 2025'],
		['2024-02-29', '29 Februari 2024', '29 February 2024'],
		['2025-01-01', '1 Januari 2025', '1 January 2025'],
		[new Date('2025-07-16'), '16 Juli 2025', '16 July 2025'],
		[new Date(2025, 6, 16), '16 Juli 2025', '16 July 2025'],
		[null, '–', '–']
	])('%s -> id %s, en %s', (value, id, en) => {
		expect(formatDate(value)).toBe(id);
		expect(formatDate(value, 'en')).toBe(en);
	});

	test('a month has no day', () => {
		expect(() => formatDate('2024-12')).toThrow('invalid date: "2024-12" has no day');
	});
});

describe('toCalendarDate', () => {
	test.each([
		['2024-12', { year: 2024, month: 12 }],
		['2024-12-05', { year: 2024, month: 12, day: 5 }]
	])('%s', (value, expected) => {
		expect(toCalendarDate(value)).toEqual(expected);
	});

	test.each(['2024-13', '2024-00', '2024-1', '24-12', '2024/12', '2024-12-01T00:00:00Z', ''])(
		'%j throws, naming it',
		(value) => {
			expect(() => toCalendarDate(value)).toThrow(`invalid date: "${value}"`);
		}
	);

	test.each(['2025-02-29', '2024-04-31', '2024-12-00'])('%s is no such day', (value) => {
		expect(() => toCalendarDate(value)).toThrow(`invalid date: "${value}" (no such day)`);
	});
});
