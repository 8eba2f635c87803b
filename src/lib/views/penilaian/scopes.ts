/**
 * What each /penilaian/ figure reads (`views/common/origin.ts`), for its "sebagian sintetis" mark,
 * its exports' provenance and the evidence pack's data line once a user's data is active. A
 * candidate is scored within its province and group on the December of its assessment year
 * against the December before; what it reads depends on what it is.
 */
import { NATIONAL_CODE } from '$lib/contract/domain';
import type { TableName } from '$lib/contract/schema';
import type { ScoredKind } from '$lib/scoring/criteria';
import { READS, type ViewScope } from '$lib/views/common/origin';

/** The tables each kind of candidate's criteria come from (`lib/scoring/criteria.ts`). */
export const KIND_TABLES: Readonly<Record<ScoredKind, readonly TableName[]>> = {
	government: [...READS.coverage, 'regional_budget', 'regional_regulations'],
	village: ['participation_village', 'villages_support'],
	business: ['employers']
};

/**
 * The view's figures: the candidate list, the open candidate's scorecard and its group's ranking
 * (also the evidence pack), and the candidates side by side.
 */
export type PenilaianScoped = 'list' | 'scorecard' | 'ranking' | 'comparison';

/** A candidate as far as its scope goes. */
interface ScopedCandidate {
	readonly province_code: string;
	readonly assessment_year: number;
}

/** The Decembers a candidate's criteria compare: its assessment year's and the one before. */
function decembers(candidates: readonly ScopedCandidate[]): string[] {
	const years = [...new Set(candidates.map((c) => c.assessment_year))].sort();
	return years.flatMap((y) => [`${y - 1}-12`, `${y}-12`]);
}

/**
 * Each figure's scope: the list within its province filter; the card within the candidate's
 * province and year; the comparison over its candidates' provinces (all of one kind).
 */
export function figureScopes({
	province,
	kind,
	candidate,
	compared = { kind: null, candidates: [] }
}: {
	/** The list's province filter, or null for every province. */
	province: string | null;
	/** What the open candidate is scored as. */
	kind: ScoredKind | null;
	candidate: ScopedCandidate | null;
	/** The candidates side by side and what they are scored as. */
	compared?: { kind: ScoredKind | null; candidates: readonly ScopedCandidate[] };
}): Record<PenilaianScoped, ViewScope> {
	const list: ViewScope = { tables: ['candidates'], areas: [province ?? NATIONAL_CODE] };
	const tablesOf = (k: ScoredKind | null): TableName[] => ['candidates', ...(k ? KIND_TABLES[k] : [])];
	const card: ViewScope = candidate ? { tables: tablesOf(kind), areas: [candidate.province_code], months: decembers([candidate]) } : list;
	const { candidates } = compared;
	const comparison: ViewScope = candidates.length
		? { tables: tablesOf(compared.kind), areas: [...new Set(candidates.map((c) => c.province_code))].sort(), months: decembers(candidates) }
		: card;
	return { list, scorecard: card, ranking: card, comparison };
}
