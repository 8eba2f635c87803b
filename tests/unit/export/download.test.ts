import { expect, test } from 'vitest';
import { fileName, slug } from '$lib/export/download';
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
