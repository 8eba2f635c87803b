import type { Locale } from '$lib/i18n/locale';
import { formatAbs, isPresent, MISSING, withSign } from './intl';
import { toScale } from './scale';

/**
 * Rupiah, no space after "Rp" (Indonesian convention): below a million in full (id "Rp16.800",
 * en "Rp16,800"); from a million in words with at most one decimal, dropped when zero
 * (id "Rp2,5 juta", "Rp3 miliar", "Rp1,2 triliun"; en "Rp3 billion"). Negative: "−Rp16.800".
 */
export function formatRupiah(value: number | null | undefined, locale: Locale = 'id'): string {
	if (!isPresent(value)) return MISSING;
	const { mantissa, scale } = toScale(Math.abs(value), 1);
	if (!scale) return withSign(value, `Rp${formatAbs(mantissa, 0, 0, locale)}`);
	return withSign(value, `Rp${formatAbs(mantissa, 0, 1, locale)} ${scale.words[locale]}`);
}
