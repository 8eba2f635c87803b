/**
 * The assessment-panel view's URL parameters: the candidate list's filters (assessment year,
 * province, category, stage, search), the candidate whose scorecard is open, the panel's
 * weights (one parameter per kind of candidate, so a panel moving between regencies and villages
 * keeps both), reweighting over the criteria a candidate has, the rank range's band, and the
 * candidates side by side. Weights in the URL make a scoring shareable and reproducible.
 */
import { CANDIDATE_CATEGORIES, CANDIDATE_STAGES, type CandidateCategory, type CandidateStage } from '$lib/contract/domain';
import { localeParam } from '$lib/state/shared';
import { defineParams, type ParamSpec } from '$lib/state/spec';
import { criteriaOf, DEFAULT_BAND, DEFAULT_WEIGHT, type ScoredKind } from '$lib/scoring/criteria';
import type { Weights } from '$lib/scoring/types';

/** At most this many candidates side by side (the comparison component's limit). */
export const MAX_COMPARED = 6;
/** Highest weight a criterion may get, in points. */
export const MAX_WEIGHT = 100;
/** Widest band of the rank range, in points. */
export const MAX_BAND = 50;

const CANDIDATE_ID = /^[A-Za-z0-9_-]{1,40}$/;

/** `tahun`: the assessment year; default the latest year with candidates. */
export const yearParam: ParamSpec<number | null> = {
	name: 'tahun',
	role: 'filter',
	shared: false,
	format: 'an assessment year, e.g. `2024` (Paritrana Award 2025 assesses 2024)',
	default: null,
	defaultText: 'the latest assessment year with candidates',
	parse: (raw) => (/^20\d\d$/.test(raw) ? Number(raw) : undefined),
	write: (v) => (v === null ? null : String(v))
};

/** `provinsi`: candidates of one province. */
export const provinceParam: ParamSpec<string | null> = {
	name: 'provinsi',
	role: 'filter',
	shared: false,
	format: 'a province code, e.g. `62`',
	default: null,
	defaultText: 'all provinces',
	parse: (raw) => (/^\d\d$/.test(raw) ? raw : undefined),
	write: (v) => v
};

/** `kategori`: candidates of one award category. */
export const categoryParam: ParamSpec<CandidateCategory | null> = {
	name: 'kategori',
	role: 'filter',
	shared: false,
	format: CANDIDATE_CATEGORIES.map((c) => `\`${c}\``).join(', '),
	default: null,
	defaultText: 'all categories',
	parse: (raw) => ((CANDIDATE_CATEGORIES as readonly string[]).includes(raw) ? (raw as CandidateCategory) : undefined),
	write: (v) => v
};

/** `tahap`: candidates at one stage. */
export const stageParam: ParamSpec<CandidateStage | null> = {
	name: 'tahap',
	role: 'filter',
	shared: false,
	format: CANDIDATE_STAGES.map((c) => `\`${c}\``).join(', '),
	default: null,
	defaultText: 'all stages',
	parse: (raw) => ((CANDIDATE_STAGES as readonly string[]).includes(raw) ? (raw as CandidateStage) : undefined),
	write: (v) => v
};

