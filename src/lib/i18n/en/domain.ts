import type { messages as id } from '../id/domain';
import type { Translation } from '../dictionaries';

// English for id/domain.ts: exactly its keys (a missing or extra key is a type error) and the
// same {placeholders} (tests/unit/i18n).

/** English strings of the domain's vocabulary. */
export const messages: Translation<typeof id> = {
	// segment
	'segment.PU': 'Wage earners (PU)',
	'segment.BPU': 'Non-wage / informal (BPU)',
	'segment.JAKON': 'Construction (Jakon)',
	'segment.PMI': 'Migrant workers (PMI)',

	// programme
	'programme.JKK': 'Work accident benefit (JKK)',
	'programme.JKM': 'Death benefit (JKM)',
	'programme.JHT': 'Old-age savings (JHT)',
	'programme.JP': 'Pension (JP)',
	'programme.JKP': 'Job-loss benefit (JKP)',

	// denominator
	'denominator.eligible': 'Denominator: eligible workers',
	'denominator.working': 'Denominator: all working people',

	// region
	'region.national': 'Indonesia',
	'region.province': 'Province',
	'region.regency': 'Regency/city',
	'region.kabupaten': 'Regency',
	'region.kota': 'City'
};
