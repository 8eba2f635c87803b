/**
 * The metric registry: for each DOMAIN.md metric id its label, formula in words, unit and the
 * DOMAIN.md section that defines it, in Bahasa Indonesia and English. Headers, tooltips,
 * scorecards, exports and the methods page ("Metodologi") all read it; nothing else describes
 * a metric.
 */
import type { MetricId } from './ids';

/** Text in both languages. */
export interface Bilingual {
	readonly id: string;
	readonly en: string;
}

/** Everything the interface says about one metric. */
export interface MetricDef {
	readonly id: MetricId;
	readonly label: Bilingual;
	/** A short label for tight places (tiles, column headers). */
	readonly short: Bilingual;
	/** The formula in words. */
	readonly formula: Bilingual;
	/** percent (a ratio × 100) or points (a difference of percents). */
	readonly unit: 'percent' | 'points';
	/** The DOMAIN.md section that defines it. */
	readonly section: string;
	/** Which way is better, for colouring and ranking. */
	readonly better: 'higher' | 'lower';
	/** Rules or caveats a reader must know. */
	readonly note?: Bilingual;
}

/** Every metric, by id. */
export const METRICS: Readonly<Record<MetricId, MetricDef>> = {
	ucj: {
		id: 'ucj',
		label: { id: 'Tingkat cakupan (UCJ)', en: 'Coverage rate (UCJ)' },
		short: { id: 'Cakupan', en: 'Coverage' },
		formula: {
			id: 'Peserta aktif (PU + BPU + Jakon) ÷ pekerja yang memenuhi syarat (BPS Agustus tahun yang sama) × 100',
			en: 'Active participants (PU + BPU + Jakon) ÷ eligible workers (BPS August of the same year) × 100'
		},
		unit: 'percent',
		section: '2',
		better: 'higher',
		note: {
			id: 'PMI tidak dihitung di tingkat mana pun. Rasio dari jumlah, bukan rata-rata rasio wilayah. Nilai di atas 100% ditampilkan dan ditandai.',
			en: 'PMI are excluded at every level. A ratio of sums, never a mean of regional ratios. Values above 100% are shown and flagged.'
		}
	},
	ucjNaive: {
		id: 'ucjNaive',
		label: { id: 'Cakupan terhadap seluruh penduduk bekerja', en: 'Coverage of all working people' },
		short: { id: 'Cakupan (semua pekerja)', en: 'Coverage (all workers)' },
		formula: {
			id: 'Peserta aktif (PU + BPU + Jakon) ÷ seluruh penduduk bekerja (BPS Agustus) × 100',
			en: 'Active participants (PU + BPU + Jakon) ÷ all working people (BPS August) × 100'
		},
		unit: 'percent',
		section: '2',
		better: 'higher',
		note: { id: 'Sekitar 1,35 kali lebih rendah daripada UCJ.', en: 'About 1.35 times lower than UCJ.' }
	},
	formalPenetration: {
		id: 'formalPenetration',
		label: { id: 'Penetrasi pekerja formal', en: 'Formal worker penetration' },
		short: { id: 'Formal', en: 'Formal' },
		formula: { id: 'Peserta aktif PU ÷ pekerja formal (BPS Agustus) × 100', en: 'Active PU ÷ formal workers (BPS August) × 100' },
		unit: 'percent',
		section: '2',
		better: 'higher'
	},
	informalPenetration: {
		id: 'informalPenetration',
		label: { id: 'Penetrasi pekerja informal', en: 'Informal worker penetration' },
		short: { id: 'Informal', en: 'Informal' },
		formula: { id: 'Peserta aktif BPU ÷ pekerja informal (BPS Agustus) × 100', en: 'Active BPU ÷ informal workers (BPS August) × 100' },
		unit: 'percent',
		section: '2',
		better: 'higher',
		note: { id: 'Mengikuti indikator RPJMN "persentase cakupan kepesertaan PBPU".', en: 'Mirrors the RPJMN indicator "share of PBPU coverage".' }
	},
	growth: {
		id: 'growth',
		label: { id: 'Pertumbuhan peserta aktif', en: 'Growth of active participants' },
		short: { id: 'Pertumbuhan', en: 'Growth' },
		formula: {
			id: '(Aktif bulan ini − aktif bulan yang sama tahun lalu) ÷ aktif bulan yang sama tahun lalu × 100',
			en: '(Active this month − active the same month a year earlier) ÷ active the same month a year earlier × 100'
		},
		unit: 'percent',
		section: '2',
		better: 'higher',
		note: {
			id: 'Desember dibanding Desember secara bawaan; tidak pernah dibanding Desember sebelumnya, karena peserta aktif selalu turun setiap Januari. Menghitung segmen yang dipilih (bawaan: keempat segmen, seperti angka resmi).',
			en: 'December against December by default; never against the previous December, because active counts fall every January. Counts the selected segments (default: all four, as in the published totals).'
		}
	},
	coverageChangePts: {
		id: 'coverageChangePts',
		label: { id: 'Perubahan cakupan', en: 'Coverage change' },
		short: { id: 'Perubahan', en: 'Change' },
		formula: { id: 'UCJ bulan ini − UCJ bulan yang sama tahun lalu (poin persentase)', en: 'UCJ this month − UCJ the same month a year earlier (percentage points)' },
		unit: 'points',
		section: '2',
		better: 'higher'
	},
	targetAttainment: {
		id: 'targetAttainment',
		label: { id: 'Capaian target UCJ', en: 'UCJ target attainment' },
		short: { id: 'Capaian target', en: 'Target attainment' },
		formula: { id: 'UCJ ÷ target UCJ provinsi (Kemendagri) × 100', en: 'UCJ ÷ the province’s UCJ target (Kemendagri) × 100' },
		unit: 'percent',
		section: '2',
		better: 'higher',
		note: {
			id: 'Kabupaten/kota diukur terhadap target provinsinya; selalu dengan penyebut pekerja yang memenuhi syarat.',
			en: 'A regency/city is measured against its province’s target; always on the eligible denominator.'
		}
	},
	segmentShare: {
		id: 'segmentShare',
		label: { id: 'Porsi segmen', en: 'Segment share' },
		short: { id: 'Porsi', en: 'Share' },
		formula: { id: 'Peserta aktif satu segmen ÷ seluruh peserta aktif × 100', en: 'Active participants of one segment ÷ all active participants × 100' },
		unit: 'percent',
		section: '2',
		better: 'higher'
	},
	activityRatio: {
		id: 'activityRatio',
		label: { id: 'Rasio keaktifan', en: 'Activity ratio' },
		short: { id: 'Keaktifan', en: 'Activity' },
		formula: { id: 'Aktif ÷ (aktif + nonaktif) × 100', en: 'Active ÷ (active + non-active) × 100' },
		unit: 'percent',
		section: '2',
		better: 'higher'
	}
};
