/**
 * The column headers a file may use for each contract column: the contract's own name and the
 * Indonesian labels office exports carry (`kode_wilayah`, `bulan`, `segmen`, `aktif` ...). The one
 * place these are listed; `match.ts` reads them to match a file's headers to a table.
 *
 * Headers compare after {@link headerKey}: case, spaces, underscores, dots, dashes, slashes and
 * brackets do not matter, so "Peserta Aktif", "peserta_aktif" and "PESERTA-AKTIF" are one header.
 * `regions` is reference data (Kemendagri codes), never loaded from a user's file: it has none.
 */
import type { TableName } from './schema';

/** A header reduced to its letters and digits, lower case: "Iuran (Rp)" -> "iuranrp". */
export function headerKey(header: string): string {
	return header
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]/g, '');
}

/** Tables a user may load from a file. */
export type LoadableTable = Exclude<TableName, 'regions'>;

const REGION = ['kode_wilayah', 'kode_kab_kota', 'kode_kabupaten_kota', 'kode_kabupaten', 'kode_kota', 'kabupaten_kota', 'kab_kota', 'kab/kota', 'wilayah', 'kode'];
const VILLAGE = ['kode_desa', 'kode_kelurahan', 'kode_desa_kelurahan', 'desa_kelurahan', 'desa', 'kelurahan', 'kode_wilayah', 'wilayah'];
const MONTH = ['bulan', 'periode', 'bulan_laporan', 'periode_bulan', 'bulan_tahun'];
const YEAR = ['tahun', 'periode_tahun'];
const SEGMENT = ['segmen', 'segmen_peserta', 'jenis_peserta', 'kategori_peserta'];
const ACTIVE = ['aktif', 'peserta_aktif', 'jumlah_aktif', 'jumlah_peserta_aktif', 'tk_aktif', 'tenaga_kerja_aktif'];
const NON_ACTIVE = ['nonaktif', 'non_aktif', 'tidak_aktif', 'peserta_nonaktif', 'peserta_non_aktif', 'peserta_tidak_aktif', 'jumlah_nonaktif'];

/**
 * Aliases per loadable table and column, besides the column's own name (always accepted).
 * Two columns of one table never share an alias (a test checks it).
 */
export const COLUMN_ALIASES: { readonly [T in LoadableTable]: Readonly<Record<string, readonly string[]>> } = {
	workforce: {
		region_code: REGION,
		year: YEAR,
		working_population: ['penduduk_bekerja', 'bekerja', 'jumlah_bekerja', 'pekerja'],
		formal: ['pekerja_formal', 'tenaga_kerja_formal'],
		informal: ['pekerja_informal', 'tenaga_kerja_informal'],
		eligible: ['pekerja_layak', 'layak', 'pekerja_memenuhi_syarat', 'pekerja_rentan_layak', 'eligible_workers']
	},
	ucj_targets: {
		province_code: ['kode_provinsi', 'provinsi', 'kode_prov'],
		year: YEAR,
		target_pct: ['target', 'target_ucj', 'target_persen', 'target_cakupan', 'target_uc']
	},
	participation: {
		region_code: REGION,
		month: MONTH,
		segment: SEGMENT,
		active: ACTIVE,
		non_active: NON_ACTIVE,
		new_registrations: ['pendaftar_baru', 'peserta_baru', 'registrasi_baru', 'baru', 'kepesertaan_baru'],
		contributions_idr: ['iuran', 'iuran_rp', 'iuran_idr', 'penerimaan_iuran', 'iuran_diterima']
	},
	participation_village: {
		region_code: VILLAGE,
		month: MONTH,
		segment: SEGMENT,
		active: ACTIVE,
		non_active: NON_ACTIVE
	},
	participation_programme: {
		region_code: REGION,
		month: MONTH,
		segment: SEGMENT,
		programme: ['program', 'program_jaminan', 'jenis_program'],
		active: ACTIVE
	},
	villages_support: {
		village_code: VILLAGE,
		year: YEAR,
		officials_covered: ['perangkat_desa_terlindungi', 'perangkat_desa', 'aparat_desa'],
		vulnerable_covered: ['pekerja_rentan_terlindungi', 'pekerja_rentan', 'rentan'],
		apbdes_people: ['peserta_apbdes', 'orang_apbdes', 'dibiayai_apbdes'],
		apbdes_idr: ['anggaran_apbdes', 'apbdes_rp', 'apbdes']
	},
	regional_budget: {
		region_code: ['kode_wilayah', 'kode_pemda', 'pemda', 'wilayah', 'kode'],
		year: YEAR,
		vulnerable_idr: ['apbd_rentan_rp', 'anggaran_rentan', 'apbd_pekerja_rentan'],
		vulnerable_people: ['peserta_rentan', 'pekerja_rentan_dibiayai', 'jumlah_rentan'],
		non_asn_idr: ['apbd_non_asn_rp', 'anggaran_non_asn', 'apbd_non_asn'],
		non_asn_people: ['peserta_non_asn', 'pegawai_non_asn', 'jumlah_non_asn']
	},
	regional_regulations: {
		region_code: ['kode_wilayah', 'kode_pemda', 'pemda', 'wilayah'],
		year: YEAR,
		type: ['jenis', 'jenis_regulasi', 'jenis_peraturan'],
		number: ['nomor', 'no', 'nomor_regulasi'],
		title: ['judul', 'judul_regulasi', 'tentang'],
		issued_on: ['tanggal', 'tanggal_terbit', 'tanggal_ditetapkan', 'ditetapkan']
	},
	employers: {
		employer_id: ['id_pemberi_kerja', 'npp', 'kode_perusahaan', 'id_perusahaan'],
		year: YEAR,
		name: ['nama', 'nama_perusahaan', 'nama_pemberi_kerja'],
		region_code: ['kode_wilayah', 'kode_kab_kota', 'kabupaten_kota'],
		province_code: ['kode_provinsi', 'provinsi'],
		size: ['skala', 'skala_usaha', 'ukuran'],
		sector: ['sektor', 'kbli', 'sektor_kbli'],
		workers: ['pekerja', 'jumlah_pekerja', 'tenaga_kerja'],
		workers_registered: ['pekerja_terdaftar', 'tk_terdaftar', 'jumlah_terdaftar'],
		has_jkk: ['jkk'],
		has_jkm: ['jkm'],
		has_jht: ['jht'],
		has_jp: ['jp'],
		has_jkp: ['jkp'],
		wage_reported_idr: ['upah_dilaporkan', 'upah_lapor', 'upah_dilaporkan_rp'],
		wage_reference_idr: ['upah_acuan', 'upah_minimum', 'ump_umk', 'umk'],
		months_in_arrears: ['bulan_tunggakan', 'tunggakan_bulan', 'tunggakan'],
		vulnerable_sponsored: ['rentan_disponsori', 'pekerja_rentan_csr', 'csr_rentan']
	},
	candidates: {
		candidate_id: ['id_kandidat', 'kode_kandidat', 'id_calon'],
		edition: ['edisi', 'penghargaan'],
		assessment_year: ['tahun_penilaian', 'tahun_dinilai'],
		province_code: ['kode_provinsi', 'provinsi'],
		category: ['kategori'],
		stage: ['tahap'],
		candidate: ['kandidat', 'nama_kandidat', 'calon', 'nama'],
		candidate_kind: ['jenis_kandidat'],
		region_code: ['kode_wilayah', 'wilayah'],
		employer_id: ['id_pemberi_kerja', 'npp'],
		nominating_office: ['kantor_cabang', 'kantor_pengusul', 'pengusul'],
		result: ['hasil', 'peringkat'],
		source: ['sumber'],
		note: ['catatan', 'keterangan']
	}
};

