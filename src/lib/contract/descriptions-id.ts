/**
 * The contract's words in Bahasa Indonesia: what each table a user may load holds, and what each of
 * its columns means, for the people who fill a template (the instruction sheet of
 * `lib/import/templates.ts`). The English words are the `description`s in `schema.ts`; these say
 * the same, and the types below make every loadable table and column need one, so a column added
 * to the contract fails the type check until it is described here too.
 */
import type { UserTable } from './user-tables';
import type { ColumnName } from './schema';

/** One table's words: what it holds, and each column's meaning. */
export interface TableWordsId<T extends UserTable> {
	readonly description: string;
	readonly columns: { readonly [C in ColumnName<T>]: string };
}

const REGENCY = 'Kode kabupaten/kota Kemendagri, 4 angka (mis. 6201 Kotawaringin Barat).';
const VILLAGE = 'Kode desa/kelurahan Kemendagri, 10 angka (mis. 6201011011 Candi).';
const YEAR = 'Tahun kalender (4 angka).';
const MONTH = 'Bulan data (posisi akhir bulan), mis. 2024-12 untuk Desember 2024.';
const SEGMENT = 'Segmen peserta: PU penerima upah, BPU bukan penerima upah (informal), JAKON jasa konstruksi, PMI pekerja migran.';
const ACTIVE = 'Peserta aktif (iuran dibayar) pada akhir bulan, orang.';
const NON_ACTIVE = 'Peserta terdaftar yang tidak membayar iuran bulan itu, orang.';
const PROVINCE = 'Kode provinsi Kemendagri, 2 angka (mis. 62 Kalimantan Tengah).';
const REGION_PEMDA = 'Kode provinsi (2 angka) atau kabupaten/kota (4 angka) yang bersangkutan.';

