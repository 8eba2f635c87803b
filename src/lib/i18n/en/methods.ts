import type { messages as id } from '../id/methods';
import type { Translation } from '../dictionaries';

// English for id/methods.ts: exactly its keys (a missing or extra key is a type error) and the
// same {placeholders} (tests/unit/i18n).

/** English strings of the methods view. */
export const messages: Translation<typeof id> = {
	// methods: the methods page, built from the metric registry
	'methods.title': 'Methodology',
	'methods.intro': 'Every figure in Cakupan is computed with one definition, the same in every view, export and printout. The definitions below are read from the code that computes them.',
	'methods.metrics': 'Metric definitions',
	'methods.unit': 'Unit',
	'methods.unit.percent': 'percent',
	'methods.unit.points': 'percentage points',
	'methods.rules': 'Rules that keep figures comparable',
	'methods.rule.december': 'A year’s value is its December snapshot, everywhere (no annual averages).',
	'methods.rule.august': 'A monthly coverage figure divides by the BPS August workforce of the same calendar year.',
	'methods.rule.pmi': 'PMI are excluded from UCJ at every level, national included, so the national figure equals the sum of its regencies.',
	'methods.rule.sums': 'Ratios are ratios of sums (sum of participants ÷ sum of workers over the area), never means of regional ratios.',
	'methods.rule.over100': 'Coverage above 100% can occur in a regency (participants are counted where the employer is): it is shown and flagged, never clipped.',
	'methods.rule.papua': 'Every table uses the codes of {edition} for every year; a region’s province is the first two digits of its code. The 2019–2022 figures of regencies now in Papua Selatan, Papua Tengah, Papua Pegunungan and Papua Barat Daya are shown under their new provinces.',
	'methods.rule.rollups': 'The queries shown read the summary tables area_month and area_year: the participation and workforce tables summed per area (Indonesia, province, regency/city), built at build time and tested equal to their base tables.',
	'methods.segments': 'Segments and the programmes allowed',
	'methods.segment': 'Segment',
	'methods.programmes': 'Programmes',
	'methods.provenance': 'Data provenance',
	'methods.official': 'Official data'
};
