import type { Locale } from '$lib/i18n/locale';
import { formatAbs, isPresent, MISSING, roundDecimal } from './intl';

// SI units (1 MB = 1 000 000 bytes), as Content-Length and most file managers count.
const UNITS = ['B', 'kB', 'MB', 'GB'] as const;

/** A size for progress text: 12_345_678 -> id "12,3 MB", en "12.3 MB"; whole bytes below 1 kB. */
export function formatBytes(value: number | null | undefined, locale: Locale = 'id'): string {
	if (!isPresent(value) || value < 0) return MISSING;
	let unit = 0;
	while (unit + 1 < UNITS.length && value >= 1000 ** (unit + 1)) unit++;
	// Rounding can carry into the next unit: 999_960 bytes is "1,0 MB", not "1.000,0 kB".
	if (unit + 1 < UNITS.length && roundDecimal(value / 1000 ** unit, unit ? 1 : 0) >= 1000) unit++;
	const digits = unit ? 1 : 0;
	const body = formatAbs(roundDecimal(value / 1000 ** unit, digits), digits, digits, locale);
	return `${body} ${UNITS[unit]}`;
}
