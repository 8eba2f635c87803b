/**
 * Warm interactions in one session, after DuckDB is ready and the overview shows live figures:
 *   linked change: focus the trend chart, press ArrowLeft (ArrowRight when at the first month)
 *   area change:   choose a province in the area picker, later Indonesia again
 * Each is timed in the page from the input event to the animation frame after `data-rendered`
 * shows the new `area|period`. Area and month steps interleave (province, month, Indonesia,
 * month, next province, ...), so most states are new to the app's result cache; each sample
 * says whether its state had been drawn before in the session.
 *
 * The same session runs on the baseline page (`target: 'baseline'`), and deep-linked to an
 * area with only linked changes (`start` + `areaChanges: 0`): the month changes in a province
 * view, one ArrowLeft after another (ArrowRight back from the first month).
 */
import type { Page } from 'playwright-core';
import { APP, TIMEOUTS, pagePath, type Target } from '../config';
import { addMonths, currentKey, overviewExpect, timeChange, waitForLiveRender, waitForLoadEnd, type ChangeResult } from '../app-page';
import { openSession, peakRendererBytes } from '../browser';
import type { StaticServer } from '../server';
import type { Site } from '../site';

/** One timed change. */
export interface ChangeSample {
	readonly kind: 'linked' | 'area';
	readonly from: string;
	readonly to: string;
	readonly ms: number;
	/** The state had been drawn before in this session (its queries may be cached). */
	readonly revisit: boolean;
}

/** What the warm session measured, and what it could not. */
export interface WarmResult {
	readonly samples: ChangeSample[];
	/** Why a kind of change could not be (fully) measured. */
	readonly problems: { linked: string | null; area: string | null };
	readonly memoryBytes: number | null;
	readonly offOrigin: string[];
	/** The app's own query timings (`cakupan:query:*` measures), by name, if it records them. */
	readonly queryMeasures: Record<string, number[]>;
}

const WARM_UP = 2;
const MAX_FAILURES = 3;

async function present(page: Page, selector: string): Promise<boolean> {
	return (await page.locator(selector).count()) > 0;
}

/** The province codes the area picker offers (2-digit values). */
async function provinceOptions(page: Page): Promise<string[]> {
	const values = await page.locator(`${APP.areaPicker} option`).evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
	return values.filter((v) => /^\d{2}$/.test(v));
}

/**
 * One session of warm changes after DuckDB is ready: `changes` linked and `areaChanges`
 * (default: as many) area changes, on `target`'s page opened at `start` (an area; null: the
 * default view).
 */
export async function warmSession(
	site: Site,
	server: StaticServer,
	{
		changes,
		areaChanges = changes,
		target = 'app',
		start = null
	}: { changes: number; areaChanges?: number; target?: Target; start?: string | null }
): Promise<WarmResult> {
	const session = await openSession(server);
	const samples: ChangeSample[] = [];
	const problems: WarmResult['problems'] = { linked: null, area: null };
	const queryMeasures: Record<string, number[]> = {};
	try {
		const { page } = session;
		await page.goto(server.origin + pagePath(target, start), { waitUntil: 'commit' });
		const end = await waitForLoadEnd(page, TIMEOUTS.ready);
		if (end !== APP.readyState) {
			const why = `the app did not reach data-state=ready (${end ?? 'timeout'})`;
			return { samples, problems: { linked: why, area: why }, memoryBytes: peakRendererBytes(session), offOrigin: session.offOrigin, queryMeasures };
		}
		if (!(await present(page, APP.view)) || !(await waitForLiveRender(page, TIMEOUTS.figures, start))) {
			const why = `no ${APP.view} with ${APP.sourceAttr}=${APP.liveSource} and a ${APP.renderedAttr} key${start === null ? '' : ` of area ${start}`} within ${TIMEOUTS.figures} ms of ready`;
			return { samples, problems: { linked: why, area: why }, memoryBytes: peakRendererBytes(session), offOrigin: session.offOrigin, queryMeasures };
		}
		const hasTrend = await present(page, APP.trend);
		const hasPicker = await present(page, APP.areaPicker);
		const provinces = hasPicker ? await provinceOptions(page) : [];
		if (!hasTrend) problems.linked = `no trend chart (${APP.trend}) on the overview`;
		if (!hasPicker) problems.area = `no area picker (${APP.areaPicker}) on the overview`;
		else if (provinces.length === 0) problems.area = `the area picker offers no province (2-digit value)`;

		const { from: first, to: last } = site.manifest.period;
		let state = (await currentKey(page))!;
		const drawn = new Set([state.key]);
		let direction = -1;
		const failures = { linked: 0, area: 0 };
		let provinceIndex = 0;
		const want = { linked: problems.linked ? 0 : changes + WARM_UP, area: problems.area || areaChanges === 0 ? 0 : areaChanges + WARM_UP };
		const done = { linked: 0, area: 0 };

		const record = (kind: 'linked' | 'area', result: ChangeResult, to: { area: string; period: string }) => {
			const index = done[kind]++;
			if (result.timeout) {
				failures[kind]++;
				if (failures[kind] >= MAX_FAILURES) {
					problems[kind] = `${MAX_FAILURES} changes in a row did not redraw within ${TIMEOUTS.change} ms (last: expected ${to.area}|${to.period}, ${APP.renderedAttr}="${result.key}"${result.started ? '' : ', no input event seen'})`;
					want[kind] = 0;
				}
				return;
			}
			failures[kind] = 0;
			const revisit = drawn.has(result.key);
			drawn.add(result.key);
			if (index >= WARM_UP) samples.push({ kind, from: state.key, to: result.key, ms: result.ms, revisit });
		};

		const linkedStep = async () => {
			if (addMonths(state.period, direction) < first) direction = 1;
			if (addMonths(state.period, direction) > last) direction = -1;
			const to = { area: state.area, period: addMonths(state.period, direction) };
			const key = direction < 0 ? APP.previousKey : APP.nextKey;
			const inner = page.locator(APP.trendFocus);
			await ((await inner.count()) > 0 ? inner.first() : page.locator(APP.trend).first()).focus();
			const result = await timeChange(page, { events: ['keydown'], expect: overviewExpect(to), previous: state.key, timeout: TIMEOUTS.change }, () => page.keyboard.press(key));
			record('linked', result, to);
			state = (await currentKey(page)) ?? state;
		};

		const areaStep = async (area: string) => {
			const to = { area, period: state.period };
			const result = await timeChange(page, { events: ['input', 'change'], expect: overviewExpect(to), previous: state.key, timeout: TIMEOUTS.change }, async () => {
				await page.selectOption(APP.areaPicker, area);
			});
			record('area', result, to);
			state = (await currentKey(page)) ?? state;
		};

		while (done.linked < want.linked || done.area < want.area) {
			if (done.area < want.area) {
				const target = state.area === APP.nationalArea ? provinces[provinceIndex++ % provinces.length]! : APP.nationalArea;
				await areaStep(target);
			}
			if (done.linked < want.linked) await linkedStep();
		}

		const measures = (await page.evaluate(
			`performance.getEntriesByType('measure').filter((m) => m.name.startsWith(${JSON.stringify(APP.queryMeasurePrefix)})).map((m) => [m.name, m.duration])`
		)) as [string, number][];
		for (const [name, duration] of measures) (queryMeasures[name.slice(APP.queryMeasurePrefix.length)] ??= []).push(duration);

		return { samples, problems, memoryBytes: peakRendererBytes(session), offOrigin: [...session.offOrigin], queryMeasures };
	} finally {
		await session.close();
	}
}
