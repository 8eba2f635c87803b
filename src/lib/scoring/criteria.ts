/**
 * The criteria a panel scores each kind of candidate on (DOMAIN.md section 3; seed 003: "the
 * largest participation achievement, the universal-coverage level, and the improvement over the
 * previous year"). One list per candidate kind, each criterion with its label, its formula in
 * words and which way is better. A criterion that is a DOMAIN.md metric takes its words from the
 * metric registry, so a scorecard, the methods page and the evidence pack say the same thing.
 *
 * No weights are published: the defaults are equal, and the view says that this is an assumption.
 */
import { METRICS, type Bilingual } from '$lib/metrics/registry';
import type { MetricId } from '$lib/metrics/ids';
import type { Better, CriterionRef, Weights } from './types';

/** What a criterion counts, for formatting. */
export type CriterionUnit = 'count' | 'percent' | 'points' | 'months';

/** One criterion of a scorecard. */
export interface Criterion extends CriterionRef {
	readonly label: Bilingual;
	readonly short: Bilingual;
	readonly formula: Bilingual;
	readonly unit: CriterionUnit;
	readonly better: Better;
	/** The DOMAIN.md metric it is, when it is one. */
	readonly metric?: MetricId;
	readonly note?: Bilingual;
}

/** What a candidate is scored as: a government by its region, a village, or a business. */
export type ScoredKind = 'government' | 'village' | 'business';

function fromMetric(metric: MetricId): Criterion {
	const m = METRICS[metric];
	return { id: metric, metric, label: m.label, short: m.short, formula: m.formula, unit: m.unit === 'points' ? 'points' : 'percent', better: m.better, note: m.note };
}

const ACTIVE: Criterion = {
	id: 'active',
	label: { id: 'Peserta aktif (Desember)', en: 'Active participants (December)' },
	short: { id: 'Peserta aktif', en: 'Active' },
	formula: {
		id: 'Peserta aktif seluruh segmen (PU, BPU, Jakon, PMI) pada Desember tahun penilaian',
		en: 'Active participants of every segment (PU, BPU, Jakon, PMI) in December of the assessment year'
	},
	unit: 'count',
	better: 'higher'
};

/** Regency/city and province governments (the same criteria: a province is the sum of its regencies). */
export const GOVERNMENT_CRITERIA: readonly Criterion[] = [
	ACTIVE,
	fromMetric('growth'),
	fromMetric('ucj'),
	fromMetric('coverageChangePts'),
	fromMetric('informalPenetration'),
	fromMetric('targetAttainment'),
	{
		id: 'regulations',
		label: { id: 'Regulasi yang diterbitkan', en: 'Regulations issued' },
		short: { id: 'Regulasi', en: 'Regulations' },
		formula: {
			id: 'Jumlah Perda, Pergub/Perbup/Perwal, instruksi, surat edaran dan keputusan tentang jaminan sosial ketenagakerjaan yang diterbitkan pemerintah daerah sampai akhir tahun penilaian',
			en: 'Regional regulations, governor/regent/mayor regulations, instructions, circulars and decrees on employment social security the government issued up to the end of the assessment year'
		},
		unit: 'count',
		better: 'higher'
	},
	{
		id: 'apbdVulnerable',
		label: { id: 'Pekerja rentan yang didanai APBD', en: 'Vulnerable workers funded by the APBD' },
		short: { id: 'Rentan (APBD)', en: 'Vulnerable (APBD)' },
		formula: {
			id: 'Pekerja rentan yang iurannya dibayar APBD pada tahun penilaian (orang)',
			en: 'Vulnerable workers whose contributions the regional budget paid in the assessment year (people)'
		},
		unit: 'count',
		better: 'higher'
	},
	{
		id: 'apbdNonAsn',
		label: { id: 'Pegawai non-ASN yang didanai APBD', en: 'Non-civil-servant staff funded by the APBD' },
		short: { id: 'Non-ASN (APBD)', en: 'Non-ASN (APBD)' },
		formula: {
			id: 'Pegawai non-ASN yang iurannya dibayar APBD pada tahun penilaian (orang)',
			en: 'Non-civil-servant staff whose contributions the regional budget paid in the assessment year (people)'
		},
		unit: 'count',
		better: 'higher'
	}
];

