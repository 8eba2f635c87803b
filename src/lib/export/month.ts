/**
 * Month values as they travel between queries, charts and exports. A month is keyed `YYYY-MM`
 * (the period in the URL and in `onselect`). Dates are read in UTC: DuckDB-WASM returns DATE
 * values as UTC-midnight epoch milliseconds, and Plot's time scale is UTC, so reading local
 * fields would shift 1 December to 30 November west of Greenwich.
 */

const MONTH_KEY = /^(\d{4})-(\d{2})(?:-\d{2})?$/;

/** A month value accepted from rows: a Date, epoch milliseconds, or a `YYYY-MM[-DD]` string. */
export type MonthValue = Date | number | string;

/** The `YYYY-MM` key of a month value; throws on anything else, naming the value. */
export function monthKey(value: MonthValue): string {
	if (typeof value === 'string') {
		const match = MONTH_KEY.exec(value);
		if (!match || Number(match[2]) < 1 || Number(match[2]) > 12) {
			throw new Error(`invalid month: ${JSON.stringify(value)}`);
		}
		return `${match[1]}-${match[2]}`;
	}
	const date = typeof value === 'number' ? new Date(value) : value;
	if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
		throw new Error(`invalid month: ${String(value)}`);
	}
	return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** The first instant of a month (UTC midnight on day 1), e.g. `monthDate('2024-12')`. */
export function monthDate(value: MonthValue): Date {
	const [year, month] = monthKey(value).split('-').map(Number) as [number, number];
	return new Date(Date.UTC(year, month - 1, 1));
}

/** The month `offset` months after `key` (negative goes back), as a key. */
export function addMonths(key: string, offset: number): string {
	const date = monthDate(key);
	return monthKey(new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + offset, 1)));
}
