/**
 * The shapes the composite score works on (issue 10). Pure data: the panel view turns query rows
 * into `ScoredCandidate`s, the scoring functions return `ScoreResult`s, nothing here queries.
 */

/** Which way a criterion is better; lower-is-better criteria (arrears) are inverted when scaled. */
export type Better = 'higher' | 'lower';

/** A criterion as the scoring needs it: its id and direction. Labels live in `criteria.ts`. */
export interface CriterionRef {
	readonly id: string;
	readonly better: Better;
}

/** A candidate's raw criterion values; null (or absent) = the data has no value ("data tidak lengkap"). */
export interface ScoredCandidate {
	readonly key: string;
	readonly values: Readonly<Record<string, number | null | undefined>>;
}

/**
 * Weights by criterion id, in points (equal by default). Only their ratios matter: the composite
 * divides by the sum of the weights used. Negative weights are treated as 0.
 */
export type Weights = Readonly<Record<string, number>>;

/** The rules a panel can switch. */
export interface ScoreRules {
	/**
	 * Off (default): a candidate missing any criterion has no composite; it is ranked after every
	 * complete candidate. On: its composite is the weighted mean over the criteria it has.
	 */
	readonly reweight: boolean;
}

/** One candidate's result. */
export interface ScoreResult {
	readonly key: string;
	/** Each criterion scaled 0–100 within the group (null where the value is missing). */
	readonly scaled: Readonly<Record<string, number | null>>;
	/** Weighted mean of the scaled values, 0–100; null when incomplete and not reweighted, or no weight applies. */
	readonly composite: number | null;
	/** Criteria with no value. */
	readonly missing: readonly string[];
	/** Competition rank (1, 2, 2, 4); incomplete candidates share the rank after the last complete one. */
	readonly rank: number;
}

/** How far each weight may move for the rank range: ± `band` points, never below 0. */
export interface SensitivityBand {
	readonly band: number;
}

/** A candidate's rank range when each weight moves within the band. */
export interface RankRange {
	readonly key: string;
	/** The best and worst rank reached by an actual weight vector within the band (its witness). */
	readonly best: number;
	readonly worst: number;
	readonly bestWeights: Weights;
	readonly worstWeights: Weights;
	/**
	 * Guaranteed bounds from pairwise comparison: no weight vector in the band gives a rank better
	 * than `bestBound` or worse than `worstBound`. When they equal `best`/`worst`, the range is exact.
	 */
	readonly bestBound: number;
	readonly worstBound: number;
}

/** A single weight that, moved alone to one end of its band, changes who leads. */
export interface TopChange {
	readonly criterion: string;
	/** The weight that changes the lead (the band's low or high end). */
	readonly weight: number;
	readonly direction: 'down' | 'up';
	/** Who leads then (every tied leader). */
	readonly leaders: readonly string[];
}
