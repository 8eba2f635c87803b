import type { Locale } from '$lib/i18n/locale';
import { MISSING } from './intl';

/** A date as the calendar shows it; `day` is undefined for a 'YYYY-MM' month. */
export interface CalendarDate {
	year: number;
	month: number; // 1–12
	day?: number;
}

/** What the date formatters accept: 'YYYY-MM', 'YYYY-MM-DD' or a Date; null shows as MISSING. */
export type DateInput = string | Date | null | undefined;

// Written out rather than taken from Intl: CLDR differs between browsers and versions
// (en-GB "Sept" in newer data), and chart labels and tests need the same text everywhere.
const MONTHS: Record<Locale, readonly string[]> = {
	id: [
		'Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni',
		'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'
	],
	en: [
		'January', 'February', 'March', 'April', 'May', 'June',
		'July', 'August', 'September', 'October', 'November', 'December'
	]
};

const MONTHS_SHORT: Record<Locale, readonly string[]> = {
	id: ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'],
	en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
};

const ISO_DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/**
 * Reads 'YYYY-MM', 'YYYY-MM-DD' or a Date as a calendar date, never shifted by time zone.
 * A Date at exactly UTC midnight is taken in UTC (how ISO date strings parse and DuckDB DATE
 * values arrive); any other Date in local time (`new Date(2025, 0, 1)` is January everywhere).
 * @example toCalendarDate('2024-12') // { year: 2024, month: 12 }
 */
export function toCalendarDate(value: string | Date): CalendarDate {
	if (value instanceof Date) {
		if (Number.isNaN(value.getTime())) throw new Error('invalid date: Invalid Date');
		return value.getTime() % 86_400_000 === 0
			? { year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate() }
			: { year: value.getFullYear(), month: value.getMonth() + 1, day: value.getDate() };
	}
	const match = ISO_DATE.exec(value);
	const [year, month] = [Number(match?.[1]), Number(match?.[2])];
	if (!match || month < 1 || month > 12) {
		throw new Error(`invalid date: "${value}" (expected 'YYYY-MM' or 'YYYY-MM-DD')`);
	}
	const day = match[3] === undefined ? undefined : Number(match[3]);
	if (day === undefined) return { year, month };
	if (day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) {
		throw new Error(`invalid date: "${value}" (no such day)`);
	}
	return { year, month, day };
}

/** The month's name for 1–12: 12 -> id "Desember", en "December". */
export function monthName(month: number, locale: Locale = 'id'): string {
	return MONTHS[locale][monthIndex(month)]!;
}

/** The month's short name for 1–12: 8 -> id "Agu", en "Aug". */
export function monthNameShort(month: number, locale: Locale = 'id'): string {
	return MONTHS_SHORT[locale][monthIndex(month)]!;
}

/** Month and year: '2024-12' -> id "Desember 2024", en "December 2024". */
export function formatMonth(value: DateInput, locale: Locale = 'id'): string {
	const date = readDate(value);
	return date ? `${monthName(date.month, locale)} ${date.year}` : MISSING;
}

/** Short month and year: '2024-12' -> id "Des 2024", en "Dec 2024". */
export function formatMonthShort(value: DateInput, locale: Locale = 'id'): string {
	const date = readDate(value);
	return date ? `${monthNameShort(date.month, locale)} ${date.year}` : MISSING;
}

/** Day, month and year: '2025-07-16' -> id "16 Juli 2025", en "16 July 2025". */
export function formatDate(value: DateInput, locale: Locale = 'id'): string {
	const date = readDate(value);
	if (!date) return MISSING;
	if (date.day === undefined) {
		throw new Error(`invalid date: "${String(value)}" has no day (use formatMonth)`);
	}
	return `${date.day} ${monthName(date.month, locale)} ${date.year}`;
}

/** Zero-based index of a 1–12 month, or throws naming it. */
function monthIndex(month: number): number {
	if (!Number.isInteger(month) || month < 1 || month > 12) {
		throw new Error(`invalid month: ${month} (expected 1–12)`);
	}
	return month - 1;
}

/** The calendar date, or null for null, undefined and an Invalid Date (shown as MISSING). */
function readDate(value: DateInput): CalendarDate | null {
	if (value == null || (value instanceof Date && Number.isNaN(value.getTime()))) return null;
	return toCalendarDate(value);
}
