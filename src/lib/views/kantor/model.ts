/**
 * The regional-office view's model: which regencies an office compares (its scope), what it
 * loads for them, and everything it derives from the loaded rows, as pure functions. The page
 * (`src/routes/kantor/+page.svelte`) keeps markup and wiring.
 *
 * Loads, and why they are split:
 * - the directory (552 provinces and regencies with their offices), once per session;
 * - every regency's December rows, once per session: the default state is a December read
 *   against the December before, so the map and the table draw from these for ANY area, and
 *   they are in the build-time snapshot (first figures before the engine);
 * - the scope's provinces' monthly rows, once per province per session: any other month, and
 *   the trends. A month change then slices loaded rows; an area change to provinces already
 *   loaded runs no query.
 */
import { KANWIL, NATIONAL_CODE, type KanwilId } from '$lib/contract/domain';
import type { AreaCode } from '$lib/contract/areas';
import type { Db, QueryOptions } from '$lib/data/connector';
import { coverageFigures, coverageOf, gapToTarget, gapToTargetOfGroups, type CoverageFigures, type Denominator } from '$lib/metrics';
import { regencyMonthsAt, type MonthlySums } from '$lib/queries/monthly';
import { officeDirectory, regencyDecembers, type OfficeRow } from '$lib/queries/offices';
import { yearBefore, yearOf, type Month } from '$lib/period';
import { indexMonths, sumsAt, type MonthIndex, type MonthSums } from '$lib/views/common/months';
import { COUNT_COLUMNS, lacksValue, type CountColumn } from '$lib/metrics/penetration';
export { periodMonths, segmentTrend } from '$lib/views/common/months';
import type { KantorState, MapMetric } from './params';
import { scopeMonthsQuery } from './queries';

// ---------------------------------------------------------------------------------------------
// The directory and the scope

/** The provinces and regencies with their offices, indexed. */
export interface Directory {
	byCode: ReadonlyMap<string, OfficeRow>;
	provinces: readonly OfficeRow[];
	regencies: readonly OfficeRow[];
	/** Regional offices present in the data, in the contract's order, with their provinces. */
	kanwils: readonly { id: KanwilId; name: string; provinces: readonly string[] }[];
	/** Branch offices present in the data, by name (Indonesian collation), with their regencies. */
	branches: readonly { name: string; regencies: readonly string[]; provinces: readonly string[] }[];
}

const collator = new Intl.Collator('id', { sensitivity: 'base', numeric: true });

/** Index the directory rows. */
export function indexDirectory(rows: readonly OfficeRow[]): Directory {
	const byCode = new Map(rows.map((r) => [r.code, r]));
	const provinces = rows.filter((r) => r.level === 'province');
	const regencies = rows.filter((r) => r.level === 'regency');
	const kanwils = (Object.keys(KANWIL) as KanwilId[])
		.map((id) => ({ id, name: KANWIL[id], provinces: provinces.filter((p) => p.kanwil === id).map((p) => p.code) }))
		.filter((k) => k.provinces.length > 0);
	const branchMap = new Map<string, OfficeRow[]>();
	for (const r of regencies) if (r.branch_office) branchMap.set(r.branch_office, [...(branchMap.get(r.branch_office) ?? []), r]);
	const branches = [...branchMap]
		.map(([name, list]) => ({ name, regencies: list.map((r) => r.code), provinces: [...new Set(list.map((r) => r.parent_code))] }))
		.sort((a, b) => collator.compare(a.name, b.name));
	return { byCode, provinces, regencies, kanwils, branches };
}

/** Load the directory. */
export async function loadDirectory(db: Db, options: QueryOptions = {}): Promise<Directory> {
	return indexDirectory(await db.query<OfficeRow & Record<string, unknown>>(officeDirectory(), options));
}

/** The regencies an office compares. */
export interface Scope {
	kind: 'national' | 'province' | 'kanwil' | 'branch';
	/** `ID`, a province code, a Kanwil id or a branch office's name. */
	key: string;
	/** The shared area that stands for it in links to other views: `ID` or a province. */
	area: AreaCode;
	/** The provinces whose rows it needs. */
	provinces: readonly string[];
	/** Its regencies, in code order. */
	regencies: readonly OfficeRow[];
}

