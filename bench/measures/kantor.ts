/**
 * The regional-office view `/kantor/` in one warm session, after live figures of province
 * KANTOR.province:
 *   metric change:  pick the next metric in `select[name="ukuran"]`
 *   month change:   ArrowLeft on the trend's slider (ArrowRight back from the first month)
 *   scope change:   province 64 -> another province -> Indonesia -> 64 -> the next province ...
 *   select:         click a ranking row's `[data-select]` button (a regency not selected yet)
 * Kinds interleave (metric, month, scope, metric, ...) so most states are new to the session.
 * Each is timed in the page from the input event to the animation frame after `data-rendered`
 * shows the fields the change decides (scope, month and metric; the selection for a click),
 * with the probe's `arm` (the same as the overview's changes, compared field by field).
 */
import type { Page } from 'playwright-core';
import { APP, KANTOR, KANTOR_PROBE, TIMEOUTS, kantorPath, kantorScopeOf } from '../config';
import { addMonths, currentKey, timeChange, waitForLiveRender, waitForLoadEnd, type ChangeResult } from '../app-page';
import { openSession, peakRendererBytes } from '../browser';
import type { StaticServer } from '../server';
import type { Site } from '../site';
import { lastDecember } from '../village-query';

/** The kinds of warm change on `/kantor/`. */
export type KantorChangeKind = 'metric' | 'month' | 'scope' | 'select';

/** One timed change. */
export interface KantorChangeSample {
	readonly kind: KantorChangeKind;
	readonly from: string;
	readonly to: string;
	readonly ms: number;
	/** The state had been drawn before in this session. */
	readonly revisit: boolean;
}

/** What the session measured, and why a kind could not be (fully) measured. */
export interface KantorWarmResult {
	readonly samples: KantorChangeSample[];
	readonly problems: Record<KantorChangeKind, string | null>;
	/** A problem that stopped the whole session (not ready, no live figures), or null. */
	readonly stopped: string | null;
	readonly memoryBytes: number | null;
	readonly offOrigin: string[];
}

/** Changes of each kind made first and not counted (as the overview's warm session). */
const WARM_UP = 2;
const MAX_FAILURES = 3;
const CLICK_EVENTS = ['pointerdown', 'mousedown', 'click'];
const SELECT_EVENTS = ['input', 'change'];

const K = KANTOR.key;

async function count(page: Page, selector: string): Promise<number> {
	return page.locator(selector).count();
}

/** The values of a select's options. */
function optionValues(page: Page, select: string): Promise<string[]> {
	return page.locator(`${select} option`).evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
}

/** The regency codes of the `[data-select]` buttons on the ranking's current page. */
function selectable(page: Page): Promise<string[]> {
	return page.locator(KANTOR.selectButton).evaluateAll((buttons, attr) => buttons.map((b) => b.getAttribute(attr) ?? ''), KANTOR.selectAttr);
}

/** The scope after `current` in the cycle 64 -> another province -> Indonesia -> 64 -> ... */
function nextScope(current: string, home: string, others: readonly string[], turn: number): string {
	if (current === kantorScopeOf(home)) return others[turn % others.length]!;
	if (current === kantorScopeOf(APP.nationalArea)) return home;
	return APP.nationalArea;
}

/**
 * One warm session on `/kantor/?wilayah=<KANTOR.province>`: `changes` counted changes of each
 * kind (metric, month, scope interleaved; then regency selections).
 */
