/**
 * The view state that lives in the URL, every parameter in one list. A link reproduces a view
 * exactly; Back/Forward walk through changes. Values are parsed strictly: anything malformed
 * (a hostile or mistyped link) falls back to the default and is reported, never used.
 * README's parameter table is written from PARAMS.
 */
import { NATIONAL_CODE, SEGMENTS, type Segment } from '$lib/contract/domain';
import { isLocale, type Locale } from '$lib/i18n/locale';
import { isAreaCode, type AreaCode } from '$lib/queries/area';

/** Which denominator coverage is shown on: eligible workers (`ucj`) or all working people (`ucjNaive`). */
export type Denominator = 'layak' | 'bekerja';

/** The whole URL state. `period` null means "the latest month of the data". */
export interface ViewState {
	area: AreaCode;
	period: string | null;
	segments: Segment[];
	denominator: Denominator;
	locale: Locale;
}

/** A parameter that was present but could not be used. */
export interface ParamProblem {
	param: string;
	value: string;
}

interface ParamSpec<K extends keyof ViewState> {
	/** The query-parameter name (Indonesian, as users share links). */
	name: string;
	key: K;
	format: string;
	default: ViewState[K];
	defaultText: string;
	/** Parse one raw value; undefined when malformed. */
	parse(raw: string): ViewState[K] | undefined;
	/** Serialise; returns null when the value is the default (kept out of the URL). */
	write(value: ViewState[K]): string | null;
}

const MONTH = /^(20\d{2})-(0[1-9]|1[0-2])$/;

const area: ParamSpec<'area'> = {
	name: 'wilayah',
	key: 'area',
	format: '`ID`, a province code (`64`) or a regency/city code (`6401`)',
	default: NATIONAL_CODE,
	defaultText: '`ID` (Indonesia)',
	parse: (raw) => (isAreaCode(raw) ? raw : undefined),
	write: (v) => (v === NATIONAL_CODE ? null : v)
};

const period: ParamSpec<'period'> = {
	name: 'periode',
	key: 'period',
	format: '`YYYY-MM`, e.g. `periode=2024-12`',
	default: null,
	defaultText: 'the latest month of the data',
	parse: (raw) => (MONTH.test(raw) ? raw : undefined),
	write: (v) => v
};

const segments: ParamSpec<'segments'> = {
	name: 'segmen',
	key: 'segments',
	format: 'comma-separated segments, e.g. `segmen=PU,BPU`',
	default: [...SEGMENTS],
	defaultText: 'all four: `PU,BPU,JAKON,PMI`',
	parse: (raw) => {
		const parts = raw.split(',').map((s) => s.trim().toUpperCase());
		if (parts.length === 0 || !parts.every((s): s is Segment => (SEGMENTS as readonly string[]).includes(s))) return undefined;
		return SEGMENTS.filter((s) => parts.includes(s));
	},
	write: (v) => (v.length === SEGMENTS.length ? null : SEGMENTS.filter((s) => v.includes(s)).join(','))
};

const denominator: ParamSpec<'denominator'> = {
	name: 'penyebut',
	key: 'denominator',
	format: '`layak` (eligible workers) or `bekerja` (all working people)',
	default: 'layak',
	defaultText: '`layak`',
	parse: (raw) => (raw === 'layak' || raw === 'bekerja' ? raw : undefined),
	write: (v) => (v === 'layak' ? null : v)
};

const locale: ParamSpec<'locale'> = {
	name: 'bahasa',
	key: 'locale',
	format: '`id` or `en`',
	default: 'id',
	defaultText: '`id`',
	parse: (raw) => (isLocale(raw) ? raw : undefined),
	write: (v) => (v === 'id' ? null : v)
};

/** Every URL parameter, in the order they are written. */
export const PARAMS = [area, period, segments, denominator, locale] as const;

/** The state with every default. */
export function defaultState(): ViewState {
	return { area: NATIONAL_CODE, period: null, segments: [...SEGMENTS], denominator: 'layak', locale: 'id' };
}

// Longer than any valid value: a parameter past this is not looked at further.
const MAX_LENGTH = 64;

/** Read the state from URL search params; malformed values are listed, defaults used instead. */
export function readState(search: URLSearchParams): { state: ViewState; problems: ParamProblem[] } {
	const state = defaultState() as unknown as Record<string, unknown>;
	const problems: ParamProblem[] = [];
	for (const spec of PARAMS) {
		const raw = search.get(spec.name);
		if (raw === null || raw === '') continue;
		const parsed = raw.length <= MAX_LENGTH ? (spec.parse as (r: string) => unknown)(raw) : undefined;
		if (parsed === undefined) problems.push({ param: spec.name, value: raw.slice(0, MAX_LENGTH) });
		else state[spec.key] = parsed;
	}
	return { state: state as unknown as ViewState, problems };
}

/** The query string for a state (defaults left out), e.g. `?wilayah=64&periode=2024-12`. */
export function writeState(state: ViewState): string {
	const search = new URLSearchParams();
	for (const spec of PARAMS) {
		const value = (spec.write as (v: unknown) => string | null)(state[spec.key]);
		if (value !== null) search.set(spec.name, value);
	}
	const text = search.toString();
	return text ? `?${text.replaceAll('%2C', ',')}` : '';
}

/** Markdown table of the parameters, for README. */
export function paramsTable(): string {
	return [
		'| parameter | format | default |',
		'|---|---|---|',
		...PARAMS.map((p) => `| \`${p.name}\` | ${p.format} | ${p.defaultText} |`)
	].join('\n');
}