/** A URL value the data does not know (a notice names it; the view falls back). */
export interface ScopeProblem {
	param: 'wilayah' | 'kanwil' | 'cabang' | 'pilih' | 'banding';
	value: string;
}

/** The state resolved against the directory. */
export interface ResolvedScope {
	scope: Scope;
	/** The selected regency: `pilih`, or the area when it is a regency; null when none or unknown. */
	selected: string | null;
	/** The compared regencies the data knows. */
	compared: string[];
	problems: ScopeProblem[];
}

const national = (dir: Directory): Scope => ({
	kind: 'national',
	key: NATIONAL_CODE,
	area: NATIONAL_CODE,
	provinces: dir.provinces.map((p) => p.code),
	regencies: dir.regencies
});

/**
 * The scope of a state: a branch office (`cabang`) before a Kanwil (`kanwil`) before the area
 * (`wilayah`: Indonesia, a province, or a regency, which means its province with the regency
 * selected). Anything the data does not know falls back to Indonesia and is reported.
 */
export function resolveScope(state: Pick<KantorState, 'area' | 'kanwil' | 'branch' | 'selected' | 'compared'>, dir: Directory): ResolvedScope {
	const problems: ScopeProblem[] = [];
	let scope: Scope | null = null;
	let selected: string | null = null;
	if (state.branch) {
		const branch = dir.branches.find((b) => b.name === state.branch);
		if (branch) {
			const codes = new Set(branch.regencies);
			scope = { kind: 'branch', key: branch.name, area: branch.provinces.length === 1 ? branch.provinces[0]! : NATIONAL_CODE, provinces: branch.provinces, regencies: dir.regencies.filter((r) => codes.has(r.code)) };
		} else problems.push({ param: 'cabang', value: state.branch });
	}
	if (!scope && state.kanwil) {
		const kanwil = dir.kanwils.find((k) => k.id === state.kanwil);
		if (kanwil) {
			const provinces = new Set(kanwil.provinces);
			scope = { kind: 'kanwil', key: kanwil.id, area: kanwil.provinces.length === 1 ? kanwil.provinces[0]! : NATIONAL_CODE, provinces: kanwil.provinces, regencies: dir.regencies.filter((r) => provinces.has(r.parent_code)) };
		} else problems.push({ param: 'kanwil', value: state.kanwil });
	}
	if (!scope && state.area !== NATIONAL_CODE) {
		const row = dir.byCode.get(state.area);
		const province = row?.level === 'regency' ? row.parent_code : row?.code;
		if (row && province) {
			scope = { kind: 'province', key: province, area: province, provinces: [province], regencies: dir.regencies.filter((r) => r.parent_code === province) };
			if (row.level === 'regency') selected = row.code;
		} else problems.push({ param: 'wilayah', value: state.area });
	}
	scope ??= national(dir);
	const inScope = new Set(scope.regencies.map((r) => r.code));
	if (state.selected) {
		if (inScope.has(state.selected)) selected = state.selected;
		else problems.push({ param: 'pilih', value: state.selected });
	}
	const compared = state.compared.filter((c) => dir.byCode.get(c)?.level === 'regency');
	if (compared.length !== state.compared.length) problems.push({ param: 'banding', value: state.compared.join(',') });
	return { scope, selected, compared, problems };
}

/** The scope's name: a province's, a Kanwil's or a branch office's (Indonesia's comes from i18n). */
export function scopeName(scope: Scope, dir: Directory): string | null {
	switch (scope.kind) {
		case 'national':
			return null;
		case 'province':
			return dir.byCode.get(scope.key)?.name ?? scope.key;
		case 'kanwil':
			return KANWIL[scope.key as KanwilId] ?? scope.key;
		case 'branch':
			return scope.key;
	}
}

// ---------------------------------------------------------------------------------------------
// Loading

/** Every regency's December rows, indexed by code and month. */
export async function loadDecembers(db: Db, options: QueryOptions = {}): Promise<MonthIndex> {
	return indexMonths(await db.query<MonthlySums & Record<string, unknown>>(regencyDecembers(), options));
}

