import { describe, expect, test } from 'vitest';
import {
	formatBytes,
	formatCount,
	formatDate,
	formatInteger,
	formatMonth,
	formatNumber,
	formatPercent,
	formatPoints,
	formatRupiah,
	formatSignedPercent,
	MINUS,
	MISSING
} from '$lib/format';
import { roundDecimal, withSign } from '$lib/format/intl';
import type { Locale } from '$lib/i18n/locale';

test('the constants', () => {
	expect(MISSING).toBe('\u2013');
	expect(MINUS).toBe('\u2212');
});

describe('roundDecimal', () => {
	test.each([
		[45.65, 1, 45.7],
		[45.64999, 1, 45.6],
		[1.005, 2, 1.01],
		[999.995, 2, 1000],
		[0.5, 0, 1],
		[2.5, 0, 3],
		[0, 2, 0],
		[1e21, 2, 1e21],
		[1.5e-7, 2, 0]
	])('%s at %s digits -> %s', (value, digits, expected) => {
		expect(roundDecimal(value, digits)).toBe(expected);
	});
});

describe('withSign', () => {
	test.each([
		[-1, '1,0', false, `${MINUS}1,0`],
		[1, '1,0', false, '1,0'],
		[1, '1,0', true, '+1,0'],
		[-0.01, '0,0', true, '0,0'],
		[0.01, 'Rp0', true, 'Rp0']
	])('%s %s plus=%s -> %s', (value, body, plus, expected) => {
		expect(withSign(value, body, plus)).toBe(expected);
	});
});

test('no formatter emits a no-break space or an ASCII minus', () => {
	const values = [-1_234_567_890_123, -45_220_000, -16_800, -45.65, 0, 3.5, 875_641, 1.2e12];
	const outputs = (['id', 'en'] as Locale[]).flatMap((locale) => [
		...values.flatMap((v) => [
			formatInteger(v, locale),
			formatNumber(v, {}, locale),
			formatCount(v, locale),
			formatPercent(v, {}, locale),
			formatSignedPercent(v, {}, locale),
			formatPoints(v, {}, locale),
			formatRupiah(v, locale),
			formatBytes(Math.abs(v), locale)
		]),
		formatMonth('2024-12', locale),
		formatDate('2025-07-16', locale)
	]);
	for (const text of outputs) expect(text).not.toMatch(/[\u00A0\u202F-]/);
});
