import { describe, expect, test } from 'vitest';
import { provenanceLine, provenanceRows, shortChecksum, syntheticMark } from '$lib/export/provenance';
import { provenanceOf } from '$lib/export/provenance-from';
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

describe('a figure once a user’s data is active', () => {
	const manifest = { name: 'cakupan-sample+user', version: 'user-3f2a9c0d1b7e', checksum: PROVENANCE.checksum, synthetic: true };
	const figure = { filters: [], query: { text: 'SELECT 1', params: [] }, url: 'https://cakupan.example/' };

	test('the sample alone (no origin) keeps the manifest’s mark, as before', () => {
		expect(provenanceOf(manifest, figure)).toMatchObject({ synthetic: true });
		expect(provenanceOf(manifest, figure)).not.toHaveProperty('partlySynthetic');
		expect(provenanceOf(manifest, figure)).not.toHaveProperty('source');
	});

	test.each([
		['sample', 'DATA SINTETIS', 'SYNTHETIC DATA'],
		['mixed', 'SEBAGIAN SINTETIS', 'PARTLY SYNTHETIC'],
		['user', null, null]
	] as const)('%s rows: mark %s / %s', (source, id, en) => {
		const p = provenanceOf(manifest, figure, { source });
		expect(syntheticMark(p, 'id')).toBe(id);
		expect(syntheticMark(p, 'en')).toBe(en);
	});

	test('mixed rows of a real (non-synthetic) sample carry no synthetic mark', () => {
		expect(syntheticMark(provenanceOf({ ...manifest, synthetic: false }, figure, { source: 'mixed' }))).toBeNull();
	});

	test('rows: the origin after the mark; a national figure of the user’s provinces says which', () => {
		const mixed = provenanceRows(provenanceOf(manifest, figure, { source: 'mixed' }));
		expect(mixed.slice(0, 2)).toEqual([
			['Status data', 'SEBAGIAN SINTETIS'],
			['Asal angka', 'data Anda dan data sampel']
		]);
		const mine = provenanceOf({ ...manifest, synthetic: false }, figure, { source: 'user', provinces: ['Kalimantan Tengah', 'Kalimantan Barat'] });
		expect(provenanceRows(mine, 'en').slice(0, 2)).toEqual([
			['Figures from', 'your data'],
			['Area covered', 'only the loaded provinces: Kalimantan Tengah, Kalimantan Barat']
		]);
		expect(provenanceLine(mine)).toBe('cakupan-sample+user user-3f2a9c0d1b7e · sha256 3f2a9c0d1b7e · hanya provinsi yang dimuat: Kalimantan Tengah, Kalimantan Barat');
		expect(provenanceLine(provenanceOf(manifest, figure, { source: 'mixed' }), 'en')).toBe(
			'cakupan-sample+user user-3f2a9c0d1b7e · sha256 3f2a9c0d1b7e · PARTLY SYNTHETIC'
		);
	});
});