// The scope's monthly rows per Db by province set, the last few kept: going back to a recent
// area runs no query. Not every set of the session: Indonesia's is every regency's months, each
// Kanwil's and branch's another copy of theirs, and clicking through offices grew the page's heap
// without end (the fast-clicking test: 16 -> 35 MB over 600 steps). The Db's own result cache
// still answers an evicted set's query. Failures are forgotten, so a retry runs again.
const scopeMonths = new WeakMap<Db, Map<string, Promise<MonthIndex>>>();

/** How many province sets' monthly rows are kept per Db (least recently used out). */
export const SCOPE_MONTHS_KEPT = 6;

/** The monthly rows of the regencies of `provinces`, as one index (a recent set's index is reused). */
export function loadScopeMonths(db: Db, provinces: readonly string[], options: QueryOptions = {}): Promise<MonthIndex> {
	let memo = scopeMonths.get(db);
	if (!memo) scopeMonths.set(db, (memo = new Map()));
	const key = provinces.join(',');
	let promise = memo.get(key);
	if (promise) {
		// Most recently used last: the map's insertion order is the eviction order.
		memo.delete(key);
		memo.set(key, promise);
	} else {
		// Not tied to one caller's signal: the rows are kept for whoever asks next; a caller that
		// no longer waits stops waiting instead (`abortable`).
		const q = scopeMonthsQuery(provinces);
		const loading = db.query<MonthlySums & Record<string, unknown>>(q, { priority: options.priority }).then(indexMonths);
		promise = loading;
		memo.set(key, loading);
		loading.catch(() => memo.get(key) === loading && memo.delete(key));
		while (memo.size > SCOPE_MONTHS_KEPT) memo.delete(memo.keys().next().value!);
	}
	return abortable(promise, options.signal);
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
	if (!signal) return promise;
	if (signal.aborted) return Promise.reject(signal.reason);
	return new Promise((resolve, reject) => {
		const stop = () => reject(signal.reason);
		signal.addEventListener('abort', stop, { once: true });
		promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', stop));
	});
}

// ---------------------------------------------------------------------------------------------
// The month

/**
 * The month to show: the URL's when the data has it; by default the latest December (a year
 * read against the year before, as offices and panels do), or the latest month when the data
 * has no December. `problem` is the URL's month when it was replaced.
 */
export function resolveKantorMonth(requested: Month | null, months: readonly Month[]): { month: Month | null; problem: Month | null } {
	if (requested && months.includes(requested)) return { month: requested, problem: null };
	const december = months.findLast((m) => m.endsWith('-12'));
	return { month: december ?? months.at(-1) ?? null, problem: requested && months.length ? requested : null };
}

/**
 * The rows to slice `month` from: the scope's monthly rows once loaded, else the Decembers for a
 * December (the year before of a December is a December too), else the month pair loaded for
 * this very month (`loadMonthPair`), else none yet.
 */
export function sourceFor(month: Month, scopeMonths: MonthIndex | null, decembers: MonthIndex | null, pair: MonthIndex | null = null): MonthIndex | null {
	if (scopeMonths) return scopeMonths;
	if (decembers && month.endsWith('-12')) return decembers;
	return pair;
}

/**
 * The regencies of `provinces` in `month` and a year earlier only: drawn at once after an area
 * change to a month the Decembers do not hold, while the area's whole history loads.
 */
export async function loadMonthPair(db: Db, provinces: readonly string[], month: Month, options: QueryOptions = {}): Promise<MonthIndex> {
	return indexMonths(await db.query<MonthlySums & Record<string, unknown>>(regencyMonthsAt({ provinces, months: [yearBefore(month), month] }), options));
}

// ---------------------------------------------------------------------------------------------
// Regencies in a month

/** A regency of the scope in a month. */
export interface RegencyFigures extends MonthSums {
	name: string;
	province: string;
	figures: CoverageFigures;
	/** Coverage under the chosen denominator. */
	coverage: number | null;
	/** Active participants still needed to reach the province's UCJ target (0 once reached). */
	gap: number | null;
}

