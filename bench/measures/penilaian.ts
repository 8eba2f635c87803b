/**
 * The assessment-panel view `/penilaian/` in one warm session, opened on a group of candidates
 * (PENILAIAN.warm) once the engine is ready and the view shows live figures:
 *   weight change:     type a new weight (0–100) into one criterion's input, criterion after
 *                      criterion; from the `input` event to the animation frame after
 *                      `data-scored` shows the new weights (composite, ranks and rank ranges
 *                      are drawn in the same update)
 *   candidate switch:  click the list's row button of another candidate of the list; from its
 *                      `pointerdown` to the frame after `data-rendered` names it (its scorecard
 *                      is drawn)
 * The kinds interleave (weight, switch, weight, ...), so each weight change scores the group
 * for a candidate other than the last one's. The weights follow a fixed sequence, so every
 * session (and every build compared) sees the same states.
 */
import type { Page } from 'playwright-core';
import { APP, PENILAIAN, PENILAIAN_PROBE, TIMEOUTS, penilaianPath } from '../config';
import { currentKey, timeChange, waitForLiveRender, waitForLoadEnd, waitUntil, type ChangeResult } from '../app-page';
import { openSession, peakRendererBytes } from '../browser';
import type { StaticServer } from '../server';

/** The kinds of warm change on `/penilaian/`. */
export type PenilaianChangeKind = 'weight' | 'candidate';

/** One timed change. */
export interface PenilaianChangeSample {
	readonly kind: PenilaianChangeKind;
	readonly from: string;
	readonly to: string;
	readonly ms: number;
	/** When the DOM showed it (before the frame), ms from the input. */
	readonly seenMs: number;
}

/** What the session measured, and why a kind could not be (fully) measured. */
export interface PenilaianWarmResult {
	readonly path: string;
	readonly samples: PenilaianChangeSample[];
	readonly problems: Record<PenilaianChangeKind, string | null>;
	/** A problem that stopped the whole session (not ready, nothing drawn), or null. */
	readonly stopped: string | null;
	/** How the session started: candidates in the list, criteria weighted, whether the figures were live. */
	readonly setup: { readonly listed: number; readonly criteria: number; readonly live: boolean } | null;
	readonly memoryBytes: number | null;
	readonly offOrigin: string[];
}

/** Changes of each kind made first and not counted (as the other warm sessions). */
const WARM_UP = 2;
const MAX_FAILURES = 3;
const CLICK_EVENTS = ['pointerdown', 'mousedown', 'click'];

const K = PENILAIAN.key;
const S = PENILAIAN.scored;

/** The weights the inputs hold, in criteria order (as the page writes them into `data-scored`). */
function weightValues(page: Page): Promise<string[]> {
	return page.locator(PENILAIAN.weightInputs).evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
}

/** The candidate ids of the list's row buttons (the list's current page). */
function listedIds(page: Page): Promise<string[]> {
	return page.locator(PENILAIAN.selectButton).evaluateAll((buttons, attr) => buttons.map((b) => b.getAttribute(attr) ?? ''), PENILAIAN.selectAttr);
}

/**
 * The `step`-th weight of the fixed sequence for a criterion now at `current`: it walks 0–100 in
 * strides of 37 (so weights rise and fall, to 0 and back), never repeating the current value.
 */
export function nextWeight(current: number, step: number): number {
	const next = (current + 37 + 11 * (step % 3)) % 101;
	return next === current ? (next + 1) % 101 : next;
}

/**
 * One warm session on `/penilaian/?<PENILAIAN.warm>`: `changes` counted weight changes and as
 * many candidate switches (interleaved), after `WARM_UP` of each.
 */
