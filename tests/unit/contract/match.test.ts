/**
 * Header aliases and table matching: every contract column accepts its own name; two columns of a
 * table never share an alias; Indonesian headers find their table, title-case, spaces and
 * brackets aside; what is missing is named, split by whether a figure needs it; a user's override
 * wins over the aliases.
 */
import { describe, expect, test } from 'vitest';
import { acceptedKeys, canonicalValue, COLUMN_ALIASES, headerKey } from '$lib/contract/aliases';
import { bestMatch, LOADABLE_TABLES, matchHeaders, matchTable, requiredColumns } from '$lib/contract/match';
import { TABLE_NAMES, TABLES, type TableDef } from '$lib/contract/schema';

const pairs = (m: ReturnType<typeof matchTable>) => [...m.columns].map(([c, h]) => [c, h.text]);

describe('aliases', () => {
	test('every table but regions is loadable, with aliases for exactly its columns', () => {
		expect(LOADABLE_TABLES).toEqual(TABLE_NAMES.filter((t) => t !== 'regions'));
		for (const t of LOADABLE_TABLES) {
			expect(Object.keys(COLUMN_ALIASES[t]).sort(), t).toEqual((TABLES[t] as TableDef).columns.map((c) => c.name).sort());
		}
	});

	test('no two columns of one table share a header', () => {
		for (const t of LOADABLE_TABLES) {
			const owner = new Map<string, string>();
			for (const c of (TABLES[t] as TableDef).columns) {
				for (const key of acceptedKeys(t, c.name)) {
					expect(owner.get(key), `${t}: "${key}" for ${c.name} and ${owner.get(key)}`).toBeUndefined();
					owner.set(key, c.name);
				}
			}
		}
	});

	test('header keys ignore case, spaces, underscores and punctuation', () => {
		expect(headerKey('Peserta Aktif')).toBe('pesertaaktif');
		expect(headerKey('peserta_aktif')).toBe(headerKey('PESERTA-AKTIF'));
		expect(headerKey('Iuran (Rp)')).toBe('iuranrp');
		expect(headerKey('Kab/Kota')).toBe(headerKey('kab_kota'));
	});

	test('category values: another case, or the Indonesian segment names', () => {
		const segments = TABLES.participation.columns.find((c) => c.name === 'segment')!.allowed!;
		expect(canonicalValue('segment', segments, 'Jakon')).toBe('JAKON');
		expect(canonicalValue('segment', segments, 'Bukan Penerima Upah')).toBe('BPU');
		expect(canonicalValue('segment', segments, 'Penerima Upah')).toBe('PU');
		expect(canonicalValue('segment', segments, 'Pekerja Migran Indonesia')).toBe('PMI');
		expect(canonicalValue('segment', segments, 'ASN')).toBeNull();
	});
});

describe('matching headers to a table', () => {
	test("an office's Indonesian participation headers", () => {
		const m = bestMatch(['Kode Wilayah', 'Bulan', 'Segmen', 'Peserta Aktif', 'Peserta Nonaktif', 'Pendaftar Baru', 'Iuran (Rp)'])!;
		expect(m.table).toBe('participation');
		expect(pairs(m)).toEqual([
			['region_code', 'Kode Wilayah'],
			['month', 'Bulan'],
			['segment', 'Segmen'],
			['active', 'Peserta Aktif'],
			['non_active', 'Peserta Nonaktif'],
			['new_registrations', 'Pendaftar Baru'],
			['contributions_idr', 'Iuran (Rp)']
		]);
		expect(m.missing).toEqual([]);
		expect(m.unknown).toEqual([]);
		expect(m.score).toBe(1);
	});

	test('active counts only: participation, not the programme table; the optional columns named apart', () => {
		const [first, second] = matchHeaders(['kode_wilayah', 'bulan', 'segmen', 'aktif', 'nonaktif']);
		expect(first!.table).toBe('participation');
		// participation_village has these very headers: contract order decides, and the parser
		// switches to it when the codes are village codes.
		expect(second!.table).toBe('participation_village');
		expect(first!.missing).toEqual(['new_registrations', 'contributions_idr']);
		expect(first!.missingRequired).toEqual([]);
	});

	test('required columns: the key and every column a metric reads', () => {
		expect(requiredColumns('participation')).toEqual(['region_code', 'month', 'segment', 'active', 'non_active']);
		expect(requiredColumns('workforce')).toEqual(['region_code', 'year', 'working_population', 'formal', 'informal', 'eligible']);
	});

	test('workforce with a province beside it and a note column', () => {
		const m = bestMatch(['Provinsi', 'kode_wilayah', 'Tahun', 'Penduduk Bekerja', 'Pekerja Formal', 'Pekerja Informal', 'Pekerja Layak', 'Catatan'])!;
		expect(m.table).toBe('workforce');
		expect(m.auxiliary.province).toEqual({ index: 0, text: 'Provinsi' });
		expect(m.unknown).toEqual([{ index: 7, text: 'Catatan' }]);
		expect(m.missing).toEqual([]);
	});

	test('a missing key column is named as required; a repeated header is reported', () => {
		const m = matchTable(['kode_wilayah', 'segmen', 'aktif', 'peserta_aktif'], 'participation');
		expect(m.missingRequired).toEqual(['month', 'non_active']);
		expect(m.repeated).toEqual([{ column: 'active', header: { index: 3, text: 'peserta_aktif' } }]);
	});

	test("the user's override wins: a column named 'Jumlah' read as active, another left out", () => {
		const m = matchTable(['kode_wilayah', 'bulan', 'segmen', 'Jumlah', 'aktif'], 'participation', { active: 3, non_active: null });
		expect(m.columns.get('active')).toEqual({ index: 3, text: 'Jumlah' });
		expect(m.missing).toContain('non_active');
		expect(m.unknown).toEqual([{ index: 4, text: 'aktif' }]);
	});

	test('headers nobody knows: no table', () => {
		expect(bestMatch(['Nama', 'Alamat', 'Telepon'])).toBeNull();
	});
});
