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
	// methods.decomposition: the exact decline decomposition (lib/metrics/decomposition.ts)
	'methods.decomposition': 'Decomposing a decline',
	'methods.decomposition.intro': 'Every change against the same month a year earlier is decomposed exactly: its parts add up to the total with no residual. Notation: A active PU + BPU + JAKON participants, a_s active participants of segment s, E eligible workers; "now" the month chosen, "before" a year earlier; Δ = now − before.',
	'methods.decomposition.participants': 'Participants: ΔA = Δa_PU + Δa_BPU + Δa_JAKON. PMI are not in A and are shown apart.',
	'methods.decomposition.points': 'Coverage points: 100 × A_now ÷ E_now − 100 × A_before ÷ E_before = Σ_s 100 × Δa_s ÷ E_now + 100 × A_before × (1 ÷ E_now − 1 ÷ E_before). The last term is the workforce effect: negative when the eligible workforce grew, so coverage can fall without anyone leaving.',
	'methods.decomposition.places': 'By place: for a province or regional office made of regencies i, the contribution of i = 100 × ΔA_i ÷ E_now − 100 × A_before × ΔE_i ÷ (E_now × E_before), with A and E the sums of the whole area; the regencies’ contributions add up exactly to the area’s change.',
	'methods.decomposition.missing': 'When a figure is missing, or the eligible workforce is zero, no decomposition is computed (shown as "–"), never a 0.',
	'methods.decomposition.programmes': 'Changes by programme (JKK, JKM, JHT, JP, JKP) are shown apart and never added up: one participant can hold several programmes.',
	'methods.gap': 'Gap to target (people)',
	'methods.gap.formula': "The active PU + BPU + JAKON participants still needed to reach the province's UCJ target: target % × eligible workers − active participants, rounded up, and 0 once the target is met. A regency is measured against its province's target. For an office area spanning provinces, the provinces' gaps are added: one province's surplus never covers another's shortfall (lib/metrics/formulas.ts, gapToTarget).",
	'methods.scoring': 'Paritrana assessment: criteria and composite score',
	'methods.scoring.intro': 'The criteria assessment panels use, after DOMAIN.md section 3 (seed 003: the largest participation achievement, the universal-coverage level, and the improvement over the previous year). No official weights are published: the default weights are equal, an assumption the panel can change.',
	'methods.scoring.government': 'Province and regency/city governments',
	'methods.scoring.village': 'Village governments',
	'methods.scoring.business': 'Businesses',
	'methods.scoring.higherBetter': 'higher is better',
	'methods.scoring.rangeMethod': 'How the rank range is found: two candidates compare by the sign of Σ weight × (difference of scaled values), a linear function of the weights. Guaranteed bounds come pair by pair (competitors that always or possibly come ahead); the best and worst ranks shown are reached by an actual weight vector within the band (its corners), and are exact when they equal the bounds.',
	'methods.scoring.year': 'Assessment year: the "Paritrana Award 2025" edition assesses 2024 (December 2024 against December 2023). This is an assumption, shown on every scorecard.',
	'methods.segments': 'Segments and the programmes allowed',
	'methods.segment': 'Segment',
	'methods.programmes': 'Programmes',
	'methods.provenance': 'Data provenance',
	'methods.official': 'Official data'
};
