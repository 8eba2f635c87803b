/**
 * The `/kantor/` measures (issue 9) of one scale, from its runs: cold first figures against the
 * baseline page's first chart, warm changes and regency selections against the baseline's
 * month change in a province view, the villages panel, the map file's size, the JS it loads
 * beyond the overview's, and whether the overview ever requests the map file.
 */
import { KANTOR, kantorPath, kantorScopeOf } from './config';
import type { ColdRun } from './measures/cold';
import type { KantorChangeKind, KantorWarmResult } from './measures/kantor';
import type { MapFileSizes } from './measures/kantor-map';
import type { VillageRuns } from './measures/kantor-villages';
import { measured, round, withBaseline, type Measured } from './results';
import { median, p95 } from './stats';
import type { MeasureKey, Scale } from './targets';

/** What the `/kantor/` runs of one scale produced (null: that group was not run). */
export interface KantorRuns {
	/** Cold loads of `/kantor/` and `/kantor/?wilayah=<KANTOR.province>`, alternating with the others. */
	readonly cold: { readonly default: ColdRun[]; readonly province: ColdRun[] } | null;
	readonly warm: KantorWarmResult | null;
	readonly villages: VillageRuns | null;
	readonly mapFile: MapFileSizes | null;
}

/** The baseline's samples the kantor ratios divide by (same run), and why they are missing. */
export interface KantorBaseline {
	/** The baseline page's cold first chart (ms), or null when not measured. */
	readonly firstChart: number[] | null;
	/** The baseline's warm month changes in a province view (ms), or null. */
	readonly provinceMonth: number[] | null;
	readonly problem: string | null;
}

const kB = 1e3;
const values = (xs: readonly (number | null | undefined)[]) => xs.filter((x): x is number => typeof x === 'number' && Number.isFinite(x));
const ms = (xs: readonly number[]) => (xs.length ? `${round(median(xs))} ms` : '-');
const join = (parts: (string | null | undefined | false)[]) => parts.filter(Boolean).join('; ') || undefined;

/** Attach the baseline's samples when there are any; else say why not in the note. */
function compared(m: Measured, key: MeasureKey, base: number[] | null, what: string, problem: string | null): Measured {
	if (base) return withBaseline(m, key, base);
	return { ...m, note: join([m.note, `no ratio: ${problem ?? `${what} not measured (--only)`}`]) };
}

function coldMeasure(scale: Scale, key: 'kantorColdFirstFigures' | 'kantorColdFirstFiguresProvince', runs: ColdRun[] | null, baseline: KantorBaseline): Measured {
	if (!runs) return measured(key, scale, [], 'not run (--only)');
	const figures = values(runs.map((r) => r.firstFigures));
	const sources = runs.map((r) => r.firstSource ?? 'none');
	const errors = [...new Set(runs.map((r) => r.error).filter(Boolean))];
	const path = runs[0]?.path ?? KANTOR.path;
	const live = values(runs.map((r) => r.liveRendered));
	const scope = key === 'kantorColdFirstFiguresProvince' ? kantorScopeOf(KANTOR.province) : 'its scope';
	const note = join([
		`${path}, fresh profile each, in each cold iteration after /'s load (before the baseline page's)`,
		figures.length < runs.length && `no cakupan:first-figures mark in ${runs.length - figures.length} of ${runs.length} runs`,
		`data-source at first figures: ${sources.join(', ')}${sources.every((s) => s === 'snapshot') ? '' : ' (snapshot expected)'}`,
		live.length > 0 ? `live figures of ${scope} (data-source=live) drawn at median ${ms(live)}` : key === 'kantorColdFirstFiguresProvince' && `no live figures of ${scope} within the wait`,
		errors.length > 0 && `load failed: ${errors.join(' | ')}`
	]);
	return compared(measured(key, scale, figures, note), key, baseline.firstChart, "the baseline page's cold first chart", baseline.problem);
}

function changeMeasure(scale: Scale, key: 'kantorWarmChange' | 'kantorSelectRegency', kinds: KantorChangeKind[], warm: KantorWarmResult | null, baseline: KantorBaseline): Measured {
	if (!warm) return measured(key, scale, [], 'not run (--only)');
	const all = warm.samples.filter((s) => kinds.includes(s.kind));
	const fresh = all.filter((s) => !s.revisit).map((s) => s.ms);
	const perKind = kinds.length > 1 ? kinds.map((k) => {
		const xs = all.filter((s) => s.kind === k).map((s) => s.ms);
		return `${k} ${xs.length} (p95 ${xs.length ? round(p95(xs)) : '-'})`;
	}) : [];
	const note = join([
		`one session on ${kantorPath({ area: KANTOR.province })} after live figures`,
		perKind.length > 0 && `by kind: ${perKind.join(', ')}`,
		all.length > 0 && `states new to the session: ${fresh.length} (median ${round(median(fresh))}, p95 ${round(p95(fresh))}); revisits: ${all.length - fresh.length}`,
		warm.stopped,
		...kinds.map((k) => (warm.problems[k] ? `${k}: ${warm.problems[k]}` : null))
	]);
	return compared(measured(key, scale, all.map((s) => s.ms), note), key, baseline.provinceMonth, "the baseline's month changes in a province view", baseline.problem);
}