/** The scope's regencies in `month`, in code order. */
export function regenciesAt(scope: Scope, source: MonthIndex, month: Month, denominator: Denominator): RegencyFigures[] {
	return scope.regencies.map((r) => {
		const sums = sumsAt(source, r.code, month);
		const figures = coverageFigures(sums);
		return {
			...sums,
			name: r.name,
			province: r.parent_code,
			figures,
			coverage: coverageOf(figures, denominator),
			gap: gapToTarget({ activeUcj: sums.active_ucj, eligible: sums.eligible, targetPct: sums.target_pct })
		};
	});
}

/** A regency's value of a map metric (coverage follows the denominator). */
export function metricValue(r: RegencyFigures, metric: MapMetric): number | null {
	return metric === 'ucj' ? r.coverage : r.figures[metric];
}

const SUMMED_PREV = ['active_all_prev', 'active_ucj_prev', 'active_pu_prev', 'active_bpu_prev', 'active_jakon_prev', 'active_pmi_prev', 'eligible_prev'] as const;

/** SQL's SUM: nulls skipped, null when every value is null. */
function sum(values: Iterable<number | null>): number | null {
	let total: number | null = null;
	for (const v of values) if (v !== null) total = (total ?? 0) + v;
	return total;
}

/** A regency's year-earlier counts in the shape `lacksValue` reads (no workforce but `eligible_prev`, which it then cannot judge). */
function previous(r: MonthSums): Pick<MonthSums, CountColumn> {
	return {
		active_all: r.active_all_prev, active_ucj: r.active_ucj_prev, active_pu: r.active_pu_prev, active_bpu: r.active_bpu_prev,
		active_jakon: r.active_jakon_prev, active_pmi: r.active_pmi_prev, non_active_all: null,
		working: null, formal: null, informal: null, eligible: r.eligible_prev
	};
}

/**
 * A column's total over the regencies, as the rollups add them (`sumMonthly`'s rule): regencies
 * without rows add nothing; one whose rows lack the value (a user's file without the column)
 * makes the total null, "no data", never a partial sum.
 */
function total(rows: readonly MonthSums[], key: CountColumn | (typeof SUMMED_PREV)[number]): number | null {
	const prev = key.endsWith('_prev');
	const column = (prev ? key.slice(0, -'_prev'.length) : key) as CountColumn;
	if (rows.some((r) => lacksValue(prev ? previous(r) : r, column))) return null;
	return sum(rows.map((r) => r[key]));
}

/**
 * The sums of an area made of `rows` (regencies of one month), added like the build's rollups
 * add regencies into a province. The target is the provinces' common target, or null when the
 * rows span provinces with different targets (an office across provinces has no one target).
 */
export function sumRegencies(code: string, month: Month, rows: readonly MonthSums[]): MonthSums {
	const out = { code, month } as MonthSums;
	for (const key of [...COUNT_COLUMNS, ...SUMMED_PREV]) out[key] = total(rows, key);
	const targets = new Set(rows.map((r) => r.target_pct));
	out.target_pct = targets.size === 1 ? [...targets][0]! : null;
	return out;
}

/** The area's headline figures in a month: sums of its regencies, with its gap to target province by province. */
export interface AreaFigures {
	sums: MonthSums;
	figures: CoverageFigures;
	coverage: number | null;
	gap: number | null;
	/** Regencies with a value / all regencies of the scope. */
	reporting: number;
}

/** The headline figures of the scope's regencies `rows`. */
export function areaFigures(code: string, month: Month, rows: readonly RegencyFigures[], denominator: Denominator): AreaFigures {
	const sums = sumRegencies(code, month, rows);
	const figures = coverageFigures(sums);
	const byProvince = new Map<string, RegencyFigures[]>();
	for (const r of rows) byProvince.set(r.province, [...(byProvince.get(r.province) ?? []), r]);
	const gap = gapToTargetOfGroups(
		[...byProvince.values()].map((list) => {
			const s = sumRegencies(code, month, list);
			return { activeUcj: s.active_ucj, eligible: s.eligible, targetPct: s.target_pct };
		})
	);
	return { sums, figures, coverage: coverageOf(figures, denominator), gap, reporting: rows.filter((r) => r.active_ucj !== null).length };
}

