/**
 * The assessment-panel view's model: the candidate list and its filters, what each candidate is
 * scored as, its criteria values from the loaded rows (every regency's Decembers, the policy
 * rows, the village list, the employers), its peers, and the ranks the scorecard shows. Pure
 * functions over loaded rows: a candidate switch or a weight change runs no query.
 *
 * An edition's figures come from its assessment year: December of that year against December
 * of the year before (the seeds' "Paritrana Award 2025" → December 2024 against December 2023,
 * an assumption the view states).
 */
import type { CandidateRow, EmployerRow, PolicyYearRow } from '$lib/queries/candidates';
import type { VillageRow } from '$lib/queries/villages';
import { coverageFigures, type CoverageFigures } from '$lib/metrics/figures';
import { programmesComplete, registrationRate, wageRatio } from '$lib/metrics/formulas';
import { growth } from '$lib/metrics/formulas';
import { sumsAt, type MonthIndex, type MonthSums } from '$lib/views/common/months';
import { sumRegencies } from '$lib/views/kantor/model';
import type { Month } from '$lib/period';
import type { ScoredKind } from '$lib/scoring/criteria';
import { competitionRanks } from '$lib/scoring/rank';
import type { Better, ScoredCandidate } from '$lib/scoring/types';
import type { CandidateCategory, CandidateStage } from '$lib/contract/domain';
import type { MessageKey } from '$lib/i18n';

// ---------------------------------------------------------------------------------------------
// Candidates

/** The message key of each award category's name. */
export const CATEGORY_KEY: Readonly<Record<CandidateCategory, MessageKey>> = {
	province_government: 'penilaian.category.provinceGovernment',
	regency_government: 'penilaian.category.regencyGovernment',
	village_government: 'penilaian.category.villageGovernment',
	business_large_medium: 'penilaian.category.businessLargeMedium',
	business_small_micro: 'penilaian.category.businessSmallMicro',
	business: 'penilaian.category.business',
	public_service_body: 'penilaian.category.publicServiceBody',
	special_award: 'penilaian.category.specialAward',
};

/** The message key of each award stage's name. */
export const STAGE_KEY: Readonly<Record<CandidateStage, MessageKey>> = {
	proposed: 'penilaian.stage.proposed',
	province_interview: 'penilaian.stage.provinceInterview',
	province_award: 'penilaian.stage.provinceAward',
	national: 'penilaian.stage.national',
};

/** The month an assessment year is read at: its December. */
export function assessmentMonth(year: number): Month {
	return `${year}-12` as Month;
}

/** What a candidate is scored as; null for kinds without criteria (public-service bodies). */
export function scoredKind(c: Pick<CandidateRow, 'candidate_kind'>): ScoredKind | null {
	switch (c.candidate_kind) {
		case 'regency_government':
		case 'province_government':
			return 'government';
		case 'village_government':
			return 'village';
		case 'business':
			return 'business';
		default:
			return null;
	}
}

/** The region codes a candidate may be: one, several where the source is ambiguous, none when unknown. */
export function regionCodes(c: Pick<CandidateRow, 'region_code'>): string[] {
	return (c.region_code ?? '')
		.split('|')
		.map((s) => s.trim())
		.filter((s) => /^\d{2}(\d{2}(\d{2}(\d{4})?)?)?$/.test(s));
}

/** True when the source leaves the candidate's region open between several. */
export function isAmbiguous(c: Pick<CandidateRow, 'region_code'>): boolean {
	return regionCodes(c).length > 1;
}

/** The assessment years with candidates, latest first. */
export function candidateYears(rows: readonly CandidateRow[]): number[] {
	return [...new Set(rows.map((r) => r.assessment_year))].sort((a, b) => b - a);
}

/** The year to show: the URL's when candidates have it, else the latest; `problem` when the URL's was replaced. */
export function resolveYear(requested: number | null, years: readonly number[]): { year: number | null; problem: number | null } {
	if (requested !== null && years.includes(requested)) return { year: requested, problem: null };
	return { year: years[0] ?? null, problem: requested !== null && years.length ? requested : null };
}

/** The list's filters. */
export interface CandidateFilters {
	year: number | null;
	province: string | null;
	category: CandidateCategory | null;
	stage: CandidateStage | null;
	search: string;
}

