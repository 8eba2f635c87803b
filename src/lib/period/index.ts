/**
 * Months and periods, in one place. A month is keyed `YYYY-MM` everywhere: in the URL
 * (`periode`), in `onselect`, in query builders and in exports. Dates are read in UTC: DuckDB-WASM
 * returns DATE values as UTC-midnight epoch milliseconds and Plot's time scale is UTC, so
 * reading local fields would shift 1 December to 30 November west of Greenwich.
 */

/** A month key, `YYYY-MM`. */
export type Month = string;

/** A month value accepted from rows: a Date, epoch milliseconds, or a `YYYY-MM[-DD]` string. */
export type MonthValue = Date | number | string;

/** Exactly `YYYY-MM` with a real month: what a URL or a query builder accepts. */
export const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

const MONTH_OR_DAY = /^(\d{4})-(\d{2})(?:-\d{2})?$/;

/** True for a `YYYY-MM` key. */
export function isMonth(value: unknown): value is Month {
	return typeof value === 'string' && MONTH_PATTERN.test(value);
}

/** `month` if it is a `YYYY-MM` key; throws naming the value otherwise. */
export function checkMonth(month: unknown): Month {
	if (!isMonth(month)) throw new Error(`invalid month: ${JSON.stringify(month)}`);
	return month;
}

/** The `YYYY-MM` key of a month value; throws on anything else, naming the value. */
export function monthKey(value: MonthValue): Month {
	if (typeof value === 'string') {
		const match = MONTH_OR_DAY.exec(value);
		if (!match || Number(match[2]) < 1 || Number(match[2]) > 12) throw new Error(`invalid month: ${JSON.stringify(value)}`);
		return `${match[1]}-${match[2]}`;
	}
	const date = typeof value === 'number' ? new Date(value) : value;
	if (!(date instanceof Date) || Number.isNaN(date.getTime())) throw new Error(`invalid month: ${String(value)}`);
	return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** The first instant of a month (UTC midnight on day 1), for charts: `monthStart('2024-12')`. */
export function monthStart(value: MonthValue): Date {
	const [year, month] = monthKey(value).split('-').map(Number) as [number, number];
	return new Date(Date.UTC(year, month - 1, 1));
}

/** The SQL DATE text of a month's first day, for binding (`?::DATE`): `2024-12` -> `2024-12-01`. */
export function monthSqlDate(month: Month): string {
	return `${checkMonth(month)}-01`;
}

/** The calendar year of a month. */
export function yearOf(month: Month): number {
	return Number(checkMonth(month).slice(0, 4));
}

/** The month `offset` months after `month` (negative goes back). */
export function addMonths(month: Month, offset: number): Month {
	const date = monthStart(month);
	return monthKey(new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + offset, 1)));
}

/** The same month a year earlier (`2024-12` -> `2023-12`): the base of `growth` and `coverageChangePts`. */
export function yearBefore(month: Month): Month {
	return `${yearOf(month) - 1}${month.slice(4)}`;
}

/** Every month from `from` to `to` inclusive (empty when `to` precedes `from`). */
export function monthsBetween(from: Month, to: Month): Month[] {
	const out: Month[] = [];
	for (let m = checkMonth(from); m <= checkMonth(to); m = addMonths(m, 1)) out.push(m);
	return out;
}
