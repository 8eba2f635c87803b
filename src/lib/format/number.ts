import type { Locale } from '$lib/i18n/locale';
import { formatAbs, isPresent, MISSING, withSign } from './intl';
import { toScale } from './scale';

/** Options for fixed-decimal formatters: `digits` after the decimal separator (default 1). */
export interface DigitsOptions {
	digits?: number;
}

/** A whole number with grouping: 1234567 -> id "1.234.567", en "1,234,567". */
export function formatInteger(value: number | null | undefined, locale: Locale = 'id'): string {
	if (!isPresent(value)) return MISSING;
	return withSign(value, formatAbs(Math.abs(value), 0, 0, locale));
}

/** A number with exactly `digits` decimals (default 1): 1.35 -> id "1,4", en "1.4". */
export function formatNumber(
	value: number | null | undefined,
	{ digits = 1 }: DigitsOptions = {},
	locale: Locale = 'id'
): string {
	if (!isPresent(value)) return MISSING;
	return withSign(value, formatAbs(Math.abs(value), digits, digits, locale));
}

/**
 * A count for a tile: 45_220_000 -> id "45,22 juta", en "45.22 million"; below a million the
 * full integer. Always two decimals in juta/miliar/triliun, trailing zeros kept ("45,20 juta"),
 * so figures side by side line up and read with the same precision.
 */
export function formatCount(value: number | null | undefined, locale: Locale = 'id'): string {
	if (!isPresent(value)) return MISSING;
	const { mantissa, scale } = toScale(Math.abs(value), 2);
	if (!scale) return withSign(value, formatAbs(mantissa, 0, 0, locale));
	return withSign(value, `${formatAbs(mantissa, 2, 2, locale)} ${scale.words[locale]}`);
}

/** A value already in percent units: 45.6 -> id "45,6%", en "45.6%" (`digits` default 1). */
export function formatPercent(
	value: number | null | undefined,
	{ digits = 1 }: DigitsOptions = {},
	locale: Locale = 'id'
): string {
	if (!isPresent(value)) return MISSING;
	return `${withSign(value, formatAbs(Math.abs(value), digits, digits, locale))}%`;
}

/** A percent change with its sign: 3.456 -> id "+3,5%", en "+3.5%"; zero has no sign. */
export function formatSignedPercent(
	value: number | null | undefined,
	{ digits = 1 }: DigitsOptions = {},
	locale: Locale = 'id'
): string {
	if (!isPresent(value)) return MISSING;
	return `${withSign(value, formatAbs(Math.abs(value), digits, digits, locale), true)}%`;
}

const POINTS: Record<Locale, string> = { id: 'poin', en: 'pts' };

/** A percentage-point change: 1.23 -> id "+1,2 poin", en "+1.2 pts"; −1.23 -> "−1,2 poin". */
export function formatPoints(
	value: number | null | undefined,
	{ digits = 1 }: DigitsOptions = {},
	locale: Locale = 'id'
): string {
	if (!isPresent(value)) return MISSING;
	const body = formatAbs(Math.abs(value), digits, digits, locale);
	return `${withSign(value, body, true)} ${POINTS[locale]}`;
}