/** Yearly December values of a regency's coverage (eligible denominator), for its trend line. */
export function decemberTrend(decembers: MonthIndex, code: string, years: readonly number[], denominator: Denominator): (number | null)[] {
	const months = decembers.get(code);
	return years.map((y) => {
		const row = months?.get(`${y}-12`);
		if (!row) return null;
		return coverageOf(coverageFigures({ ...row, active_all_prev: null, active_ucj_prev: null, eligible_prev: null }), denominator);
	});
}

/** The December years of a period. */
export function decemberYears(months: readonly Month[]): number[] {
	return months.filter((m) => m.endsWith('-12')).map(yearOf);
}

// ---------------------------------------------------------------------------------------------
// Trends


// ---------------------------------------------------------------------------------------------
// Data-quality notes

/** A warning of the validator's kinds, for the figures it affects. */
export type QualityNote =
	| { kind: 'overFull'; code: string; name: string; ucj: number }
	| { kind: 'missingMonths'; code: string; name: string; missing: number; of: number };

/**
 * The scope's data-quality notes in `month`: regencies whose coverage is above 100 % (shown, never
 * clipped: the workforce estimate is too low or participants are counted where the employer is),
 * and regencies missing months of the period in the loaded rows.
 */
export function qualityNotes(rows: readonly RegencyFigures[], scopeMonths: MonthIndex | null, months: readonly Month[]): QualityNote[] {
	const notes: QualityNote[] = [];
	for (const r of rows) if (r.figures.ucj !== null && r.figures.ucj > 100) notes.push({ kind: 'overFull', code: r.code, name: r.name, ucj: r.figures.ucj });
	if (scopeMonths) {
		for (const r of rows) {
			const have = scopeMonths.get(r.code);
			const missing = months.filter((m) => !have?.has(m)).length;
			if (missing) notes.push({ kind: 'missingMonths', code: r.code, name: r.name, missing, of: months.length });
		}
	}
	return notes;
}

// ---------------------------------------------------------------------------------------------
// State keys

/** The drawn state's key (`data-rendered`): `scope|month|denominator|locale|selected|metric`. */
export function kantorStateKey(s: { scope: Scope; month: Month; denominator: Denominator; locale: string; selected: string | null; metric: MapMetric }): string {
	return [`${s.scope.kind}:${s.scope.key}`, s.month, s.denominator, s.locale, s.selected ?? '', s.metric].join('|');
}



// ---------------------------------------------------------------------------------------------
// The map's metric

/**
 * How the map classes a metric: rates and attainment get their own class above 100 % (shown,
 * flagged, never clipped), changes diverge around 0 (points or percent).
 */
export function metricScale(metric: MapMetric): { capAt100?: boolean; diverging?: boolean; unit?: 'percent' | 'points' } {
	if (metric === 'coverageChangePts') return { diverging: true, unit: 'points' };
	if (metric === 'growth') return { diverging: true, unit: 'percent' };
	return { capAt100: true, unit: 'percent' };
}

// ---------------------------------------------------------------------------------------------
// Side by side

/**
 * The compared regencies' figures in `month`: from the scope's rows when loaded, else from the
 * Decembers (a compared regency may lie outside the office area); a regency neither holds for
 * the month is left out (its values would all be "no data").
 */
export function comparedAt(codes: readonly string[], dir: Directory, sources: readonly (MonthIndex | null)[], month: Month, denominator: Denominator): RegencyFigures[] {
	const out: RegencyFigures[] = [];
	for (const code of codes) {
		const row = dir.byCode.get(code);
		const source = sources.find((s) => s?.get(code)?.has(month));
		if (!row || !source) continue;
		const scope: Scope = { kind: 'province', key: row.parent_code, area: row.parent_code, provinces: [row.parent_code], regencies: [row] };
		out.push(...regenciesAt(scope, source, month, denominator));
	}
	return out;
}

/** `previous` when `next` is the same office area (kind and key), else `next`: keeps derived figures stable. */
export function sameScope(previous: Scope | null, next: Scope | null): Scope | null {
	return previous && next && previous.kind === next.kind && previous.key === next.key && previous.regencies.length === next.regencies.length ? previous : next;
}
