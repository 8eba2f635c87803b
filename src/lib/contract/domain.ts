/**
 * Closed vocabularies of the domain (DOMAIN.md sections 1, 3 and 4). The schema, the validator,
 * the generator and the views all take their allowed values from here.
 */

/** Participant segments (DOMAIN.md section 1). */
export const SEGMENTS = ['PU', 'BPU', 'JAKON', 'PMI'] as const;
export type Segment = (typeof SEGMENTS)[number];

/** Whether a text is one of the segments (e.g. a value read back from a rollup). */
export function isSegment(value: string): value is Segment {
	return (SEGMENTS as readonly string[]).includes(value);
}

/** Segments counted in coverage (`ucj`): PMI are excluded at every level (DOMAIN.md section 2). */
export const UCJ_SEGMENTS = ['PU', 'BPU', 'JAKON'] as const satisfies readonly Segment[];

/** Programmes (DOMAIN.md section 1). */
export const PROGRAMMES = ['JKK', 'JKM', 'JHT', 'JP', 'JKP'] as const;
export type Programme = (typeof PROGRAMMES)[number];

/**
 * The programmes each segment may hold by law (DOMAIN.md section 1): BPU never in JP;
 * JAKON only JKK and JKM; JHT is optional for BPU and PMI; JKP only for (eligible) PU.
 */
export const SEGMENT_PROGRAMMES: Readonly<Record<Segment, readonly Programme[]>> = {
	PU: ['JKK', 'JKM', 'JHT', 'JP', 'JKP'],
	BPU: ['JKK', 'JKM', 'JHT'],
	JAKON: ['JKK', 'JKM'],
	PMI: ['JKK', 'JKM', 'JHT']
};

/** True when the law allows `segment` to be enrolled in `programme`. */
export function isAllowedProgramme(segment: Segment, programme: Programme): boolean {
	return SEGMENT_PROGRAMMES[segment].includes(programme);
}

/** Levels of the Kemendagri region tree, by code length 2/4/6/10. */
export const REGION_LEVELS = ['province', 'regency', 'district', 'village'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

/**
 * Kinds of region. Regencies: kabupaten (codes xx01–xx69) or kota (xx71–xx99). Villages: the
 * first of the last four digits, 1 kelurahan, 2 desa, 3 desa adat (DOMAIN.md section 4).
 */
export const REGION_KINDS = [
	'provinsi',
	'kabupaten',
	'kota',
	'kecamatan',
	'kelurahan',
	'desa',
	'desa_adat'
] as const;
export type RegionKind = (typeof REGION_KINDS)[number];

/** The 11 BPJS Ketenagakerjaan regional offices (Kantor Wilayah), DOMAIN.md section 4. */
export const KANWIL = {
	sumbagut: 'Sumbagut',
	sumbar_riau_kepri: 'Sumbar, Riau dan Kepri',
	sumbagsel: 'Sumbagsel',
	dki: 'DKI Jakarta',
	banten: 'Banten',
	jabar: 'Jawa Barat',
	jateng_diy: 'Jawa Tengah dan DIY',
	jatim: 'Jawa Timur',
	bali_nusra_papua: 'Bali, Nusa Tenggara dan Papua',
	kalimantan: 'Kalimantan',
	sulawesi_maluku: 'Sulawesi dan Maluku'
} as const;
export type KanwilId = keyof typeof KANWIL;
export const KANWIL_IDS = Object.keys(KANWIL) as KanwilId[];

/** Province code -> regional office, following the 2015 grouping named in DOMAIN.md section 4. */
export const PROVINCE_KANWIL: Readonly<Record<string, KanwilId>> = {
	'11': 'sumbagut', '12': 'sumbagut',
	'13': 'sumbar_riau_kepri', '14': 'sumbar_riau_kepri', '21': 'sumbar_riau_kepri',
	'15': 'sumbagsel', '16': 'sumbagsel', '17': 'sumbagsel', '18': 'sumbagsel', '19': 'sumbagsel',
	'31': 'dki',
	'32': 'jabar',
	'33': 'jateng_diy', '34': 'jateng_diy',
	'35': 'jatim',
	'36': 'banten',
	'51': 'bali_nusra_papua', '52': 'bali_nusra_papua', '53': 'bali_nusra_papua',
	'91': 'bali_nusra_papua', '92': 'bali_nusra_papua', '93': 'bali_nusra_papua',
	'94': 'bali_nusra_papua', '95': 'bali_nusra_papua', '96': 'bali_nusra_papua',
	'61': 'kalimantan', '62': 'kalimantan', '63': 'kalimantan', '64': 'kalimantan', '65': 'kalimantan',
	'71': 'sulawesi_maluku', '72': 'sulawesi_maluku', '73': 'sulawesi_maluku', '74': 'sulawesi_maluku',
	'75': 'sulawesi_maluku', '76': 'sulawesi_maluku', '81': 'sulawesi_maluku', '82': 'sulawesi_maluku'
};

/** Employer size classes. */
export const EMPLOYER_SIZES = ['micro', 'small', 'medium', 'large'] as const;
export type EmployerSize = (typeof EMPLOYER_SIZES)[number];

/** KBLI 2020 sections (A–U): the employer's sector. */
export const KBLI_SECTIONS = 'ABCDEFGHIJKLMNOPQRSTU'.split('') as readonly string[];

/** Paritrana Award categories (DOMAIN.md section 3); `business` where the source does not say the size. */
export const CANDIDATE_CATEGORIES = [
	'province_government',
	'regency_government',
	'village_government',
	'business_large_medium',
	'business_small_micro',
	'business',
	'public_service_body',
	'special_award'
] as const;
export type CandidateCategory = (typeof CANDIDATE_CATEGORIES)[number];

/** What kind of entity a candidate is: a government (keyed by region code) or a business. */
export const CANDIDATE_KINDS = [
	'province_government',
	'regency_government',
	'village_government',
	'business',
	'public_service_body'
] as const;
export type CandidateKind = (typeof CANDIDATE_KINDS)[number];

/** Award stages, in order (DOMAIN.md section 3). */
export const CANDIDATE_STAGES = [
	'proposed',
	'province_interview',
	'province_award',
	'national'
] as const;
export type CandidateStage = (typeof CANDIDATE_STAGES)[number];

/** Kinds of regional regulation that count as policy evidence (DOMAIN.md section 3). */
export const REGULATION_TYPES = [
	'perda',
	'pergub',
	'perbup',
	'perwal',
	'instruksi',
	'surat_edaran',
	'keputusan'
] as const;
export type RegulationType = (typeof REGULATION_TYPES)[number];

/** The Kemendagri edition whose codes key every table, every year (see `regions.ts`). */
export const REGION_EDITION = 'Kepmendagri No. 300.2.2-2430 Tahun 2025';

/** Code used for Indonesia as a whole where an area code is expected (targets, URL state). */
export const NATIONAL_CODE = 'ID';
