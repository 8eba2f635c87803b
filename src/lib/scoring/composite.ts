/**
 * The composite score of a group of candidates: each criterion scaled 0–100 within the group,
 * then a weighted mean. The panel moves weights with a slider and the table re-ranks on every
 * change, so the work is split: `prepareGroup` scales once per group, `scorePrepared` only
 * applies the weights (≈ candidates × criteria multiplications).
 */
import { minMaxScale } from './scale';
import { ranksInto } from './rank';
import type { CriterionRef, ScoreResult, ScoreRules, ScoredCandidate, Weights } from './types';

/** A group scaled once, ready to be weighted many times. Treat as opaque outside `lib/scoring`. */
export interface PreparedGroup {
	readonly keys: readonly string[];
	readonly criteria: readonly CriterionRef[];
	/** Scaled values, candidate-major (`scaled[candidate * criteria.length + criterion]`), NaN where missing. */
	readonly scaled: Float64Array;
	/** The same values by criterion id, one record per candidate, shared by every result. */
	readonly scaledRecords: readonly Readonly<Record<string, number | null>>[];
	/** The criteria each candidate has no value for. */
	readonly missing: readonly (readonly string[])[];
}

/** Scale every criterion of the group (min–max over the candidates that have it). */
export function prepareGroup(candidates: readonly ScoredCandidate[], criteria: readonly CriterionRef[]): PreparedGroup {
	const n = candidates.length;
	const m = criteria.length;
	const scaled = new Float64Array(n * m);
	const scaledRecords = candidates.map(() => ({}) as Record<string, number | null>);
	const missing: string[][] = candidates.map(() => []);
	criteria.forEach((criterion, i) => {
		const column = minMaxScale(
			candidates.map((c) => c.values[criterion.id] ?? null),
			criterion.better
		);
		column.forEach((value, c) => {
			scaled[c * m + i] = value ?? NaN;
			scaledRecords[c]![criterion.id] = value;
			if (value === null) missing[c]!.push(criterion.id);
		});
	});
	return { keys: candidates.map((c) => c.key), criteria, scaled, scaledRecords, missing };
}

/** A weight as the composite uses it: negative, NaN, infinite or absent count as 0. */
export function usableWeight(weight: number | undefined): number {
	return weight !== undefined && Number.isFinite(weight) && weight > 0 ? weight : 0;
}

/** The weights in criterion order, each made usable. */
export function weightVector(prepared: PreparedGroup, weights: Weights): Float64Array {
	return Float64Array.from(prepared.criteria, (c) => usableWeight(weights[c.id]));
}

/**
 * Composites for a weight vector, written into `out` (NaN = no composite). Only criteria with a
 * weight > 0 count: a missing criterion without weight does not make a candidate incomplete.
 * Without `reweight` an incomplete candidate has no composite; with it, the mean runs over the
 * weighted criteria it has (none → no composite). All weights 0 → no composite for anyone.
 */
export function compositesInto(prepared: PreparedGroup, w: Float64Array, reweight: boolean, out: Float64Array): Float64Array {
	const m = prepared.criteria.length;
	const { scaled } = prepared;
	for (let c = 0; c < prepared.keys.length; c++) {
		let sum = 0;
		let weightSum = 0;
		let incomplete = false;
		for (let i = 0; i < m; i++) {
			const weight = w[i]!;
			if (weight <= 0) continue;
			const value = scaled[c * m + i]!;
			if (Number.isNaN(value)) {
				incomplete = true;
				continue;
			}
			sum += weight * value;
			weightSum += weight;
		}
		out[c] = weightSum > 0 && (reweight || !incomplete) ? sum / weightSum : NaN;
	}
	return out;
}

/** Apply weights to a prepared group: results in the group's order, ranked (1, 2, 2, 4). */
export function scorePrepared(prepared: PreparedGroup, weights: Weights, rules: ScoreRules): ScoreResult[] {
	const n = prepared.keys.length;
	const composites = compositesInto(prepared, weightVector(prepared, weights), rules.reweight, new Float64Array(n));
	const ranks = ranksInto(composites, new Int32Array(n));
	return prepared.keys.map((key, c) => ({
		key,
		scaled: prepared.scaledRecords[c]!,
		composite: Number.isNaN(composites[c]!) ? null : composites[c]!,
		missing: prepared.missing[c]!,
		rank: ranks[c]!
	}));
}

/** Scale and weight a group in one call (results in the input order). */
export function scoreGroup(candidates: readonly ScoredCandidate[], criteria: readonly CriterionRef[], weights: Weights, rules: ScoreRules): ScoreResult[] {
	return scorePrepared(prepareGroup(candidates, criteria), weights, rules);
}
