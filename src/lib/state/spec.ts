/**
 * URL parameters as specs: each view composes its own set from the shared specs (`shared.ts`)
 * and its own, and gets strict parsing, writing, defaults and README's table from that one list.
 * Values are parsed strictly: anything malformed (a hostile or mistyped link) falls back to the
 * default and is reported, never used.
 *
 * Each parameter has a role, as in Mosaic's crossfilter: a `filter` changes what figures are
 * queried or computed; a `selection` highlights, and details only the figures it names in
 * `details` (a test pins that it leaves every other figure's query unchanged); `display`
 * changes only how things are written (the language).
 */

/** What changing a parameter does to the figures. */
export type ParamRole = 'filter' | 'selection' | 'display';

/** One URL parameter. */
export interface ParamSpec<T> {
	/** The query-parameter name (Indonesian, as users share links). */
	readonly name: string;
	readonly role: ParamRole;
	/** For a selection: the figures it details (their queries may change with it). */
	readonly details?: readonly string[];
	/** Shared parameters travel with links between views; a view's own do not. */
	readonly shared: boolean;
	/** Format and default in words, for README's table. */
	readonly format: string;
	readonly defaultText: string;
	readonly default: T;
	/** Longest raw value looked at (default `MAX_PARAM_LENGTH`): a list of ids may need more. */
	readonly maxLength?: number;
	/** Parse one raw value; undefined when malformed. */
	parse(raw: string): T | undefined;
	/** Serialise; null when the value is the default (kept out of the URL). */
	write(value: T): string | null;
}

/** A view's parameters by state key. */
export type ParamSpecs = Readonly<Record<string, ParamSpec<unknown>>>;

/** The state a set of specs describes. */
export type StateOf<S extends ParamSpecs> = { -readonly [K in keyof S]: S[K] extends ParamSpec<infer T> ? T : never };

/** A parameter that was present but could not be used. */
export interface ParamProblem {
	param: string;
	value: string;
}

/** A view's parameter set: specs plus what follows from them. */
export interface ParamSet<S extends ParamSpecs> {
	readonly specs: S;
	defaults(): StateOf<S>;
	/** The state of a query string; malformed values are listed, defaults used instead. */
	read(search: URLSearchParams | string): { state: StateOf<S>; problems: ParamProblem[] };
	/** The query string of a state (defaults left out), e.g. `?wilayah=64&periode=2024-12`. */
	write(state: StateOf<S>): string;
	/** The state as one key: every parameter's written value, in spec order. */
	key(state: StateOf<S>): string;
}

// Longer than any valid value: a parameter past this is not looked at further.
export const MAX_PARAM_LENGTH = 64;

/** A parameter set from specs (their order is the order they are written in a URL). */
export function defineParams<S extends ParamSpecs>(specs: S): ParamSet<S> {
	const entries = Object.entries(specs) as [keyof S & string, ParamSpec<unknown>][];
	const names = entries.map(([, spec]) => spec.name);
	if (new Set(names).size !== names.length) throw new Error(`two parameters share a name: ${names.join(', ')}`);
	const defaults = () => Object.fromEntries(entries.map(([key, spec]) => [key, structuredClone(spec.default)])) as StateOf<S>;
	return {
		specs,
		defaults,
		read(search) {
			const params = typeof search === 'string' ? new URLSearchParams(search) : search;
			const state = defaults() as Record<string, unknown>;
			const problems: ParamProblem[] = [];
			for (const [key, spec] of entries) {
				const raw = params.get(spec.name);
				if (raw === null || raw === '') continue;
				const max = spec.maxLength ?? MAX_PARAM_LENGTH;
				const parsed = raw.length <= max ? spec.parse(raw) : undefined;
				if (parsed === undefined) problems.push({ param: spec.name, value: raw.slice(0, max) });
				else state[key] = parsed;
			}
			return { state: state as StateOf<S>, problems };
		},
		write(state) {
			const params = new URLSearchParams();
			for (const [key, spec] of entries) {
				const value = spec.write(state[key]);
				if (value !== null) params.set(spec.name, value);
			}
			const text = params.toString();
			return text ? `?${text.replaceAll('%2C', ',')}` : '';
		},
		key(state) {
			return entries.map(([key, spec]) => spec.write(state[key]) ?? '').join('|');
		}
	};
}

/** Markdown table of a parameter set, for README (generated, and tested against it). */
export function paramsTable(specs: ParamSpecs): string {
	const role = (s: ParamSpec<unknown>) => (s.shared ? `${s.role}, shared` : s.role);
	return [
		'| parameter | format | default | role |',
		'|---|---|---|---|',
		...Object.values(specs).map((s) => `| \`${s.name}\` | ${s.format} | ${s.defaultText} | ${role(s)} |`)
	].join('\n');
}
