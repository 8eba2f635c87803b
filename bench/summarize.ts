/**
 * From what the runs saw to one `Measured` per measure and scale, with a note wherever a
 * measure could not be taken (and why), or was taken another way than planned.
 */
import { APP, BASELINE, pagePath, type Target } from './config';
import type { ColdRun } from './measures/cold';
import type { QueryResult } from './measures/queries';
import type { SlowRun } from './measures/slow';
import type { WarmResult } from './measures/warm';
import { measured, round, unbudgeted, withBaseline, type Measured } from './results';
import { kantorMeasures, type KantorRuns } from './summarize-kantor';
import { penilaianMeasures, type PenilaianRuns } from './summarize-penilaian';
import { dataMeasures } from './summarize-data';
import type { DataRuns } from './measures/data';
import { median, p95 } from './stats';
import { MEASURES, type MeasureKey, type Scale } from './targets';

const MB = 1e6;
const kB = 1e3;

/** What one scale's runs produced (null: the group was not run). */
export interface ScaleRuns {
	readonly scale: Scale;
	readonly cold: ColdRun[] | null;
	readonly slow: SlowRun[] | null;
	readonly slowVia: 'server' | 'cdp';
	readonly warm: WarmResult | null;
	readonly queries: QueryResult | null;
	/** The regional-office view `/kantor/`'s runs (issue 9). */
	readonly kantor: KantorRuns;
	/** The assessment-panel view `/penilaian/`'s runs (issue 10). */
	readonly penilaian: PenilaianRuns;
	/** The data page `/data/`'s loads (issue 11); null when the opt-in group did not run. */
	readonly data: DataRuns;
	/** Requests the proxy trap caught over the scale's sessions (browser-wide). */
	readonly trapped: string[];
	/** The same measures on the baseline page, and the deep links on both (null: not run). */
	readonly compared: ComparedRuns;
}

/** Deep links measured cold: `?wilayah=` a province, and a regency. */
export type DeepLink = keyof typeof APP.deepLinks;

/** What was measured for the comparison with the baseline page, in the same run. */
export interface ComparedRuns {
	/** Why the baseline page could not be measured (its build failed), or null. */
	readonly problem: string | null;
	/** Cold loads of the baseline page's default view, alternating with the app's `cold`. */
	readonly baselineCold: ColdRun[] | null;
	/** Cold loads deep-linked to a province and a regency, on both pages. */
	readonly deepLinks: Record<Target, Record<DeepLink, ColdRun[]>> | null;
	/** The baseline page's warm session (linked and area changes, as the app's `warm`). */
	readonly baselineWarm: WarmResult | null;
	/** Month changes in a province view (`?wilayah=<APP.deepLinks.province>`), on both pages. */
	readonly provinceMonth: Record<Target, WarmResult | null> | null;
}

const values = (xs: readonly (number | null | undefined)[]) => xs.filter((x): x is number => typeof x === 'number' && Number.isFinite(x));

function missing(runs: number, got: number, what: string): string | undefined {
	return got < runs ? `${what} in ${runs - got} of ${runs} runs` : undefined;
}