export async function kantorWarmSession(site: Site, server: StaticServer, { changes }: { changes: number }): Promise<KantorWarmResult> {
	const session = await openSession(server, KANTOR_PROBE);
	const samples: KantorChangeSample[] = [];
	const problems: KantorWarmResult['problems'] = { metric: null, month: null, scope: null, select: null };
	const result = (stopped: string | null): KantorWarmResult => ({ samples, problems, stopped, memoryBytes: peakRendererBytes(session), offOrigin: [...session.offOrigin] });
	try {
		const { page } = session;
		const home = KANTOR.province;
		await page.goto(server.origin + kantorPath({ area: home }), { waitUntil: 'commit' });
		const end = await waitForLoadEnd(page, TIMEOUTS.ready);
		if (end !== APP.readyState) return result(`the app did not reach data-state=ready (${end ?? 'timeout'})`);
		if ((await count(page, KANTOR.view)) === 0) return result(`no ${KANTOR.view} on ${kantorPath({ area: home })}`);
		if (!(await waitForLiveRender(page, TIMEOUTS.figures, kantorScopeOf(home)))) {
			const key = await currentKey(page);
			return result(`no ${APP.sourceAttr}=${APP.liveSource} with scope ${kantorScopeOf(home)} within ${TIMEOUTS.figures} ms of ready (${APP.renderedAttr}="${key?.key ?? ''}")`);
		}

		if ((await count(page, KANTOR.metricPicker)) === 0) problems.metric = `no metric picker (${KANTOR.metricPicker})`;
		if ((await count(page, APP.trend)) === 0) problems.month = `no trend chart (${APP.trend})`;
		const others = (await count(page, KANTOR.scopePicker)) ? (await optionValues(page, KANTOR.scopePicker)).filter((v) => /^\d{2}$/.test(v) && v !== home) : [];
		if ((await count(page, KANTOR.scopePicker)) === 0) problems.scope = `no scope picker (${KANTOR.scopePicker})`;
		else if (others.length === 0) problems.scope = `the scope picker offers no province besides ${home}`;

		const { from: first, to: last } = site.manifest.period;
		let state = (await currentKey(page))!;
		// The contract's default month is the latest December; say so when the view starts elsewhere.
		const december = lastDecember(site.manifest.period);
		const startNote = state.fields[K.month] === december ? null : `the view opened at month ${state.fields[K.month]}, not the latest December ${december}`;
		const drawn = new Set([state.key]);
		let direction = -1;
		let turn = 0;
		const failures: Record<KantorChangeKind, number> = { metric: 0, month: 0, scope: 0, select: 0 };
		const done: Record<KantorChangeKind, number> = { metric: 0, month: 0, scope: 0, select: 0 };
		const want: Record<KantorChangeKind, number> = { metric: 0, month: 0, scope: 0, select: changes + WARM_UP };
		for (const kind of ['metric', 'month', 'scope'] as const) want[kind] = problems[kind] ? 0 : changes + WARM_UP;

		/** Time one input; the key must differ from the current one and show `expect`'s fields. */
		const step = async (kind: KantorChangeKind, events: string[], expect: Record<number, string>, act: () => Promise<void>) => {
			const outcome: ChangeResult = await timeChange(page, { events, expect, previous: state.key, timeout: TIMEOUTS.change }, act);
			const index = done[kind]++;
			if (outcome.timeout) {
				if (++failures[kind] >= MAX_FAILURES) {
					const wanted = Object.entries(expect).map(([i, v]) => `field ${i} = ${v}`).join(', ');
					problems[kind] = `${MAX_FAILURES} changes in a row did not redraw within ${TIMEOUTS.change} ms (last: expected ${wanted}; ${APP.renderedAttr}="${outcome.key}"${outcome.started ? '' : ', no input event seen'})`;
					want[kind] = 0;
				}
			} else {
				failures[kind] = 0;
				const revisit = drawn.has(outcome.key);
				drawn.add(outcome.key);
				if (index >= WARM_UP) samples.push({ kind, from: state.key, to: outcome.key, ms: outcome.ms, revisit });
			}
			state = (await currentKey(page)) ?? state;
		};
		const kept = () => ({ [K.scope]: state.fields[K.scope]!, [K.month]: state.fields[K.month]!, [K.metric]: state.fields[K.metric]! });

		const metricStep = async () => {
			const at = KANTOR.metrics.indexOf(state.fields[K.metric] as (typeof KANTOR.metrics)[number]);
			const metric = KANTOR.metrics[(at + 1) % KANTOR.metrics.length]!;
			await step('metric', SELECT_EVENTS, { ...kept(), [K.metric]: metric }, async () => {
				await page.selectOption(KANTOR.metricPicker, metric);
			});
		};
		const monthStep = async () => {
			const month = state.fields[K.month]!;
			if (addMonths(month, direction) < first) direction = 1;
			if (addMonths(month, direction) > last) direction = -1;
			const key = direction < 0 ? APP.previousKey : APP.nextKey;
			const inner = page.locator(APP.trendFocus);
			await ((await inner.count()) > 0 ? inner.first() : page.locator(APP.trend).first()).focus();
			await step('month', ['keydown'], { ...kept(), [K.month]: addMonths(month, direction) }, () => page.keyboard.press(key));
		};
		const scopeStep = async (to: string, kind: KantorChangeKind = 'scope') => {
			await step(kind, SELECT_EVENTS, { ...kept(), [K.scope]: kantorScopeOf(to) }, async () => {
				await page.selectOption(KANTOR.scopePicker, to);
			});
		};

		while (done.metric < want.metric || done.month < want.month || done.scope < want.scope) {
			if (done.metric < want.metric) await metricStep();
			if (done.month < want.month) await monthStep();
			if (done.scope < want.scope) await scopeStep(nextScope(state.fields[K.scope]!, home, others, turn++));
		}

		// Regency selections in the home province (its ranking lists its regencies).
		if (state.fields[K.scope] !== kantorScopeOf(home) && !problems.scope) {
			await page.selectOption(KANTOR.scopePicker, home);
			await waitForLiveRender(page, TIMEOUTS.figures, kantorScopeOf(home));
			state = (await currentKey(page)) ?? state;
		}
		let codes = await selectable(page);
		if (codes.length < 2) problems.select = `${codes.length} ${KANTOR.selectButton} buttons in the ranking (at least 2 needed)`;
		let pick = 0;
		let withoutUrl = 0;
		while (done.select < want.select && codes.length >= 2) {
			// Several tables may list a regency (the ranking, the by-place table): unique codes.
			const others = [...new Set(codes)].filter((c) => c !== state.fields[K.selected]);
			if (!others.length) break;
			const code = others[pick++ % others.length]!;
			await step('select', CLICK_EVENTS, { [K.scope]: state.fields[K.scope]!, [K.selected]: code }, async () => {
				await page.locator(`${KANTOR.selectButton}[${KANTOR.selectAttr}="${code}"]`).first().click();
			});
			// The contract: the URL follows the selection (`pilih=<code>`).
			const urlFollowed = await page.waitForURL((url) => url.searchParams.get(KANTOR.params.selected) === code, { timeout: 1_000, waitUntil: 'commit' }).then(
				() => true,
				() => false
			);
			if (!urlFollowed) withoutUrl++;
			codes = await selectable(page);
		}
		if (withoutUrl > 0) problems.select = [problems.select, `the URL did not carry ${KANTOR.params.selected}=<code> after ${withoutUrl} of ${done.select} selections`].filter(Boolean).join('; ');
		if (startNote) problems.month = [startNote, problems.month].filter(Boolean).join('; ');
		return result(null);
	} finally {
		await session.close();
	}
}