/** Every loadable table's words in Bahasa Indonesia. */
export const DESCRIPTIONS_ID: { readonly [T in UserTable]: TableWordsId<T> } = {
	workforce: {
		description: 'Angkatan kerja BPS (Sakernas Agustus) per kabupaten/kota dan tahun: penyebut cakupan.',
		columns: {
			region_code: REGENCY,
			year: YEAR,
			working_population: 'Penduduk bekerja (BPS, Agustus), orang.',
			formal: 'Pekerja formal (BPS, Agustus), orang.',
			informal: 'Pekerja informal (BPS, Agustus), orang.',
			eligible: 'Pekerja yang memenuhi syarat: penduduk bekerja dikurangi ASN, TNI, Polri dan yang di luar usia kepesertaan, orang.'
		}
	},
	ucj_targets: {
		description: 'Target cakupan (UCJ) Kemendagri per provinsi dan tahun, dan target nasional (kode ID), atas penyebut pekerja yang memenuhi syarat.',
		columns: {
			province_code: `${PROVINCE} Tulis ID untuk target nasional.`,
			year: YEAR,
			target_pct: 'Target cakupan dalam persen, mis. 52,15.'
		}
	},
	participation: {
		description: 'Peserta per kabupaten/kota, bulan dan segmen: peserta aktif, nonaktif, pendaftar baru dan iuran.',
		columns: {
			region_code: `${REGENCY} Peserta dihitung di wilayah pemberi kerja atau pendaftarannya.`,
			month: MONTH,
			segment: SEGMENT,
			active: ACTIVE,
			non_active: NON_ACTIVE,
			new_registrations: 'Peserta yang mendaftar selama bulan itu, orang.',
			contributions_idr: 'Iuran yang diterima selama bulan itu, rupiah.'
		}
	},
	participation_village: {
		description: 'Rincian tambahan: peserta per desa/kelurahan, bulan dan segmen. Tidak dijumlahkan ke tabel kabupaten/kota.',
		columns: {
			region_code: VILLAGE,
			month: MONTH,
			segment: SEGMENT,
			active: 'Peserta aktif yang tinggal atau terdaftar di desa itu, orang.',
			non_active: NON_ACTIVE
		}
	},
	participation_programme: {
		description: 'Peserta aktif per kabupaten/kota, bulan, segmen dan program. Hanya kombinasi yang dibolehkan undang-undang (BPU tidak ikut JP; JAKON hanya JKK dan JKM).',
		columns: {
			region_code: REGENCY,
			month: MONTH,
			segment: SEGMENT,
			programme: 'Program: JKK kecelakaan kerja, JKM kematian, JHT hari tua, JP pensiun, JKP kehilangan pekerjaan.',
			active: 'Peserta aktif yang ikut program itu, orang.'
		}
	},
	villages_support: {
		description: 'Upaya pemerintah desa melindungi warganya: bukti untuk kategori desa pada penghargaan.',
		columns: {
			village_code: VILLAGE,
			year: YEAR,
			officials_covered: 'Perangkat desa dan ketua RT/RW yang terlindungi (Desember), orang.',
			vulnerable_covered: 'Pekerja rentan yang terlindungi (Desember), orang.',
			apbdes_people: 'Orang yang iurannya dibayar APBDes/Dana Desa.',
			apbdes_idr: 'APBDes yang dibelanjakan untuk iuran, rupiah.'
		}
	},
	regional_budget: {
		description: 'APBD yang membayar iuran: pekerja rentan dan pegawai non-ASN (Inpres 2/2021).',
		columns: {
			region_code: REGION_PEMDA,
			year: YEAR,
			vulnerable_idr: 'APBD untuk pekerja rentan, rupiah.',
			vulnerable_people: 'Pekerja rentan yang dibiayai, orang.',
			non_asn_idr: 'APBD untuk pegawai non-ASN, rupiah.',
			non_asn_people: 'Pegawai non-ASN yang dibiayai, orang.'
		}
	},
	regional_regulations: {
		description: 'Peraturan daerah tentang jaminan sosial ketenagakerjaan: bukti kebijakan.',
		columns: {
			region_code: 'Kode provinsi atau kabupaten/kota yang menerbitkan.',
			year: YEAR,
			type: 'Jenis: perda, pergub, perbup, perwal, instruksi, surat_edaran atau keputusan.',
			number: 'Nomor seperti tertulis, mis. 12.',
			title: 'Judul peraturan.',
			issued_on: 'Tanggal ditetapkan (TTTT-BB-HH).'
		}
	},
	employers: {
		description: 'Kepatuhan pemberi kerja: bukti untuk kategori badan usaha pada penghargaan.',
		columns: {
			employer_id: 'Nomor pengenal pemberi kerja yang tetap (mis. NPP).',
			year: YEAR,
			name: 'Nama pemberi kerja.',
			region_code: 'Kode kabupaten/kota pemberi kerja; kosongkan bila tidak diketahui.',
			province_code: PROVINCE,
			size: 'Skala usaha: micro, small, medium atau large.',
			sector: 'Huruf kategori KBLI 2020 (A–U).',
			workers: 'Pekerja (Desember), orang.',
			workers_registered: 'Pekerja yang terdaftar di BPJS Ketenagakerjaan (Desember), orang.',
			has_jkk: 'Ikut JKK: ya atau tidak.',
			has_jkm: 'Ikut JKM: ya atau tidak.',
			has_jht: 'Ikut JHT: ya atau tidak.',
			has_jp: 'Ikut JP: ya atau tidak.',
			has_jkp: 'Ikut JKP: ya atau tidak.',
			wage_reported_idr: 'Rata-rata upah bulanan yang dilaporkan untuk iuran, rupiah.',
			wage_reference_idr: 'Upah acuan (mis. UMK atau bukti daftar gaji), rupiah.',
			months_in_arrears: 'Bulan iuran yang belum dibayar pada akhir tahun.',
			vulnerable_sponsored: 'Pekerja rentan yang iurannya dibayar pemberi kerja (mis. CSR), orang.'
		}
	},
	candidates: {
		description: 'Kandidat Paritrana Award per edisi, tahap dan kategori. Yang tidak jelas di sumber dibiarkan terbuka (kosong, atau pilihan dipisah "|").',
		columns: {
			candidate_id: 'Nomor pengenal baris kandidat yang tetap.',
			edition: 'Edisi seperti diumumkan, mis. Paritrana Award 2025.',
			assessment_year: 'Tahun yang angkanya dinilai (2024 untuk wawancara Juli 2025).',
			province_code: PROVINCE,
			category: 'Kategori penghargaan; business bila sumber tidak menyebut skala usaha.',
			stage: 'Tahap: proposed, province_interview, province_award atau national.',
			candidate: 'Nama seperti ditulis sumber.',
			candidate_kind: 'Jenis kandidat: pemerintah daerah (menurut kode wilayah) atau badan usaha.',
			region_code: 'Wilayah yang diperintah atau ditempati kandidat; pilihan dipisah "|" bila sumber tidak jelas; kosong bila tidak diketahui.',
			employer_id: 'Pemberi kerja (employer_id tabel employers) untuk kandidat badan usaha, bila ada.',
			nominating_office: 'Kantor cabang BPJS yang mengusulkan, bila disebut.',
			result: 'Peringkat yang diumumkan (1 = pertama), bila ada.',
			source: 'Asal baris (berkas sumber atau "sintetis").',
			note: 'Pertentangan atau kekosongan di sumber, seperti ditemukan.'
		}
	}
};

/** The Indonesian meaning of a column of a loadable table. */
export function columnDescriptionId(table: UserTable, column: string): string {
	const columns = DESCRIPTIONS_ID[table].columns as Readonly<Record<string, string>>;
	const text = columns[column];
	if (text === undefined) throw new Error(`no Indonesian description for ${table}.${column}`);
	return text;
}