function villagesMeasure(scale: Scale, villages: VillageRuns | null): Measured {
	if (!villages) return measured('kantorVillages', scale, [], 'not run (--only)');
	const ok = villages.runs.filter((r) => r.ms !== null);
	const skipped = villages.runs.filter((r) => r.ms === null);
	const notes = [...new Set(villages.runs.map((r) => r.note).filter(Boolean))];
	const note = join([
		`in the page: click on ${KANTOR.openVillages} to ${KANTOR.villagesReady}, ${villages.runs.length} regencies in as many provinces (${villages.runs.map((r) => r.regency).join(', ')}), one session`,
		ok.length > 0 && `rows drawn: ${ok.map((r) => r.rows ?? '?').join(', ')}; village file downloaded after the click in ${ok.filter((r) => r.downloaded).length} of ${ok.length}`,
		skipped.length > 0 && `not measured in ${skipped.length}`,
		...notes
	]);
	return measured('kantorVillages', scale, ok.map((r) => r.ms!), note);
}

function mapMeasures(scale: Scale, map: MapFileSizes | null): Measured[] {
	if (!map) return [measured('kantorMapBrotli', scale, [], 'not run (--only)'), measured('kantorMapGzip', scale, [], 'not run (--only)')];
	const one = (key: 'kantorMapBrotli' | 'kantorMapGzip', bytes: number | null, ext: string) => {
		if (map.raw === null) return measured(key, scale, [], `build/${KANTOR.mapFile} is not in the build (the /kantor/ map is not merged yet)`);
		if (bytes === null) return measured(key, scale, [], `no ${KANTOR.mapFile}.${ext} beside it: served uncompressed, ${round(map.raw / kB)} kB`);
		return measured(key, scale, [bytes / kB], `build/${KANTOR.mapFile}.${ext} as served (raw ${round(map.raw / kB)} kB)`);
	};
	return [one('kantorMapBrotli', map.br, 'br'), one('kantorMapGzip', map.gz, 'gz')];
}

/**
 * JS `/kantor/` loads before its first figures that `/` does not (by file), gzip; one sample
 * per cold iteration (the kantor load against the overview load of the same iteration).
 */
function jsBeyondMeasure(scale: Scale, overview: ColdRun[] | null, kantor: ColdRun[] | null): Measured {
	if (!overview || !kantor) return measured('kantorJsBeyondOverview', scale, [], 'not run (--only)');
	const samples: number[] = [];
	const extra = new Set<string>();
	const how = new Set<string>();
	for (const [i, run] of kantor.entries()) {
		const base = overview[i];
		if (!base) continue;
		const seen = new Set(base.criticalJs.files);
		const beyond = run.criticalJs.files.filter((f) => !seen.has(f));
		beyond.forEach((f) => extra.add(f.split('/').at(-1)!));
		samples.push(beyond.reduce((n, f) => n + (run.criticalJs.gzipByFile[f] ?? 0), 0) / kB);
		how.add(`/kantor/: ${run.criticalJs.how}, /: ${base.criticalJs.how}`);
	}
	const files = [...extra];
	return measured('kantorJsBeyondOverview', scale, samples, join([[...how].join(' | '), `${files.length} files: ${files.slice(0, 8).join(', ')}${files.length > 8 ? ', …' : ''}`]));
}

/** Requests for the map file in the overview's cold loads (default view and deep links). */
function overviewMapMeasure(scale: Scale, overview: ColdRun[]): Measured {
	if (overview.length === 0) return measured('overviewMapRequests', scale, [], 'not run (--only)');
	const served = overview.reduce((n, r) => n + r.mapRequests.served, 0);
	const note = join([
		`requests for /${KANTOR.mapFile} by the page (Resource Timing) in ${overview.length} cold loads of / and its deep links, to the end of the first visit`,
		served > 0 && `the server sent it ${served} times in those loads: the service worker's precache, after the data is ready, so /kantor/ opens offline with its map`
	]);
	return measured('overviewMapRequests', scale, overview.map((r) => r.mapRequests.page), note);
}

/**
 * Every `/kantor/` measure of a scale. `overviewCold` are the overview's cold loads of the same
 * iterations (default view), `overviewAll` every cold load of `/` (deep links too).
 */
export function kantorMeasures(scale: Scale, runs: KantorRuns, baseline: KantorBaseline, overviewCold: ColdRun[] | null, overviewAll: ColdRun[]): Measured[] {
	return [
		coldMeasure(scale, 'kantorColdFirstFigures', runs.cold?.default ?? null, baseline),
		coldMeasure(scale, 'kantorColdFirstFiguresProvince', runs.cold?.province ?? null, baseline),
		changeMeasure(scale, 'kantorWarmChange', ['metric', 'month', 'scope'], runs.warm, baseline),
		changeMeasure(scale, 'kantorSelectRegency', ['select'], runs.warm, baseline),
		villagesMeasure(scale, runs.villages),
		...mapMeasures(scale, runs.mapFile),
		jsBeyondMeasure(scale, overviewCold, runs.cold?.default ?? null),
		overviewMapMeasure(scale, overviewAll)
	];
}