/**
 * Columns that are not in the contract but help read a file: a province (name or code) beside
 * regency names, so a name is resolved within its province. Never stored.
 */
export const AUXILIARY_ALIASES = {
	province: ['provinsi', 'nama_provinsi', 'kode_provinsi', 'prov', 'province']
} as const;

export type AuxiliaryColumn = keyof typeof AUXILIARY_ALIASES;

/** Every header key a column accepts: its own name and its aliases. */
export function acceptedKeys(table: LoadableTable, column: string): Set<string> {
	return new Set([column, ...(COLUMN_ALIASES[table][column] ?? [])].map(headerKey));
}

/**
 * Category values written another way: the Indonesian names of segments. Any allowed value is
 * also accepted in another case ("Jakon" is JAKON); these add the words offices write out.
 */
export const VALUE_ALIASES: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
	segment: {
		PU: ['penerima upah', 'pekerja penerima upah', 'ppu'],
		BPU: ['bukan penerima upah', 'pekerja bukan penerima upah', 'pbpu'],
		JAKON: ['jasa konstruksi', 'konstruksi'],
		PMI: ['pekerja migran indonesia', 'pekerja migran']
	}
};

/** The contract's value for `text` in a column with `allowed` values, or null when none fits. */
export function canonicalValue(column: string, allowed: readonly string[], text: string): string | null {
	// A file repeats a handful of values over thousands of rows: answer each (column, text) once
	// per list of allowed values (the contract's lists are fixed arrays).
	let memo = canonicalMemo.get(allowed);
	if (!memo) canonicalMemo.set(allowed, (memo = new Map()));
	const key = `${column}\u0000${text}`;
	const known = memo.get(key);
	if (known !== undefined) return known;
	const value = canonicalValueOf(column, allowed, text);
	if (memo.size < MEMO_LIMIT) memo.set(key, value);
	return value;
}

/** Distinct (column, text) answers kept per list: enough for any real file's categories, bounded for a hostile one. */
const MEMO_LIMIT = 10_000;
const canonicalMemo = new WeakMap<readonly string[], Map<string, string | null>>();

function canonicalValueOf(column: string, allowed: readonly string[], text: string): string | null {
	const key = headerKey(text);
	const direct = allowed.find((a) => headerKey(a) === key);
	if (direct) return direct;
	const aliases = VALUE_ALIASES[column] ?? {};
	for (const [value, words] of Object.entries(aliases)) if (words.some((w) => headerKey(w) === key)) return value;
	return null;
}
