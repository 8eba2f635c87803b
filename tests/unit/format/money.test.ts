import { describe, expect, test } from 'vitest';
import { formatRupiah } from '$lib/format';

const M = '\u2212';

describe('formatRupiah', () => {
	test.each([
		[16_800, 'Rp16.800', 'Rp16,800'],
		[0, 'Rp0', 'Rp0'],
		[999, 'Rp999', 'Rp999'],
		[16_800.5, 'Rp16.801', 'Rp16,801'],
		[999_999, 'Rp999.999', 'Rp999,999'],
		[999_999.5, 'Rp1 juta', 'Rp1 million'], // rounding carries into juta
		[1_000_000, 'Rp1 juta', 'Rp1 million'],
		[2_500_000, 'Rp2,5 juta', 'Rp2.5 million'],
		[3_000_000, 'Rp3 juta', 'Rp3 million'],
		[3_040_000, 'Rp3 juta', 'Rp3 million'], // one decimal at most, dropped when zero
		[3_050_000, 'Rp3,1 juta', 'Rp3.1 million'],
		[252_000_000, 'Rp252 juta', 'Rp252 million'],
		[999_950_000, 'Rp1 miliar', 'Rp1 billion'], // and into miliar
		[3_000_000_000, 'Rp3 miliar', 'Rp3 billion'],
		[1_200_000_000_000, 'Rp1,2 triliun', 'Rp1.2 trillion'],
		[1_234_500_000_000_000, 'Rp1.234,5 triliun', 'Rp1,234.5 trillion'],
		[-16_800, `${M}Rp16.800`, `${M}Rp16,800`],
		[-2_500_000, `${M}Rp2,5 juta`, `${M}Rp2.5 million`],
		[-0.4, 'Rp0', 'Rp0'],
		[null, '–', '–'],
		[Number.NaN, '–', '–']
	])('%s -> id %s, en %s', (value, id, en) => {
		expect(formatRupiah(value)).toBe(id);
		expect(formatRupiah(value, 'en')).toBe(en);
	});
});