/** `cari`: text searched in names, regions and notes (letters, digits, spaces and `.,'()-`). */
export const searchParam: ParamSpec<string> = {
	name: 'cari',
	role: 'filter',
	shared: false,
	format: 'text, e.g. `cari=Ketapang`',
	default: '',
	defaultText: 'none',
	parse: (raw) => (/^[\p{L}\p{N} .,'()/-]{1,60}$/u.test(raw) ? raw : undefined),
	write: (v) => (v.trim() ? v : null)
};

/** `kandidat`: the candidate whose scorecard is open (its `candidate_id`). */
export const candidateParam: ParamSpec<string | null> = {
	name: 'kandidat',
	role: 'selection',
	details: ['scorecard', 'evidencePack'],
	shared: false,
	format: 'a candidate id, e.g. `PA2025-61-001`',
	default: null,
	defaultText: 'the first candidate of the list',
	parse: (raw) => (CANDIDATE_ID.test(raw) ? raw : undefined),
	write: (v) => v
};

/**
 * Weights as the URL writes them: one number per criterion in the kind's criteria order,
 * separated by `_` (short enough for every kind within the parameter length limit).
 * @example formatWeightList({ active: 20, growth: 10, ... }, 'government') // '20_10_10_10_10_10_10_10_10'
 */
export function formatWeightList(weights: Weights, kind: ScoredKind): string | null {
	const criteria = criteriaOf(kind);
	if (criteria.every((c) => (weights[c.id] ?? DEFAULT_WEIGHT) === DEFAULT_WEIGHT)) return null;
	return criteria.map((c) => String(weights[c.id] ?? DEFAULT_WEIGHT)).join('_');
}

/** The weights of a URL value; undefined unless it has one number in 0–100 (at most one decimal) per criterion. */
export function parseWeightList(raw: string, kind: ScoredKind): Weights | undefined {
	const criteria = criteriaOf(kind);
	const parts = raw.split('_');
	if (parts.length !== criteria.length || !parts.every((p) => /^\d{1,3}(\.\d)?$/.test(p))) return undefined;
	const values = parts.map(Number);
	if (values.some((v) => v > MAX_WEIGHT)) return undefined;
	return Object.fromEntries(criteria.map((c, i) => [c.id, values[i]!]));
}

function weightsParam(name: string, kind: ScoredKind, what: string): ParamSpec<Weights | null> {
	const count = criteriaOf(kind).length;
	return {
		name,
		role: 'filter',
		shared: false,
		format: `${count} weights 0–${MAX_WEIGHT} for ${what}, in the criteria's order, separated by \`_\``,
		default: null,
		defaultText: `equal (${DEFAULT_WEIGHT} each): an assumption, no weights are published`,
		parse: (raw) => parseWeightList(raw, kind),
		write: (v) => (v ? formatWeightList(v, kind) : null)
	};
}

/** `bobot`, `bobotdesa`, `bobotusaha`: the panel's weights for governments, villages, businesses. */
export const governmentWeightsParam = weightsParam('bobot', 'government', 'regional governments');
export const villageWeightsParam = weightsParam('bobotdesa', 'village', 'villages');
export const businessWeightsParam = weightsParam('bobotusaha', 'business', 'businesses');

/** `ulang`: a candidate missing a criterion is scored over the criteria it has (reweighted). */
export const reweightParam: ParamSpec<boolean> = {
	name: 'ulang',
	role: 'filter',
	shared: false,
	format: '`1` to reweight an incomplete candidate over the criteria it has',
	default: false,
	defaultText: 'off: incomplete candidates rank after complete ones',
	parse: (raw) => (raw === '1' ? true : raw === '0' ? false : undefined),
	write: (v) => (v ? '1' : null)
};

/** `rentang`: how far each weight moves for the rank range, in points. */
export const bandParam: ParamSpec<number> = {
	name: 'rentang',
	role: 'filter',
	shared: false,
	format: `points 0–${MAX_BAND}`,
	default: DEFAULT_BAND,
	defaultText: `${DEFAULT_BAND}`,
	parse: (raw) => (/^\d{1,2}$/.test(raw) && Number(raw) <= MAX_BAND ? Number(raw) : undefined),
	write: (v) => (v === DEFAULT_BAND ? null : String(v))
};

/** `banding`: candidates side by side (ids, comma-separated, at most six, of one category). */
export const comparedParam: ParamSpec<string[]> = {
	name: 'banding',
	role: 'selection',
	details: ['comparison'],
	shared: false,
	format: `up to ${MAX_COMPARED} candidate ids, comma-separated`,
	default: [],
	defaultText: 'none',
	// Six ids of 13 characters and their commas.
	maxLength: MAX_COMPARED * 41,
	parse: (raw) => {
		const ids = raw.split(',');
		if (ids.length > MAX_COMPARED || !ids.every((id) => CANDIDATE_ID.test(id)) || new Set(ids).size !== ids.length) return undefined;
		return ids;
	},
	write: (v) => (v.length ? v.join(',') : null)
};

export const penilaianParams = defineParams({
	locale: localeParam,
	year: yearParam,
	province: provinceParam,
	category: categoryParam,
	stage: stageParam,
	search: searchParam,
	candidate: candidateParam,
	governmentWeights: governmentWeightsParam,
	villageWeights: villageWeightsParam,
	businessWeights: businessWeightsParam,
	reweight: reweightParam,
	band: bandParam,
	compared: comparedParam
});

/** The view's state as the URL gives it. */
export type PenilaianState = ReturnType<typeof penilaianParams.defaults>;
