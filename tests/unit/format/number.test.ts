import { describe, expect, test } from 'vitest';
import {
	formatCount,
	formatInteger,
	formatNumber,
	formatPercent,
	formatPoints,
	formatSignedPercent
} from '$lib/format';

// Negative numbers use U+2212, written out here so the tests show it.
const M = '\u2212';

describe('formatInteger', () => {
	test.each([
		[1234567, '1.234.567', '1,234,567'],
		[1234, '1.234', '1,234'],
		[999, '999', '999'],
		[0, '0', '0'],
		[-0, '0', '0'],
		[-1234567, `${M}1.234.567`, `${M}1,234,567`],
		[1234.5, '1.235', '1,235'], // half away from zero
		[-0.4, '0', '0'], // rounds to zero: no sign
		[null, '–', '–'],
		[undefined, '–', '–'],
		[Number.NaN, '–', '–'],
		[Number.POSITIVE_INFINITY, '–', '–']
	])('%s -> id %s, en %s', (value, id, en) => {
		expect(formatInteger(value)).toBe(id);
		expect(formatInteger(value, 'en')).toBe(en);
	});
});

describe('formatNumber', () => {
	test.each([
		[1.35, 1, '1,4', '1.4'],
		[1.35, 2, '1,35', '1.35'],
		[2, 2, '2,00', '2.00'],
		[12345.678, 1, '12.345,7', '12,345.7'],
		[-0.04, 1, '0,0', '0.0'],
		[-1.25, 1, `${M}1,3`, `${M}1.3`],
		[Number.NaN, 1, '–', '–']
	])('%s with %s digits -> id %s, en %s', (value, digits, id, en) => {
		expect(formatNumber(value, { digits })).toBe(id);
		expect(formatNumber(value, { digits }, 'en')).toBe(en);
	});

	test('defaults to one decimal', () => {
		expect(formatNumber(3)).toBe('3,0');
	});
});

describe('formatCount', () => {
	test.each([
		[45_220_000, '45,22 juta', '45.22 million'],
		[45_200_000, '45,20 juta', '45.20 million'], // trailing zeros kept
		[1_234_000_000, '1,23 miliar', '1.23 billion'],
		[1_500_000_000_000, '1,50 triliun', '1.50 trillion'],
		[2_500_000_000_000_000, '2.500,00 triliun', '2,500.00 trillion'],
		[875_641, '875.641', '875,641'],
		[1_000_000, '1,00 juta', '1.00 million'],
		[999_999, '999.999', '999,999'],
		[999_999.5, '1,00 juta', '1.00 million'], // rounding carries into juta
		[999_994_999, '999,99 juta', '999.99 million'],
		[999_995_000, '1,00 miliar', '1.00 billion'], // and into miliar
		[45_225_000, '45,23 juta', '45.23 million'], // half away from zero
		[0, '0', '0'],
		[-2_560_000, `${M}2,56 juta`, `${M}2.56 million`],
		[-875_641, `${M}875.641`, `${M}875,641`],
		[null, '–', '–'],
		[Number.NaN, '–', '–']
	])('%s -> id %s, en %s', (value, id, en) => {
		expect(formatCount(value)).toBe(id);
		expect(formatCount(value, 'en')).toBe(en);
	});
});

describe('formatPercent', () => {
	test.each([
		[45.6, '45,6%', '45.6%'],
		[45.65, '45,7%', '45.7%'], // the decimal 45,65 rounds up, though the double is 45.6499…
		[45.64, '45,6%', '45.6%'],
		[0.04, '0,0%', '0.0%'],
		[0.05, '0,1%', '0.1%'],
		[0, '0,0%', '0.0%'],
		[100, '100,0%', '100.0%'],
		[123.45, '123,5%', '123.5%'], // above 100% is shown, never clipped (DOMAIN.md §2)
		[1234.5, '1.234,5%', '1,234.5%'],
		[-3.21, `${M}3,2%`, `${M}3.2%`],
		[-0.04, '0,0%', '0.0%'], // never "−0,0%"
		[null, '–', '–'],
		[Number.NaN, '–', '–'],
		[Number.NEGATIVE_INFINITY, '–', '–']
	])('%s -> id %s, en %s', (value, id, en) => {
		expect(formatPercent(value)).toBe(id);
		expect(formatPercent(value, {}, 'en')).toBe(en);
	});

	test.each([
		[45.65, 0, '46%'],
		[45.65, 2, '45,65%'],
		[52.15, 2, '52,15%'],
		[1.005, 2, '1,01%'],
		[67.275, 2, '67,28%']
	])('%s with %s digits -> %s', (value, digits, expected) => {
		expect(formatPercent(value, { digits })).toBe(expected);
	});
});

describe('formatSignedPercent', () => {
	test.each([
		[3.456, '+3,5%', '+3.5%'],
		[-3.456, `${M}3,5%`, `${M}3.5%`],
		[0, '0,0%', '0.0%'],
		[0.04, '0,0%', '0.0%'], // rounds to zero: no sign
		[-0.04, '0,0%', '0.0%'],
		[0.05, '+0,1%', '+0.1%'],
		[1234.56, '+1.234,6%', '+1,234.6%'],
		[null, '–', '–']
	])('%s -> id %s, en %s', (value, id, en) => {
		expect(formatSignedPercent(value)).toBe(id);
		expect(formatSignedPercent(value, {}, 'en')).toBe(en);
	});

	test('takes digits', () => {
		expect(formatSignedPercent(3.456, { digits: 2 })).toBe('+3,46%');
	});
});

describe('formatPoints', () => {
	test.each([
		[1.23, '+1,2 poin', '+1.2 pts'],
		[-1.23, `${M}1,2 poin`, `${M}1.2 pts`],
		[0, '0,0 poin', '0.0 pts'],
		[-0.04, '0,0 poin', '0.0 pts'],
		[0.45, '+0,5 poin', '+0.5 pts'],
		[12.35, '+12,4 poin', '+12.4 pts'],
		[Number.NaN, '–', '–'],
		[undefined, '–', '–']
	])('%s -> id %s, en %s', (value, id, en) => {
		expect(formatPoints(value)).toBe(id);
		expect(formatPoints(value, {}, 'en')).toBe(en);
	});

	test('takes digits', () => {
		expect(formatPoints(-1.234, { digits: 2 }, 'en')).toBe(`${M}1.23 pts`);
	});
});
