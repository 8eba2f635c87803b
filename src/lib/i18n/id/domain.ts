// The domain's vocabulary, keyed by its codes (DOMAIN.md): segments, programmes, denominators and
// region levels. Map a code to its key with segmentKey() (../keys.ts), never with a cast.

/** Indonesian strings of the domain's vocabulary. */
export const messages = {
	// segment: participant segments, keyed by the DOMAIN.md code
	'segment.PU': 'Penerima Upah (PU)',
	'segment.BPU': 'Bukan Penerima Upah (BPU)',
	'segment.JAKON': 'Jasa Konstruksi (Jakon)',
	'segment.PMI': 'Pekerja Migran Indonesia (PMI)',

	// programme: benefit programmes, keyed by code
	'programme.JKK': 'Jaminan Kecelakaan Kerja (JKK)',
	'programme.JKM': 'Jaminan Kematian (JKM)',
	'programme.JHT': 'Jaminan Hari Tua (JHT)',
	'programme.JP': 'Jaminan Pensiun (JP)',
	'programme.JKP': 'Jaminan Kehilangan Pekerjaan (JKP)',

	// denominator: which workforce a coverage rate divides by (DOMAIN.md §2)
	'denominator.eligible': 'Penyebut: pekerja yang memenuhi syarat (eligible)',
	'denominator.working': 'Penyebut: seluruh penduduk bekerja',

	// region: levels of the administrative hierarchy
	'region.national': 'Indonesia',
	'region.province': 'Provinsi',
	'region.regency': 'Kabupaten/Kota',
	'region.kabupaten': 'Kabupaten',
	'region.kota': 'Kota'
} satisfies Record<string, string>;