/** Lower case without diacritics: "Désa" and "desa" match. */
export function searchText(text: string): string {
	return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

/**
 * The candidates that pass the filters, in the list's order (province, category, published
 * result, name). The search matches the name, the nominating office and the note; `names`
 * adds the region names (a search for "Kotawaringin" finds its villages).
 */
export function filterCandidates(rows: readonly CandidateRow[], f: CandidateFilters, regionName: (code: string) => string | undefined = () => undefined): CandidateRow[] {
	const words = searchText(f.search).split(/\s+/).filter(Boolean);
	return rows
		.filter((r) => (f.year === null || r.assessment_year === f.year) && (!f.province || r.province_code === f.province) && (!f.category || r.category === f.category) && (!f.stage || r.stage === f.stage))
		.filter((r) => {
			if (!words.length) return true;
			const hay = searchText([r.candidate, r.nominating_office ?? '', r.note ?? '', ...regionCodes(r).map((c) => regionName(c) ?? '')].join(' '));
			return words.every((w) => hay.includes(w));
		})
		.sort(
			(a, b) =>
				a.province_code.localeCompare(b.province_code) ||
				categoryOrder(a.category) - categoryOrder(b.category) ||
				(a.result ?? 99) - (b.result ?? 99) ||
				a.candidate.localeCompare(b.candidate, 'id')
		);
}

const CATEGORY_ORDER: readonly string[] = [
	'province_government',
	'regency_government',
	'village_government',
	'business_large_medium',
	'business_small_micro',
	'business',
	'public_service_body',
	'special_award'
];
function categoryOrder(category: string): number {
	const i = CATEGORY_ORDER.indexOf(category);
	return i < 0 ? CATEGORY_ORDER.length : i;
}

/** The candidates a candidate is scored against: same assessment year, province and category (itself included). */
export function peerGroup(c: CandidateRow, rows: readonly CandidateRow[]): CandidateRow[] {
	return rows
		.filter((r) => r.assessment_year === c.assessment_year && r.province_code === c.province_code && r.category === c.category)
		.sort((a, b) => a.candidate_id.localeCompare(b.candidate_id));
}

/** A group's key: assessment year × province × category (the min–max scaling's scope). */
export function groupKey(c: Pick<CandidateRow, 'assessment_year' | 'province_code' | 'category'>): string {
	return `${c.assessment_year}|${c.province_code}|${c.category}`;
}

// ---------------------------------------------------------------------------------------------
// Policy: regulations and APBD funding per region and year

/** Policy rows by region, then year. */
export type PolicyIndex = ReadonlyMap<string, ReadonlyMap<number, PolicyYearRow>>;

export function indexPolicy(rows: readonly PolicyYearRow[]): PolicyIndex {
	const index = new Map<string, Map<number, PolicyYearRow>>();
	for (const r of rows) {
		let years = index.get(r.region_code);
		if (!years) index.set(r.region_code, (years = new Map()));
		years.set(r.year, r);
	}
	return index;
}

/** A region's policy evidence for an assessment year. */
export interface PolicyAt {
	/** Regulations issued up to the end of the year; null when the data has no regulations table. */
	regulations: number | null;
	/** Of which in the year itself. */
	regulationsInYear: number | null;
	vulnerablePeople: number | null;
	vulnerableIdr: number | null;
	nonAsnPeople: number | null;
	nonAsnIdr: number | null;
}

/**
 * `code`'s policy evidence in `year`. `tables` says which optional tables the data has: without
 * `regional_regulations` the count is unknown (null), with it a region without rows issued none (0).
 * Funding is null where the data has no budget row for that region and year (never read as 0).
 */
export function policyAt(index: PolicyIndex, code: string, year: number, tables: { regulations: boolean }): PolicyAt {
	const years = index.get(code);
	let regulations = 0;
	for (const [y, row] of years ?? []) if (y <= year) regulations += row.regulations ?? 0;
	const row = years?.get(year);
	return {
		regulations: tables.regulations ? regulations : null,
		regulationsInYear: tables.regulations ? (row?.regulations ?? 0) : null,
		vulnerablePeople: row?.vulnerable_people ?? null,
		vulnerableIdr: row?.vulnerable_idr ?? null,
		nonAsnPeople: row?.non_asn_people ?? null,
		nonAsnIdr: row?.non_asn_idr ?? null
	};
}

// ---------------------------------------------------------------------------------------------
// Criteria values

/** A candidate's values by criterion id (null: the data has none). */
export type CriterionValues = Record<string, number | null>;

/** A government's (province or regency) figures in an assessment year. */
export interface GovernmentFigures {
	code: string;
	sums: MonthSums;
	figures: CoverageFigures;
	policy: PolicyAt;
	values: CriterionValues;
}

/** The regencies of a province in the Decembers' index, in code order. */
export function regenciesOf(province: string, decembers: MonthIndex): string[] {
	return [...decembers.keys()].filter((code) => code.length === 4 && code.startsWith(province)).sort();
}

/**
 * A province's or regency's figures at December `year` against December `year − 1`: a regency's
 * own row, a province the sum of its regencies (the one rule for adding areas, as everywhere).
 */
export function governmentFigures(code: string, year: number, decembers: MonthIndex, policy: PolicyIndex, tables: { regulations: boolean }): GovernmentFigures {
	const month = assessmentMonth(year);
	const sums = code.length === 2 ? sumRegencies(code, month, regenciesOf(code, decembers).map((r) => sumsAt(decembers, r, month))) : sumsAt(decembers, code, month);
	const figures = coverageFigures(sums);
	const p = policyAt(policy, code, year, tables);
	return {
		code,
		sums,
		figures,
		policy: p,
		values: {
			active: figures.active,
			growth: figures.growth,
			ucj: figures.ucj,
			coverageChangePts: figures.coverageChangePts,
			informalPenetration: figures.informalPenetration,
			targetAttainment: figures.targetAttainment,
			regulations: p.regulations,
			apbdVulnerable: p.vulnerablePeople,
			apbdNonAsn: p.nonAsnPeople
		}
	};
}

/** Every active participant of a village row (PU + BPU + JAKON + PMI); null when the row has none. */
export function villageActive(row: Pick<VillageRow, 'active_ucj' | 'active_pmi'> | undefined): number | null {
	if (!row || (row.active_ucj === null && row.active_pmi === null)) return null;
	return (row.active_ucj ?? 0) + (row.active_pmi ?? 0);
}

/** A village's values from its row in December of the year and of the year before. */
export function villageValues(now: VillageRow | undefined, prev: VillageRow | undefined): CriterionValues {
	const active = villageActive(now);
	return {
		officialsCovered: now?.officials_covered ?? null,
		vulnerableCovered: now?.vulnerable_covered ?? null,
		apbdesPeople: now?.apbdes_people ?? null,
		active,
		growth: growth({ active, activeYearBefore: villageActive(prev) })
	};
}

/** A village's active participants by segment in December of the year and of the year before, with growth. */
export interface VillageSegmentRow {
	segment: 'PU' | 'BPU' | 'JAKON' | 'PMI';
	now: number | null;
	prev: number | null;
	growth: number | null;
}

export function villageSegments(now: VillageRow | null, prev: VillageRow | null): VillageSegmentRow[] {
	const column = { PU: 'active_pu', BPU: 'active_bpu', JAKON: 'active_jakon', PMI: 'active_pmi' } as const;
	return (['PU', 'BPU', 'JAKON', 'PMI'] as const).map((segment) => {
		const a = now?.[column[segment]] ?? null;
		const b = prev?.[column[segment]] ?? null;
		return { segment, now: a, prev: b, growth: growth({ active: a, activeYearBefore: b }) };
	});
}

/** A business's values from its employer row of the assessment year. */
export function businessValues(e: EmployerRow | undefined): CriterionValues {
	if (!e) return { registrationRate: null, programmesComplete: null, wageRatio: null, arrears: null, vulnerableSponsored: null };
	return {
		registrationRate: registrationRate({ registered: e.workers_registered, workers: e.workers }),
		programmesComplete: programmesComplete({ size: e.size, jkk: e.has_jkk, jkm: e.has_jkm, jht: e.has_jht, jp: e.has_jp }),
		wageRatio: wageRatio({ reported: e.wage_reported_idr, reference: e.wage_reference_idr }),
		arrears: e.months_in_arrears,
		vulnerableSponsored: e.vulnerable_sponsored
	};
}

/** The employer sizes a business category compares against (all sizes where the source gives none). */
export function sizesOf(category: string): readonly string[] {
	if (category === 'business_large_medium') return ['large', 'medium'];
	if (category === 'business_small_micro') return ['small', 'micro'];
	return ['micro', 'small', 'medium', 'large'];
}

// ---------------------------------------------------------------------------------------------
// Ranks

/** A rank and how many were ranked (entities without a value are not ranked). */
export interface RankOf {
	rank: number;
	of: number;
}

/**
 * Competition ranks (1, 2, 2, 4) of `key` among `entries` by value, best first; null when its
 * value is missing. Lower-is-better criteria rank the lowest first.
 */
export function rankAmong(entries: readonly ScoredCandidate[], criterion: string, better: Better, key: string): RankOf | null {
	const present = entries.filter((e) => typeof e.values[criterion] === 'number' && Number.isFinite(e.values[criterion]));
	const self = present.findIndex((e) => e.key === key);
	if (self < 0) return null;
	const ranks = competitionRanks(present.map((e) => (better === 'higher' ? e.values[criterion]! : -e.values[criterion]!)));
	return { rank: ranks[self]!, of: present.length };
}