function coldMeasures(scale: Scale, cold: ColdRun[] | null): Measured[] {
	const skipped = (key: MeasureKey, why: string) => measured(key, scale, [], why);
	const keys: MeasureKey[] = ['coldFirstFigures', 'coldReady', 'criticalJs', 'repeatReady', 'bytesTotal', 'bytesJs', 'bytesWasm', 'bytesData', 'bytesFirstVisit', 'bytesRepeat'];
	if (!cold) return keys.map((k) => skipped(k, 'not run (--only)'));
	const n = cold.length;
	const errors = [...new Set(cold.map((r) => r.error).filter(Boolean))];
	const errorNote = errors.length ? `; load failed: ${errors.join(' | ')}` : '';

	const figures = values(cold.map((r) => r.firstFigures));
	const sources = [...new Set(cold.map((r) => r.firstSource).filter(Boolean))];
	const figuresNote =
		figures.length === 0
			? `no ${APP.marks.firstFigures} mark (the overview view does not set it yet)${errorNote}`
			: [missing(n, figures.length, 'no mark'), sources.length ? `figures first drawn from: ${sources.join(', ')}` : undefined].filter(Boolean).join('; ') || undefined;

	const ready = values(cold.map((r) => r.ready));
	const js = cold.map((r) => r.criticalJs.gzipBytes / kB);
	const jsHow = [...new Set(cold.map((r) => r.criticalJs.how))];
	const jsFiles = Math.max(...cold.map((r) => r.criticalJs.files.length));

	const repeat = values(cold.map((r) => r.repeat?.ready));
	const repeatNotes = [...new Set(cold.map((r) => r.repeatNote).filter(Boolean))];

	const bytes = (kind: keyof ColdRun['bytesToReady']) => cold.map((r) => r.bytesToReady[kind] / MB);
	const firstVisit = values(cold.map((r) => r.firstVisitBytes)).map((b) => b / MB);
	const dup = cold.find((r) => r.duplicates.paths.length > 0)?.duplicates;

	return [
		measured('coldFirstFigures', scale, figures, figuresNote),
		measured('coldReady', scale, ready, ready.length ? missing(n, ready.length, 'not ready') : `never ready${errorNote}`),
		measured('criticalJs', scale, js, `${jsHow.join(' / ')}; ${jsFiles} files, gzip sizes (the build's .gz files)`),
		measured('repeatReady', scale, repeat, repeat.length === n ? undefined : repeatNotes.join(' | ') || 'no repeat visit'),
		measured('bytesTotal', scale, bytes('total'), 'navigation to ready, everything the server sent (page, DuckDB worker, service worker)'),
		measured('bytesJs', scale, bytes('js')),
		measured('bytesWasm', scale, bytes('wasm')),
		measured('bytesData', scale, bytes('data')),
		measured(
			'bytesFirstVisit',
			scale,
			firstVisit,
			firstVisit.length === 0
				? repeatNotes.join(' | ') || 'no service worker'
				: dup
					? `${dup.paths.length} files sent twice (page and service worker), ${round(dup.bytes / MB)} MB: ${dup.paths.slice(0, 4).join(', ')}${dup.paths.length > 4 ? ', …' : ''}`
					: undefined
		),
		measured('bytesRepeat', scale, values(cold.map((r) => r.repeat?.bytes)).map((b) => b / MB), repeat.length ? undefined : repeatNotes.join(' | ') || 'no repeat visit')
	];
}

function warmMeasures(scale: Scale, warm: WarmResult | null): Measured[] {
	if (!warm) return [measured('linkedChange', scale, [], 'not run (--only)'), measured('areaChange', scale, [], 'not run (--only)')];
	const one = (key: 'linkedChange' | 'areaChange', kind: 'linked' | 'area') => {
		const all = warm.samples.filter((s) => s.kind === kind);
		const fresh = all.filter((s) => !s.revisit).map((s) => s.ms);
		const parts: string[] = [];
		if (warm.problems[kind]) parts.push(warm.problems[kind]!);
		if (all.length) {
			parts.push(`states new to the session: ${fresh.length} (median ${round(median(fresh))}, p95 ${round(p95(fresh))}); revisits: ${all.length - fresh.length}`);
		}
		return measured(key, scale, all.map((s) => s.ms), parts.join('; ') || undefined);
	};
	return [one('linkedChange', 'linked'), one('areaChange', 'area')];
}

