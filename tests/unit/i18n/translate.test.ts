import { describe, expect, test } from 'vitest';
import { isLocale, isMessageKey, segmentKey, t, translator, type MessageKey } from '$lib/i18n';
import { SEGMENTS } from '$lib/contract/domain';

describe('t', () => {
	test.each([
		['app.tagline', 'id', 'Cakupan kepesertaan Jaminan Sosial Ketenagakerjaan'],
		['app.tagline', 'en', 'Employment social security coverage'],
		['nav.overview', 'id', 'Ikhtisar Nasional'],
		['nav.overview', 'en', 'National overview'],
		['nav.methods', 'en', 'Methodology'],
		['denominator.working', 'en', 'Denominator: all working people']
	] as const)('%s in %s', (key, locale, expected) => {
		expect(t(key, undefined, locale)).toBe(expected);
	});

	test('defaults to Indonesian', () => {
		expect(t('load.retry')).toBe('Coba lagi');
	});

	test('fills placeholders', () => {
		const params = { loaded: '12,3 MB', total: '40,0 MB' };
		expect(t('load.downloading', params)).toBe('Mengunduh data… 12,3 MB dari 40,0 MB');
		expect(t('load.downloading', { loaded: '12.3 MB', total: '40.0 MB' }, 'en')).toBe(
			'Downloading data… 12.3 MB of 40.0 MB'
		);
	});

	test('leaves a placeholder without a value as written and ignores extra values', () => {
		expect(t('load.downloading', { loaded: '1 MB', other: 'x' })).toBe(
			'Mengunduh data… 1 MB dari {total}'
		);
		expect(t('load.downloading')).toBe('Mengunduh data… {loaded} dari {total}');
	});

	test('does not re-read substituted text or inherited names', () => {
		expect(t('load.downloading', { loaded: '{total}', total: '$&' })).toBe(
			'Mengunduh data… {total} dari $&'
		);
		expect(t('load.downloading', {})).toBe('Mengunduh data… {loaded} dari {total}');
		expect(t('load.downloading', Object.create({ loaded: 'x' }) as Record<string, string>)).toBe(
			'Mengunduh data… {loaded} dari {total}'
		);
	});

	test('returns an unknown key as itself', () => {
		expect(t('no.such.key' as MessageKey)).toBe('no.such.key');
		expect(t('no.such.key' as MessageKey, undefined, 'en')).toBe('no.such.key');
	});
});

test('translator binds the locale', () => {
	const en = translator('en');
	const id = translator('id');
	expect(en('load.retry')).toBe('Try again');
	expect(id('load.retry')).toBe('Coba lagi');
	expect(en('load.downloading', { loaded: '1', total: '2' })).toBe('Downloading data… 1 of 2');
});

test('isMessageKey narrows built keys', () => {
	const code = 'JAKON';
	const key = `segment.${code}`;
	expect(isMessageKey(key)).toBe(true);
	if (isMessageKey(key)) expect(t(key, undefined, 'en')).toBe('Construction (Jakon)');
	expect(isMessageKey('segment.XYZ')).toBe(false);
	expect(isMessageKey('toString')).toBe(false);
});

test.each([
	['PU', 'segment.PU', 'Penerima Upah (PU)'],
	['BPU', 'segment.BPU', 'Bukan Penerima Upah (BPU)'],
	['JAKON', 'segment.JAKON', 'Jasa Konstruksi (Jakon)'],
	['PMI', 'segment.PMI', 'Pekerja Migran Indonesia (PMI)']
] as const)('segmentKey(%s) is %s', (segment, key, name) => {
	expect(segmentKey(segment)).toBe(key);
	expect(t(segmentKey(segment))).toBe(name);
});

test('segmentKey covers every segment with its own key', () => {
	expect(new Set(SEGMENTS.map(segmentKey)).size).toBe(SEGMENTS.length);
});

test.each([
	['id', true],
	['en', true],
	['fr', false],
	['ID', false],
	[undefined, false],
	[null, false]
])('isLocale(%j) is %s', (value, expected) => {
	expect(isLocale(value)).toBe(expected);
});
