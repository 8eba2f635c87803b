import { expect, test } from 'vitest';
import { fileName, slug } from '$lib/export/download';
import { addMonths, monthDate, monthKey } from '$lib/export/month';
import { PROVENANCE } from './provenance-fixture';

test('fileName carries view, period, synthetic flag and short checksum, ASCII only', () => {
	expect(fileName(['Peringkat provinsi', '2024-12'], PROVENANCE, 'csv')).toBe(
		'cakupan_peringkat-provinsi_2024-12_sintetis_3f2a9c0d1b7e.csv'
	);
	expect(fileName('peringkat-provinsi_2024-12', PROVENANCE, 'xlsx')).toBe(
		'cakupan_peringkat-provinsi-2024-12_sintetis_3f2a9c0d1b7e.xlsx'
	);
	expect(fileName('Tren', { ...PROVENANCE, synthetic: false, partlySynthetic: true }, 'png')).toBe(
		'cakupan_tren_sebagian-sintetis_3f2a9c0d1b7e.png'
	);
	expect(fileName('Tren', { ...PROVENANCE, synthetic: false }, 'svg')).toBe('cakupan_tren_3f2a9c0d1b7e.svg');
	expect(() => fileName('x', PROVENANCE, '.')).toThrow('invalid file extension: "."');
});

test.each([
	['Kota Palangka Raya (62)', 'kota-palangka-raya-62'],
	['Bengkulu – Seluma/Kaur', 'bengkulu-seluma-kaur'],
	['Pétanque café', 'petanque-cafe'],
	['  ', '']
])('slug(%j) = %j', (text, expected) => expect(slug(text)).toBe(expected));

test('months: keys from strings, UTC dates and epoch ms; month starts at UTC midnight', () => {
	expect(monthKey('2024-12')).toBe('2024-12');
	expect(monthKey('2024-12-31')).toBe('2024-12');
	expect(monthKey(new Date(Date.UTC(2024, 11, 1)))).toBe('2024-12');
	expect(monthKey(Date.UTC(2019, 0, 1))).toBe('2019-01');
	expect(monthDate('2024-12').toISOString()).toBe('2024-12-01T00:00:00.000Z');
	expect(addMonths('2024-12', 1)).toBe('2025-01');
	expect(addMonths('2019-01', -1)).toBe('2018-12');
	expect(() => monthKey('2024-13')).toThrow('invalid month: "2024-13"');
	expect(() => monthKey(new Date(NaN))).toThrow('invalid month');
});