function memoryMeasure(scale: Scale, cold: ColdRun[] | null, warm: WarmResult | null): Measured {
	if (!cold && !warm) return measured('rendererMemory', scale, [], 'not run (--only)');
	const samples = values([...(cold ?? []).map((r) => r.memoryBytes), warm?.memoryBytes]).map((b) => b / MB);
	const sessions = [
		cold?.length ? `${cold.length} cold loads (read once the service worker has cached the data)` : null,
		warm ? 'the warm session (read after its changes)' : null
	].filter(Boolean);
	const note = `largest renderer of each session: ${sessions.join(' + ')}`;
	return measured('rendererMemory', scale, samples, samples.length ? note : 'no renderer process found under the browser');
}

/**
 * The engine's share of opening a regency's villages, without the browser: the in-page figure
 * is `kantor villages` (download, attach, query, draw); this twin says how much of it is
 * DuckDB-WASM's attach + query.
 */
function villageTwinMeasure(scale: Scale, queries: QueryResult | null): Measured {
	if (!queries) return measured('villageListNode', scale, [], 'not run (--only)');
	if (!queries.village) return measured('villageListNode', scale, [], queries.villageNote ?? 'no village data');
	const { wasm, native, regencies } = queries.village;
	return measured(
		'villageListNode',
		scale,
		wasm,
		`DuckDB-WASM ${queries.wasmVersion} blocking bundle in Node: province detail file read from disk, checked, attached + query, ${regencies.length} regencies once each, December; native (attach + query) median ${round(median(native))} ms; the page's figure is "kantor villages"`
	);
}

function queryMeasures(scale: Scale, queries: QueryResult | null, warm: WarmResult | null): Measured[] {
	const out: Measured[] = [];
	if (queries) {
		for (const q of queries.overview) {
			out.push(unbudgeted(`query ${q.name}: native`, scale, 'ms', q.native));
			out.push(unbudgeted(`query ${q.name}: WASM (Node)`, scale, 'ms', q.wasm));
			out.push(unbudgeted(`query ${q.name}: WASM/native`, scale, 'ratio', q.wasm.map((w, i) => w / q.native[i]!)));
		}
	}
	for (const [name, durations] of Object.entries(warm?.queryMeasures ?? {})) {
		out.push(unbudgeted(`query ${name}: WASM (page)`, scale, 'ms', durations, `the app's ${APP.queryMeasurePrefix}${name} measures`));
	}
	return out;
}

