/**
 * Months and dates as office files write them: `2024-12`, `2024-12-01`, `01/12/2024` (day first,
 * the Indonesian order), `12/2024`, `202412`, an Excel date cell or its serial number, a
 * Parquet DATE or TIMESTAMP, `Desember 2024`, `Des-24`, `December 2024`. `13/2024` is refused:
 * there is no thirteenth month.
 */
import type { Cell } from './grid';

/** A calendar date read from a cell. */
export interface DateParts {
	readonly year: number;
	readonly month: number;
	readonly day: number;
}

const MONTH_WORDS: Readonly<Record<string, number>> = {
	januari: 1, january: 1, jan: 1,
	februari: 2, pebruari: 2, february: 2, feb: 2, peb: 2,
	maret: 3, march: 3, mar: 3,
	april: 4, apr: 4,
	mei: 5, may: 5,
	juni: 6, june: 6, jun: 6,
	juli: 7, july: 7, jul: 7,
	agustus: 8, august: 8, agu: 8, agt: 8, ags: 8, aug: 8,
	september: 9, sept: 9, sep: 9,
	oktober: 10, october: 10, okt: 10, oct: 10,
	november: 11, nopember: 11, nov: 11, nop: 11,
	desember: 12, december: 12, des: 12, dec: 12
};

// Excel's day 0 is 1899-12-30 (its 1900 leap-year bug included); serials from 1950 to 2100.
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const SERIAL_MIN = 18264;
const SERIAL_MAX = 73051;

function valid(year: number, month: number, day: number): DateParts | null {
	if (!Number.isInteger(year) || year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
	const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
	return day <= last ? { year, month, day } : null;
}

/** The UTC calendar date of a Date (readers give dates at UTC midnight). */
function fromDate(d: Date): DateParts | null {
	return Number.isNaN(d.getTime()) ? null : valid(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

function fromSerial(n: number): DateParts | null {
	if (!Number.isInteger(n) || n < SERIAL_MIN || n > SERIAL_MAX) return null;
	return fromDate(new Date(EXCEL_EPOCH_MS + n * 86_400_000));
}

const fullYear = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));

function fromText(raw: string): DateParts | null {
	const s = raw.trim().toLowerCase();
	let m: RegExpExecArray | null;
	if ((m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ t]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?)?$/.exec(s))) {
		return valid(Number(m[1]), Number(m[2]), Number(m[3]));
	}
	if ((m = /^(\d{4})[-/.](\d{1,2})$/.exec(s))) return valid(Number(m[1]), Number(m[2]), 1);
	if ((m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s))) return valid(Number(m[3]), Number(m[2]), Number(m[1]));
	if ((m = /^(\d{1,2})[-/.](\d{4})$/.exec(s))) return valid(Number(m[2]), Number(m[1]), 1);
	if ((m = /^(\d{4})(\d{2})$/.exec(s))) return valid(Number(m[1]), Number(m[2]), 1);
	if ((m = /^([a-z]+)\.?[\s\-/']*(\d{4}|\d{2})$/.exec(s))) {
		const month = MONTH_WORDS[m[1]!];
		return month ? valid(fullYear(m[2]!), month, 1) : null;
	}
	if ((m = /^(\d{1,2})[\s\-/]+([a-z]+)\.?[\s\-/]+(\d{4}|\d{2})$/.exec(s))) {
		const month = MONTH_WORDS[m[2]!];
		return month ? valid(fullYear(m[3]!), month, Number(m[1])) : null;
	}
	if (/^\d+$/.test(s)) return fromSerial(Number(s));
	return null;
}

/** A calendar date from any cell: null for empty, undefined when it cannot be read. */
export function parseDateCell(cell: Cell): DateParts | null | undefined {
	if (cell === null) return null;
	if (cell instanceof Date) return fromDate(cell) ?? undefined;
	if (typeof cell === 'number') return (Number.isInteger(cell) && cell >= 190001 && cell <= 220012 ? fromText(String(cell)) : fromSerial(cell)) ?? undefined;
	if (typeof cell === 'boolean') return undefined;
	if (cell.trim() === '') return null;
	return fromText(cell) ?? undefined;
}

/** `YYYY-MM-DD` of a date. */
export function isoDate({ year, month, day }: DateParts): string {
	return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
