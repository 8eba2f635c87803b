/**
 * The `/penilaian/` measures (issue 10) of one scale, from its runs: cold first figures of a
 * deep link against the baseline page's first chart, candidate switches against the baseline's
 * month change in a province view, and weight changes held to one frame (their ratio to the
 * same baseline samples reported beside).
 */
import { PENILAIAN, penilaianPath } from './config';
import type { ColdRun } from './measures/cold';
import type { PenilaianChangeKind, PenilaianWarmResult } from './measures/penilaian';
import { measured, round, withBaseline, type Measured } from './results';
import { median, p95 } from './stats';
import type { Scale } from './targets';
import type { KantorBaseline } from './summarize-kantor';

/** What the `/penilaian/` runs of one scale produced (null: that group was not run). */
export interface PenilaianRuns {
	/** Cold loads of `/penilaian/?<PENILAIAN.cold>`, alternating with the others. */
	readonly cold: ColdRun[] | null;
	readonly warm: PenilaianWarmResult | null;
}

const values = (xs: readonly (number | null | undefined)[]) => xs.filter((x): x is number => typeof x === 'number' && Number.isFinite(x));
const ms = (xs: readonly number[]) => (xs.length ? `${round(median(xs))} ms` : '-');
const join = (parts: (string | null | undefined | false)[]) => parts.filter(Boolean).join('; ') || undefined;

/** Attach the baseline's samples when there are any; else say why not in the note. */
function compared(m: Measured, key: 'penilaianColdFirstFigures' | 'penilaianSwitchCandidate' | 'penilaianWeightChange', base: number[] | null, what: string, problem: string | null): Measured {
	if (base) return withBaseline(m, key, base);
	return { ...m, note: join([m.note, `no ratio: ${problem ?? `${what} not measured (--only)`}`]) };
}

function coldMeasure(scale: Scale, runs: ColdRun[] | null, baseline: KantorBaseline): Measured {
	const key = 'penilaianColdFirstFigures';
	if (!runs) return measured(key, scale, [], 'not run (--only)');
	const figures = values(runs.map((r) => r.firstFigures));
	const sources = runs.map((r) => r.firstSource ?? 'none');
	const scored = values(runs.map((r) => r.attrsSeen[PENILAIAN.scoredAttr]));
	const errors = [...new Set(runs.map((r) => r.error).filter(Boolean))];
	const note = join([
		`${runs[0]?.path ?? penilaianPath(PENILAIAN.cold)}: cakupan:first-figures (the candidate list and the first candidate's scorecard drawn), fresh profile each, in each cold iteration after /kantor/'s loads (before the baseline page's)`,
		figures.length < runs.length && `no cakupan:first-figures mark in ${runs.length - figures.length} of ${runs.length} runs`,
		`data-source at first figures: ${sources.join(', ')}${sources.every((s) => s === 'snapshot') ? '' : ' (snapshot expected)'}`,
		scored.length > 0 ? `the group's composite and ranks (${PENILAIAN.scoredAttr}) first drawn at median ${ms(scored)}` : `no ${PENILAIAN.scoredAttr} seen`,
		errors.length > 0 && `load failed: ${errors.join(' | ')}`
	]);
	return compared(measured(key, scale, figures, note), key, baseline.firstChart, "the baseline page's cold first chart", baseline.problem);
}

function changeMeasure(scale: Scale, key: 'penilaianSwitchCandidate' | 'penilaianWeightChange', kind: PenilaianChangeKind, warm: PenilaianWarmResult | null, baseline: KantorBaseline): Measured {
	if (!warm) return measured(key, scale, [], 'not run (--only)');
	const samples = warm.samples.filter((s) => s.kind === kind).map((s) => s.ms);
	const seen = warm.samples.filter((s) => s.kind === kind).map((s) => s.seenMs);
	const setup = warm.setup ? `${warm.setup.listed} candidates listed, ${warm.setup.criteria} weighted criteria${warm.setup.live ? '' : ', figures not live'}` : null;
	const how =
		kind === 'weight'
			? `a new weight typed into one criterion's input after another (fill: one input event), to the frame after ${PENILAIAN.scoredAttr} shows the weights`
			: `a click on another candidate's list row, to the frame after data-rendered names it (its scorecard drawn)`;
	const note = join([
		`one session on ${warm.path} after live figures, weight changes and candidate switches interleaved: ${how}`,
		setup,
		samples.length > 0 && `p95 ${round(p95(samples))} ms, max ${round(Math.max(...samples))} ms; the DOM showed it (before the frame) at median ${round(median(seen))}, p95 ${round(p95(seen))} ms`,
		warm.stopped,
		warm.problems[kind]
	]);
	return compared(measured(key, scale, samples, note), key, baseline.provinceMonth, "the baseline's month changes in a province view", baseline.problem);
}

/** Every `/penilaian/` measure of a scale (the baseline's samples as the `/kantor/` ratios take them). */
export function penilaianMeasures(scale: Scale, runs: PenilaianRuns, baseline: KantorBaseline): Measured[] {
	return [
		coldMeasure(scale, runs.cold, baseline),
		changeMeasure(scale, 'penilaianSwitchCandidate', 'candidate', runs.warm, baseline),
		changeMeasure(scale, 'penilaianWeightChange', 'weight', runs.warm, baseline)
	];
}