function offOriginMeasure(scale: Scale, runs: ScaleRuns): Measured {
	const { compared } = runs;
	const of = (target: Target) => [
		...Object.values(compared.deepLinks?.[target] ?? {}).flat(),
		...(compared.provinceMonth?.[target] ? [compared.provinceMonth[target]!] : [])
	];
	const { kantor } = runs;
	const kantorSessions = [...(kantor.cold?.default ?? []), ...(kantor.cold?.province ?? []), ...(kantor.warm ? [kantor.warm] : []), ...(kantor.villages ? [kantor.villages] : [])];
	const { penilaian } = runs;
	const penilaianSessions = [...(penilaian.cold ?? []), ...(penilaian.warm ? [penilaian.warm] : [])];
	const sessions = [...(runs.cold ?? []), ...(runs.slow ?? []), ...(runs.warm ? [runs.warm] : []), ...of('app'), ...kantorSessions, ...penilaianSessions];
	const baseline = [...(compared.baselineCold ?? []), ...(compared.baselineWarm ? [compared.baselineWarm] : []), ...of('baseline')];
	const urls = [...new Set(sessions.flatMap((s) => s.offOrigin))];
	const baselineUrls = [...new Set(baseline.flatMap((s) => s.offOrigin))];
	const hosts = [...new Set(runs.trapped.map((t) => t.replace(/^[a-z]+:\/\//, '').split(/[/:]/)[0]))];
	const parts = [];
	if (urls.length) parts.push(`requested: ${urls.slice(0, 5).join(', ')}`);
	if (baseline.length) parts.push(`baseline page: ${baselineUrls.length ? `requested ${baselineUrls.slice(0, 5).join(', ')}` : `none in its ${baseline.length} sessions`}`);
	parts.push(
		hosts.length
			? `the browser's own background traffic caught by the proxy trap, not counted: ${hosts.join(', ')}`
			: 'the proxy trap caught nothing else'
	);
	return measured('offOrigin', scale, sessions.map((s) => s.offOrigin.length), parts.join('; '));
}

const median0 = (xs: readonly number[]) => (xs.length ? `${round(median(xs))} ms` : '-');

/** Cold first figures on a deep link, on the app and the baseline page. */
function deepLinkMeasure(scale: Scale, key: 'coldFirstFiguresProvince' | 'coldFirstFiguresRegency', link: DeepLink, compared: ComparedRuns): Measured {
	const runs = compared.deepLinks;
	if (!runs) return measured(key, scale, [], compared.problem ?? 'not run (--only)');
	const area = APP.deepLinks[link];
	const app = runs.app[link];
	const base = runs.baseline[link];
	const figures = (rs: readonly ColdRun[]) => values(rs.map((r) => r.firstFigures));
	const areaShown = (rs: readonly ColdRun[]) => values(rs.map((r) => r.areaRendered));
	const sources = [...new Set(app.map((r) => r.firstSource).filter(Boolean))];
	const errors = [...new Set([...app, ...base].map((r) => r.error).filter(Boolean))];
	const note = [
		`${pagePath('app', area)} against ${pagePath('baseline', area)}, alternating, fresh profile each`,
		`data-rendered first named ${area} at median ${median0(areaShown(app))} (Cakupan) / ${median0(areaShown(base))} (baseline)`,
		sources.length ? `Cakupan's figures first drawn from: ${sources.join(', ')}` : undefined,
		missing(app.length, figures(app).length, 'no mark (Cakupan)'),
		missing(base.length, figures(base).length, 'no mark (baseline)'),
		errors.length ? `load failed: ${errors.join(' | ')}` : undefined
	];
	return withBaseline(measured(key, scale, figures(app), note.filter(Boolean).join('; ')), key, figures(base));
}

/** Notes a baseline measure adds to its Cakupan counterpart's. */
function appendNote(m: Measured, extra: (string | null | undefined)[]): Measured {
	const parts = [m.note, ...extra].filter(Boolean);
	return parts.length ? { ...m, note: parts.join('; ') } : m;
}

/**
 * Give each compared measure the baseline page's samples of it (same run), and add the deep
 * links and the province view's month changes.
 */
function compare(scale: Scale, byKey: Map<string, Measured>, runs: ScaleRuns): Measured[] {
	const { baselineCold, baselineWarm, provinceMonth } = runs.compared;
	const attach = (key: MeasureKey, samples: number[], extra?: string | null) => {
		const m = byKey.get(MEASURES[key]);
		if (!m) return;
		byKey.set(MEASURES[key], appendNote(withBaseline(m, key, samples), [extra]));
	};
	const baselineErrors = [...new Set((baselineCold ?? []).map((r) => r.error).filter(Boolean))];
	const coldNote = baselineErrors.length ? `baseline load failed: ${baselineErrors.join(' | ')}` : null;
	if (baselineCold) {
		attach('coldFirstFigures', values(baselineCold.map((r) => r.firstFigures)), `baseline: its first chart (${BASELINE.path}, alternating with Cakupan's cold loads)${coldNote ? `; ${coldNote}` : ''}`);
		attach('coldReady', values(baselineCold.map((r) => r.ready)), 'baseline: engine started, file attached over HTTP, first query answered');
	}
	if (baselineWarm) {
		const kinds = (kind: 'linked' | 'area') => baselineWarm.samples.filter((s) => s.kind === kind).map((s) => s.ms);
		attach('linkedChange', kinds('linked'), baselineWarm.problems.linked ? `baseline: ${baselineWarm.problems.linked}` : null);
		attach('areaChange', kinds('area'), baselineWarm.problems.area ? `baseline: ${baselineWarm.problems.area}` : null);
	}
	if (baselineCold || baselineWarm) {
		attach('rendererMemory', values([...(baselineCold ?? []).map((r) => r.memoryBytes), baselineWarm?.memoryBytes]).map((b) => b / MB), 'baseline: its cold loads (read at its first figures) + its warm session');
	}
	const out = [deepLinkMeasure(scale, 'coldFirstFiguresProvince', 'province', runs.compared), deepLinkMeasure(scale, 'coldFirstFiguresRegency', 'regency', runs.compared)];
	if (!provinceMonth) out.push(measured('monthChangeProvince', scale, [], runs.compared.problem ?? 'not run (--only)'));
	else {
		const linked = (w: WarmResult | null) => (w ? w.samples.filter((s) => s.kind === 'linked').map((s) => s.ms) : []);
		const problems = (['app', 'baseline'] as const).map((t) => (provinceMonth[t]?.problems.linked ? `${t === 'app' ? 'Cakupan' : 'baseline'}: ${provinceMonth[t]!.problems.linked}` : null));
		const note = [`${pagePath('app', APP.deepLinks.province)} and ${pagePath('baseline', APP.deepLinks.province)}, one session each after live figures, ArrowLeft after ArrowLeft (ArrowRight back from the first month)`, ...problems];
		out.push(withBaseline(measured('monthChangeProvince', scale, linked(provinceMonth.app), note.filter(Boolean).join('; ')), 'monthChangeProvince', linked(provinceMonth.baseline)));
	}
	return out;
}

/** Every measure of one scale. */
export function summarize(runs: ScaleRuns): Measured[] {
	const { scale } = runs;
	const slow = runs.slow ? values(runs.slow.map((r) => r.firstFigures)) : [];
	const slowNotes = [...new Set((runs.slow ?? []).map((r) => r.note).filter(Boolean))];
	const byKey = new Map<string, Measured>();
	for (const m of [
		...coldMeasures(scale, runs.cold),
		...warmMeasures(scale, runs.warm),
		memoryMeasure(scale, runs.cold, runs.warm),
		villageTwinMeasure(scale, runs.queries),
		measured(
			'slowFirstFigures',
			scale,
			slow,
			runs.slow
				? [runs.slowVia === 'server' ? 'link shaped by the bench server (page, worker and service worker)' : 'CDP emulation on the page (the service worker is not slowed)', ...slowNotes].join('; ')
				: 'not run (--only or --slow-runs 0)'
		),
		offOriginMeasure(scale, runs)
	]) {
		byKey.set(m.measure, m);
	}
	for (const m of compare(scale, byKey, runs)) byKey.set(m.measure, m);
	const { baselineCold, provinceMonth, deepLinks, problem } = runs.compared;
	const kantorBaseline = {
		firstChart: baselineCold ? values(baselineCold.map((r) => r.firstFigures)) : null,
		provinceMonth: provinceMonth?.baseline ? provinceMonth.baseline.samples.filter((s) => s.kind === 'linked').map((s) => s.ms) : null,
		problem
	};
	const overviewAll = [...(runs.cold ?? []), ...Object.values(deepLinks?.app ?? {}).flat()];
	for (const m of kantorMeasures(scale, runs.kantor, kantorBaseline, runs.cold, overviewAll)) byKey.set(m.measure, m);
	for (const m of penilaianMeasures(scale, runs.penilaian, kantorBaseline)) byKey.set(m.measure, m);
	for (const m of dataMeasures(scale, runs.data)) byKey.set(m.measure, m);
	// In the order of targets.ts, then the query timings.
	const ordered = Object.values(MEASURES).map((name) => byKey.get(name)!).filter(Boolean);
	return [...ordered, ...queryMeasures(scale, runs.queries, runs.warm)];
}

/** Every measure of a scale that could not be run at all. */
export function skippedScale(scale: Scale, why: string): Measured[] {
	return (Object.keys(MEASURES) as MeasureKey[]).map((key) => measured(key, scale, [], `scale skipped: ${why}`));
}