/** Village governments. The data has no workforce per village: no village coverage rate is scored. */
export const VILLAGE_CRITERIA: readonly Criterion[] = [
	{
		id: 'officialsCovered',
		label: { id: 'Perangkat desa dan RT/RW terlindungi', en: 'Village officials and RT/RW heads covered' },
		short: { id: 'Perangkat & RT/RW', en: 'Officials & RT/RW' },
		formula: { id: 'Perangkat desa dan ketua RT/RW yang menjadi peserta (Desember tahun penilaian)', en: 'Village officials and RT/RW heads who are participants (December of the assessment year)' },
		unit: 'count',
		better: 'higher'
	},
	{
		id: 'vulnerableCovered',
		label: { id: 'Pekerja rentan terlindungi', en: 'Vulnerable workers covered' },
		short: { id: 'Rentan terlindungi', en: 'Vulnerable covered' },
		formula: { id: 'Pekerja rentan di desa yang menjadi peserta (Desember tahun penilaian)', en: 'Vulnerable workers of the village who are participants (December of the assessment year)' },
		unit: 'count',
		better: 'higher'
	},
	{
		id: 'apbdesPeople',
		label: { id: 'Orang yang didanai APBDes', en: 'People funded by the village budget' },
		short: { id: 'Didanai APBDes', en: 'APBDes-funded' },
		formula: { id: 'Orang yang iurannya dibayar APBDes/Dana Desa pada tahun penilaian', en: 'People whose contributions the village budget (APBDes/Dana Desa) paid in the assessment year' },
		unit: 'count',
		better: 'higher'
	},
	{ ...ACTIVE, formula: { id: 'Peserta aktif seluruh segmen yang tinggal atau terdaftar di desa, Desember tahun penilaian', en: 'Active participants of every segment living or registered in the village, December of the assessment year' } },
	fromMetric('growth')
];

/** Businesses (both size categories, and "business" where the source gives no size). */
export const BUSINESS_CRITERIA: readonly Criterion[] = [
	{
		id: 'registrationRate',
		label: { id: 'Pekerja terdaftar', en: 'Workers registered' },
		short: { id: 'Terdaftar', en: 'Registered' },
		formula: { id: 'Pekerja terdaftar di BPJS Ketenagakerjaan ÷ seluruh pekerja (Desember) × 100', en: 'Workers registered with BPJS Ketenagakerjaan ÷ all workers (December) × 100' },
		unit: 'percent',
		better: 'higher'
	},
	{
		id: 'programmesComplete',
		label: { id: 'Kelengkapan program wajib', en: 'Mandatory programmes held' },
		short: { id: 'Program wajib', en: 'Programmes' },
		formula: {
			id: 'Program wajib yang diikuti ÷ program wajib × 100 (JKK, JKM, JHT untuk semua usaha; JP juga untuk usaha menengah dan besar)',
			en: 'Mandatory programmes held ÷ mandatory programmes × 100 (JKK, JKM, JHT for every business; JP too for medium and large ones)'
		},
		unit: 'percent',
		better: 'higher',
		note: { id: 'Daftar program wajib per ukuran usaha adalah asumsi yang dapat diperiksa.', en: 'Which programmes are mandatory for each business size is an assumption open to review.' }
	},
	{
		id: 'wageRatio',
		label: { id: 'Upah dilaporkan terhadap upah acuan', en: 'Wage reported against the reference wage' },
		short: { id: 'Upah dilaporkan', en: 'Wage reported' },
		formula: { id: 'Upah rata-rata yang dilaporkan ÷ upah acuan (mis. UMK) × 100', en: 'Average wage reported ÷ reference wage (e.g. the regency minimum wage) × 100' },
		unit: 'percent',
		better: 'higher'
	},
	{
		id: 'arrears',
		label: { id: 'Bulan menunggak', en: 'Months in arrears' },
		short: { id: 'Tunggakan', en: 'Arrears' },
		formula: { id: 'Bulan iuran yang belum dibayar pada akhir tahun penilaian', en: 'Months of contributions unpaid at the end of the assessment year' },
		unit: 'months',
		better: 'lower'
	},
	{
		id: 'vulnerableSponsored',
		label: { id: 'Pekerja rentan yang disponsori', en: 'Vulnerable workers sponsored' },
		short: { id: 'Rentan disponsori', en: 'Sponsored' },
		formula: { id: 'Pekerja rentan yang iurannya dibayar perusahaan (mis. CSR) pada tahun penilaian', en: 'Vulnerable workers whose contributions the business paid (e.g. CSR) in the assessment year' },
		unit: 'count',
		better: 'higher'
	}
];

/** The criteria of a kind of candidate. */
export function criteriaOf(kind: ScoredKind): readonly Criterion[] {
	return kind === 'government' ? GOVERNMENT_CRITERIA : kind === 'village' ? VILLAGE_CRITERIA : BUSINESS_CRITERIA;
}

/** Equal default weights (no weights are published): 10 points each. */
export const DEFAULT_WEIGHT = 10;

/** The default weights of a kind: every criterion `DEFAULT_WEIGHT`. */
export function defaultWeights(kind: ScoredKind): Weights {
	return Object.fromEntries(criteriaOf(kind).map((c) => [c.id, DEFAULT_WEIGHT]));
}

/** The default band of the rank range: each weight ± 10 points. */
export const DEFAULT_BAND = 10;
