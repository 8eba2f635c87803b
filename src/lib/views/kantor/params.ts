/**
 * The regional-office view's URL parameters: the shared ones, the office whose regencies are
 * compared (a Kanwil or a branch office, instead of an area), the metric the map and ranking
 * colour by, the decline finder's unit, and the selections (a regency, the regencies compared
 * side by side, its villages opened).
 */
import { KANWIL_IDS, type KanwilId } from '$lib/contract/domain';
import { isAreaCode } from '$lib/contract/areas';
import { defineParams, type ParamSpec } from '$lib/state/spec';
import { SHARED_PARAMS } from '$lib/state/shared';

/** The metrics the map and the ranking can colour and sort by. */
export const MAP_METRICS = ['ucj', 'coverageChangePts', 'growth', 'targetAttainment', 'informalPenetration', 'formalPenetration'] as const;
export type MapMetric = (typeof MAP_METRICS)[number];

/** What the decline finder ranks and decomposes: participants or coverage points. */
export const DECLINE_MODES = ['peserta', 'poin'] as const;
export type DeclineMode = (typeof DECLINE_MODES)[number];

/** At most this many regencies side by side (the comparison component's limit). */
export const MAX_COMPARED = 6;

const isRegency = (raw: string) => isAreaCode(raw) && raw.length === 4;

/** `kanwil`: a regional office; its provinces' regencies are compared. */
export const kanwilParam: ParamSpec<KanwilId | null> = {
	name: 'kanwil',
	role: 'filter',
	shared: false,
	format: `a regional office id: ${KANWIL_IDS.map((k) => `\`${k}\``).join(', ')}`,
	default: null,
	defaultText: 'none (the area `wilayah` decides)',
	parse: (raw) => ((KANWIL_IDS as readonly string[]).includes(raw) ? (raw as KanwilId) : undefined),
	write: (v) => v
};

/**
 * `cabang`: a branch office (Kantor Cabang) by its name in the data, e.g. `Balikpapan`; its
 * regencies are compared. Names are checked against the data once it is loaded (an unknown
 * one gets a notice); here only their shape: letters, digits, spaces and `.,'()-`.
 */
export const branchParam: ParamSpec<string | null> = {
	name: 'cabang',
	role: 'filter',
	shared: false,
	format: "a branch office's name as the data spells it, e.g. `cabang=Balikpapan`",
	default: null,
	defaultText: 'none',
	parse: (raw) => (/^[\p{L}\p{N}][\p{L}\p{N} .,'()-]{0,59}$/u.test(raw) ? raw : undefined),
	write: (v) => v
};

/** `ukuran`: the metric the map colours and the ranking leads with. */
export const metricParam: ParamSpec<MapMetric> = {
	name: 'ukuran',
	role: 'filter',
	shared: false,
	format: MAP_METRICS.map((m) => `\`${m}\``).join(', '),
	default: 'ucj',
	defaultText: '`ucj`',
	parse: (raw) => ((MAP_METRICS as readonly string[]).includes(raw) ? (raw as MapMetric) : undefined),
	write: (v) => (v === 'ucj' ? null : v)
};

/** `turun`: rank and decompose declines in participants or in coverage points. */
export const declineModeParam: ParamSpec<DeclineMode> = {
	name: 'turun',
	role: 'filter',
	shared: false,
	format: '`peserta` (participants) or `poin` (coverage points)',
	default: 'poin',
	defaultText: '`poin`',
	parse: (raw) => ((DECLINE_MODES as readonly string[]).includes(raw) ? (raw as DeclineMode) : undefined),
	write: (v) => (v === 'poin' ? null : v)
};

/** `pilih`: the selected regency; it details only the figures named here. */
export const selectedParam: ParamSpec<string | null> = {
	name: 'pilih',
	role: 'selection',
	details: ['regencyTrend', 'decomposition', 'programmes', 'policy', 'penetration', 'villages'],
	shared: false,
	format: 'a regency/city code, e.g. `6401`',
	default: null,
	defaultText: 'none',
	parse: (raw) => (isRegency(raw) ? raw : undefined),
	write: (v) => v
};

/** `banding`: regencies side by side (comma-separated, at most six). */
export const comparedParam: ParamSpec<string[]> = {
	name: 'banding',
	role: 'selection',
	details: ['comparison'],
	shared: false,
	format: `up to ${MAX_COMPARED} regency/city codes, comma-separated, e.g. \`6401,6471\``,
	default: [],
	defaultText: 'none',
	parse: (raw) => {
		const codes = raw.split(',');
		if (codes.length > MAX_COMPARED || !codes.every(isRegency) || new Set(codes).size !== codes.length) return undefined;
		return codes;
	},
	write: (v) => (v.length ? v.join(',') : null)
};

/** `desa`: the selected regency's village list is open (it downloads the province's village file). */
export const villagesParam: ParamSpec<boolean> = {
	name: 'desa',
	role: 'selection',
	details: ['villages'],
	shared: false,
	format: '`1` to open the selected regency’s villages',
	default: false,
	defaultText: 'closed',
	parse: (raw) => (raw === '1' ? true : raw === '0' ? false : undefined),
	write: (v) => (v ? '1' : null)
};

export const kantorParams = defineParams({
	...SHARED_PARAMS,
	kanwil: kanwilParam,
	branch: branchParam,
	metric: metricParam,
	declineMode: declineModeParam,
	selected: selectedParam,
	compared: comparedParam,
	villages: villagesParam
});

/** The view's state as the URL gives it (`period` null: the latest December of the data). */
export type KantorState = ReturnType<typeof kantorParams.defaults>;
