import type { Locale } from '$lib/i18n/locale';

/** Shown in place of a missing value: null, undefined, NaN or ±Infinity (U+2013 en dash). */
export const MISSING = '–';

/**
 * Typographic minus (U+2212), used by every formatter for negative numbers: these strings are
 * for display only, so CSV/Excel exports must write raw numbers, never formatted ones.
 */
export const MINUS = '\u2212';

// en-GB rather than en-US: day-month-year order, and the same digits and separators.
const INTL_TAG: Record<Locale, string> = { id: 'id-ID', en: 'en-GB' };

// Intl.NumberFormat is slow to construct and these run in render paths: one instance per shape.
const cache = new Map<string, Intl.NumberFormat>();

/** True when `value` is a finite number, i.e. not shown as MISSING. */
export function isPresent(value: number | null | undefined): value is number {
	return typeof value === 'number' && Number.isFinite(value);
}

/** A non-negative number with grouping and `min`–`max` decimals, rounded half away from zero. */
export function formatAbs(abs: number, min: number, max: number, locale: Locale): string {
	const key = `${locale}:${min}:${max}`;
	let format = cache.get(key);
	if (!format) {
		format = new Intl.NumberFormat(INTL_TAG[locale], {
			minimumFractionDigits: min,
			maximumFractionDigits: max
		});
		cache.set(key, format);
	}
	return plainSpaces(format.format(abs));
}

/** Prefixes `body` with − for a negative value (+ too when `plus`), unless it rounded to zero. */
export function withSign(value: number, body: string, plus = false): string {
	if (!/[1-9]/.test(body)) return body; // never "−0,0" or "+0,0"
	if (value < 0) return MINUS + body;
	return plus && value > 0 ? `+${body}` : body;
}

/** Replaces the no-break spaces Intl emits (U+00A0, U+202F) with plain spaces. */
export function plainSpaces(text: string): string {
	return text.replace(/[\u00A0\u202F]/g, ' ');
}

/**
 * Rounds half away from zero at `digits` decimals, on the number's shortest decimal form as
 * Intl does (so 45.65 -> 45.7 and 999.995 -> 1000, where Math.round(x * 100) would drift).
 */
export function roundDecimal(abs: number, digits: number): number {
	const [mantissa, exponent = '0'] = String(abs).split('e');
	const shifted = Math.round(Number(`${mantissa}e${Number(exponent) + digits}`));
	const [m, e = '0'] = String(shifted).split('e');
	return Number(`${m}e${Number(e) - digits}`);
}
