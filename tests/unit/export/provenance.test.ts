import { describe, expect, test } from 'vitest';
import { provenanceLine, provenanceRows, shortChecksum, syntheticMark } from '$lib/export/provenance';
import { PROVENANCE } from './provenance-fixture';

describe('shortChecksum', () => {
	test('first 12 hex digits, lowercased', () => {
		expect(shortChecksum(PROVENANCE.checksum)).toBe('3f2a9c0d1b7e');
	});
	test.each(['', 'abc', 'g'.repeat(64), '0'.repeat(63)])('throws on %j', (bad) => {
		expect(() => shortChecksum(bad)).toThrow(`invalid sha256 checksum: ${JSON.stringify(bad)}`);
	});
});

describe('syntheticMark', () => {
	test.each([
		[{ synthetic: true }, 'id', 'DATA SINTETIS'],
		[{ synthetic: true }, 'en', 'SYNTHETIC DATA'],
		[{ synthetic: false, partlySynthetic: true }, 'id', 'SEBAGIAN SINTETIS'],
		[{ synthetic: false, partlySynthetic: true }, 'en', 'PARTLY SYNTHETIC'],
		[{ synthetic: false }, 'id', null]
	] as const)('%o in %s', (flags, locale, expected) => {
		expect(syntheticMark({ ...PROVENANCE, partlySynthetic: undefined, ...flags }, locale)).toBe(expected);
	});
});

test('provenanceLine: dataset, version, short checksum, mark', () => {
	expect(provenanceLine(PROVENANCE)).toBe('Sampel Cakupan 2025.1 · sha256 3f2a9c0d1b7e · DATA SINTETIS');
	expect(provenanceLine({ ...PROVENANCE, synthetic: false }, 'en')).toBe(
		'Sampel Cakupan 2025.1 · sha256 3f2a9c0d1b7e'
	);
});

test('provenanceRows (id): mark first, filters in order, trimmed SQL, BigInt params as text', () => {
	expect(provenanceRows(PROVENANCE)).toEqual([
		['Status data', 'DATA SINTETIS'],
		['Dataset', 'Sampel Cakupan'],
		['Versi', '2025.1'],
		['Checksum singkat', '3f2a9c0d1b7e'],
		['Checksum', '3f2a9c0d1b7e' + '0'.repeat(52)],
		['Periode', 'Desember 2024'],
		['Tingkat', 'Provinsi'],
		['Penyebut', 'pekerja yang memenuhi syarat'],
		['Tautan', 'https://cakupan.example/nasional/?periode=2024-12'],
		['Kueri', 'SELECT code, ucj FROM coverage WHERE period = ?::DATE'],
		['Parameter kueri', '["2024-12-01","3"]']
	]);
});

test('provenanceRows (en): English labels; real data has no status row; generatedAt shown', () => {
	const rows = provenanceRows(
		{ ...PROVENANCE, synthetic: false, denominator: undefined, generatedAt: '2025-01-02T03:04:05Z' },
		'en'
	);
	expect(rows.map(([label]) => label)).toEqual([
		'Dataset', 'Version', 'Short checksum', 'Checksum', 'Periode', 'Tingkat', 'Link',
		'Generated at', 'Query', 'Query parameters'
	]);
	expect(rows[7]).toEqual(['Generated at', '2025-01-02T03:04:05Z']);
});
