import type { Locale } from '$lib/i18n/locale';
import { roundDecimal } from './intl';

/** A power of a thousand named in words: juta/million and up. */
export interface Scale {
	value: number;
	words: Record<Locale, string>;
}

// Named by hand, not Intl's compact notation: CLDR's compact forms differ between browsers and
// versions, and round to two significant digits ("45 juta").
const SCALES: readonly Scale[] = [
	{ value: 1e6, words: { id: 'juta', en: 'million' } },
	{ value: 1e9, words: { id: 'miliar', en: 'billion' } },
	{ value: 1e12, words: { id: 'triliun', en: 'trillion' } }
];

/** `abs` in the largest scale it reaches, rounded at `digits`; below a million an integer, no scale. */
export function toScale(abs: number, digits: number): { mantissa: number; scale?: Scale } {
	let i = -1;
	while (i + 1 < SCALES.length && abs >= SCALES[i + 1]!.value) i++;
	const unit = (k: number) => (k < 0 ? 1 : SCALES[k]!.value);
	const places = (k: number) => (k < 0 ? 0 : digits);
	let mantissa = roundDecimal(abs / unit(i), places(i));
	// Rounding can carry into the next scale: 999.999,6 -> 1 juta, 999,995 juta -> 1,00 miliar.
	if (i + 1 < SCALES.length && mantissa >= unit(i + 1) / unit(i)) {
		i++;
		mantissa = roundDecimal(abs / unit(i), places(i));
	}
	return i < 0 ? { mantissa } : { mantissa, scale: SCALES[i] };
}
