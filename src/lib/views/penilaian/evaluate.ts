/**
 * A candidate's criteria values from whatever the view has loaded, and the entities its ranks
 * are read against: the candidates of its group (province × category × assessment year) and its
 * peers in the data (every regency of the province, every village of the regency, every employer
 * of the province of the category's sizes). A candidate whose region the source leaves open
 * gets each alternative's figures and no values of its own: it is never guessed.
 */
import type { CandidateRow } from '$lib/queries/candidates';
import type { VillageRow } from '$lib/queries/villages';
import type { MonthIndex } from '$lib/views/common/months';
import type { ScoredKind } from '$lib/scoring/criteria';
import type { ScoredCandidate } from '$lib/scoring/types';
import type { ProvinceEmployers, VillageYears } from './load';
import { businessValues, governmentFigures, isAmbiguous, regenciesOf, regionCodes, scoredKind, sizesOf, villageValues, type CriterionValues, type GovernmentFigures, type PolicyIndex } from './model';

/** What the view has loaded so far (null: not yet, or not needed). */
export interface Loaded {
	decembers: MonthIndex | null;
	policy: PolicyIndex | null;
	/** Whether the data has a regulations table (without it the count is unknown, not 0). */
	hasRegulations: boolean;
	villages: ReadonlyMap<string, VillageYears> | null;
	employers: ProvinceEmployers | null;
}

/** One region a candidate may be, with its values there. */
export interface Alternative {
	code: string;
	values: CriterionValues;
	government: GovernmentFigures | null;
	village: VillageRow | null;
	/** The village's row a year earlier (its segments' growth). */
	villagePrev: VillageRow | null;
}

/** A candidate's values: its own, or (ambiguous region) null with each alternative's. */
export interface CandidateValues {
	candidate: CandidateRow;
	kind: ScoredKind | null;
	/** The values scored; all null for an ambiguous or unknown region. */
	values: CriterionValues;
	alternatives: Alternative[];
	/** False while a row it needs is still loading (values then say nothing yet). */
	ready: boolean;
	/** Why there are no values: the region is open between several, or the data has no row for it. */
	gap: 'ambiguous' | 'noRegion' | 'noRow' | null;
}

function governmentAlternative(code: string, year: number, data: Loaded): Alternative | null {
	if (!data.decembers || !data.policy) return null;
	const g = governmentFigures(code, year, data.decembers, data.policy, { regulations: data.hasRegulations });
	return { code, values: g.values, government: g, village: null, villagePrev: null };
}

function villageAlternative(code: string, data: Loaded): Alternative | null {
	const years = data.villages?.get(code.slice(0, 4));
	if (!years) return null;
	const now = years.now.get(code);
	const prev = years.prev.get(code);
	return { code, values: villageValues(now, prev), government: null, village: now ?? null, villagePrev: prev ?? null };
}

const EMPTY: CriterionValues = {};

/** The values of `c` from `data`. */
export function candidateValues(c: CandidateRow, data: Loaded): CandidateValues {
	const kind = scoredKind(c);
	const base = { candidate: c, kind };
	if (kind === 'business') {
		if (!data.employers) return { ...base, values: EMPTY, alternatives: [], ready: false, gap: null };
		const e = c.employer_id ? data.employers.byId.get(c.employer_id) : undefined;
		return { ...base, values: businessValues(e), alternatives: [], ready: true, gap: e ? null : 'noRow' };
	}
	const codes = regionCodes(c);
	if (!kind) return { ...base, values: EMPTY, alternatives: [], ready: true, gap: null };
	if (!codes.length) return { ...base, values: EMPTY, alternatives: [], ready: true, gap: 'noRegion' };
	const alternatives = codes.map((code) => (kind === 'government' ? governmentAlternative(code, c.assessment_year, data) : villageAlternative(code, data)));
	if (alternatives.some((a) => a === null)) return { ...base, values: EMPTY, alternatives: [], ready: false, gap: null };
	const alts = alternatives as Alternative[];
	if (isAmbiguous(c)) return { ...base, values: EMPTY, alternatives: alts, ready: true, gap: 'ambiguous' };
	const values = alts[0]!.values;
	const noRow = Object.values(values).every((v) => v === null);
	return { ...base, values, alternatives: alts, ready: true, gap: noRow ? 'noRow' : null };
}

/** The group as the scoring takes it. */
export function scored(values: readonly CandidateValues[]): ScoredCandidate[] {
	return values.map((v) => ({ key: v.candidate.candidate_id, values: v.values }));
}

/** The regencies whose villages a village group needs (every alternative of every candidate). */
export function villageRegencies(group: readonly CandidateRow[]): string[] {
	return [...new Set(group.flatMap((c) => (scoredKind(c) === 'village' ? regionCodes(c).filter((code) => code.length === 10).map((code) => code.slice(0, 4)) : [])))].sort();
}

/** A peer in the data: a regency, a village or an employer, with its name. */
export interface Peer extends ScoredCandidate {
	name: string;
}

/**
 * The entities `c` is ranked against in the data besides the candidates: every regency of its
 * province (a regency), every province (a province), every village of its regency (a village),
 * every employer of its province of the category's sizes (a business). Empty while loading or
 * for an ambiguous candidate.
 */
export function peersOf(c: CandidateRow, data: Loaded, nameOf: (code: string) => string): Peer[] {
	const kind = scoredKind(c);
	const codes = regionCodes(c);
	if (kind === 'government' && codes.length === 1 && data.decembers && data.policy) {
		const code = codes[0]!;
		const list = code.length === 2 ? [...new Set(regenciesOf('', data.decembers).map((r) => r.slice(0, 2)))] : regenciesOf(code.slice(0, 2), data.decembers);
		return list.map((p) => ({ key: p, name: nameOf(p), values: governmentAlternative(p, c.assessment_year, data)!.values }));
	}
	if (kind === 'village' && codes.length === 1) {
		const years = data.villages?.get(codes[0]!.slice(0, 4));
		if (!years) return [];
		return [...years.now.values()].map((v) => ({ key: v.code, name: v.name, values: villageValues(v, years.prev.get(v.code)) }));
	}
	if (kind === 'business' && data.employers) {
		const sizes = sizesOf(c.category);
		return data.employers.rows.filter((e) => sizes.includes(e.size)).map((e) => ({ key: e.employer_id, name: e.name, values: businessValues(e) }));
	}
	return [];
}