export async function penilaianWarmSession(server: StaticServer, { changes }: { changes: number }): Promise<PenilaianWarmResult> {
	const path = penilaianPath(PENILAIAN.warm);
	const session = await openSession(server, PENILAIAN_PROBE);
	const samples: PenilaianChangeSample[] = [];
	const problems: PenilaianWarmResult['problems'] = { weight: null, candidate: null };
	let setup: PenilaianWarmResult['setup'] = null;
	const result = (stopped: string | null): PenilaianWarmResult => ({ path, samples, problems, stopped, setup, memoryBytes: peakRendererBytes(session), offOrigin: [...session.offOrigin] });
	try {
		const { page } = session;
		await page.goto(server.origin + path, { waitUntil: 'commit' });
		const end = await waitForLoadEnd(page, TIMEOUTS.ready);
		if (end !== APP.readyState) return result(`the app did not reach data-state=ready (${end ?? 'timeout'})`);
		if ((await page.locator(PENILAIAN.view).count()) === 0) return result(`no ${PENILAIAN.view} on ${path}`);
		// Live figures; a build without `data-source` on the view is timed once the ranking is drawn after ready.
		const hasSource = (await page.locator(PENILAIAN.view).getAttribute(APP.sourceAttr)) !== null;
		const live = hasSource && (await waitForLiveRender(page, TIMEOUTS.figures));
		if (!(await waitUntil(page, 'attr', PENILAIAN.scoredAttr, TIMEOUTS.figures))) {
			return result(`no ${PENILAIAN.scoredAttr} on ${PENILAIAN.view} within ${TIMEOUTS.figures} ms of ready (no ranking drawn)`);
		}
		if (!hasSource) await page.waitForTimeout(1_000);

		const inputs = await page.locator(PENILAIAN.weightInputs).count();
		let ids = await listedIds(page);
		setup = { listed: ids.length, criteria: inputs, live };
		if (!hasSource) problems.weight = `the view has no ${APP.sourceAttr}: timed from ready and the first ranking, not from live figures`;
		if (inputs === 0) problems.weight = `no weight inputs (${PENILAIAN.weightInputs})`;
		if (ids.length < 2) problems.candidate = `${ids.length} ${PENILAIAN.selectButton} buttons in the list (at least 2 needed)`;

		let rendered = (await currentKey(page))!;
		let scored = (await currentKey(page, PENILAIAN.scoredAttr))!;
		const failures: Record<PenilaianChangeKind, number> = { weight: 0, candidate: 0 };
		const done: Record<PenilaianChangeKind, number> = { weight: 0, candidate: 0 };
		const want: Record<PenilaianChangeKind, number> = { weight: problems.weight && inputs === 0 ? 0 : changes + WARM_UP, candidate: problems.candidate ? 0 : changes + WARM_UP };

		const record = (kind: PenilaianChangeKind, outcome: ChangeResult, from: string, expected: string) => {
			const index = done[kind]++;
			if (outcome.timeout) {
				if (++failures[kind] >= MAX_FAILURES) {
					problems[kind] = `${MAX_FAILURES} changes in a row did not redraw within ${TIMEOUTS.change} ms (last: expected ${expected}, got "${outcome.key}"${outcome.started ? '' : ', no input event seen'})`;
					want[kind] = 0;
				}
				return;
			}
			failures[kind] = 0;
			if (index >= WARM_UP) samples.push({ kind, from, to: outcome.key, ms: outcome.ms, seenMs: outcome.seenMs });
		};

		const weightStep = async () => {
			const weights = await weightValues(page);
			const criterion = done.weight % weights.length;
			const value = String(nextWeight(Number(weights[criterion]), done.weight));
			weights[criterion] = value;
			const expected = weights.join('_');
			const outcome = await timeChange(page, { events: ['input'], expect: { [S.weights]: expected }, previous: scored.key, timeout: TIMEOUTS.change, attr: PENILAIAN.scoredAttr }, async () => {
				await page.locator(PENILAIAN.weightInputs).nth(criterion).fill(value);
			});
			record('weight', outcome, scored.key, `${PENILAIAN.scoredAttr} weights ${expected}`);
			scored = (await currentKey(page, PENILAIAN.scoredAttr)) ?? scored;
			rendered = (await currentKey(page)) ?? rendered;
		};

		let pick = 0;
		const candidateStep = async () => {
			const others = [...new Set(ids)].filter((id) => id !== rendered.fields[K.candidate]);
			if (!others.length) {
				want.candidate = 0;
				return;
			}
			const id = others[pick++ % others.length]!;
			const outcome = await timeChange(page, { events: CLICK_EVENTS, expect: { [K.candidate]: id }, previous: rendered.key, timeout: TIMEOUTS.change }, async () => {
				await page.locator(`${PENILAIAN.selectButton}[${PENILAIAN.selectAttr}="${id}"]`).first().click();
			});
			record('candidate', outcome, rendered.key, `${APP.renderedAttr} candidate ${id}`);
			rendered = (await currentKey(page)) ?? rendered;
			scored = (await currentKey(page, PENILAIAN.scoredAttr)) ?? scored;
			ids = await listedIds(page);
		};

		while (done.weight < want.weight || done.candidate < want.candidate) {
			if (done.weight < want.weight) await weightStep();
			if (done.candidate < want.candidate) await candidateStep();
		}
		return result(null);
	} finally {
		await session.close();
	}
}
