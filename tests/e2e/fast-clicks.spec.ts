/**
 * Fast clicking: in each view a seeded random sequence of real user actions (the pickers, the
 * ranking, the lists, the weights, Back) is fired without waiting for any result, faster than the
 * queries complete. Then:
 *   - the view settles on the FINAL state (read from the URL) and the figures a user reads equal
 *     an independent query for that state (native DuckDB over the sample's Parquet, as the other
 *     specs' oracles do; nothing of the app's query or metric code);
 *   - during the run, every state the view said it had drawn (`data-rendered`, recorded by a
 *     MutationObserver as it changed) was the newest one requested at that moment: a stale
 *     result never overwrote a newer one;
 *   - the renderer's memory after the run, after a forced garbage collection, is within 15 % of
 *     its value half-way (no leak; see `assertMemory` for why not of its value after 20 steps,
 *     which is measured and printed as well).
 *
 * Knobs: CLICKS_SEED (default 20251231) and CLICKS_STEPS (default 200); both are printed in every
 * failure message with the last actions. The seed fixes the generator's numbers; which control
 * they pick depends on what the page shows at that moment, which depends on how fast the answers
 * came, so a replay on another machine is close to the failing run, not always identical.
 *
 * The steps run in the page (`burst`): each sets a control's value and dispatches the event a
 * user's input would (change, input, click, keydown) or calls `history.back()`, then goes on at
 * once (after the microtask checkpoint, sometimes a task), as queued clicks are dispatched, with
 * no waiting for anything the app does in response. The action and its control are chosen by the
 * seeded generator among the controls the page shows at that moment.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { CDPSession, Page } from '@playwright/test';
import { formatCount, formatInteger, formatPercent, formatPoints, formatSignedPercent } from '../../src/lib/format';
import { translator } from '../../src/lib/i18n';
import { expect, test, waitForReady } from './helpers';
import * as oracle from './penilaian-oracle';
import { CRITERIA, YEAR, type Candidate } from './penilaian-oracle';

const SEED = Number(process.env.CLICKS_SEED ?? 20251231);
const STEPS = Number(process.env.CLICKS_STEPS ?? 200);
/** Steps after which the baseline memory is read. */
const BASELINE_STEP = 20;
/** Allowed growth of the renderer's heap from the baseline to the end. */
const MEMORY_SLACK = 0.15;
/** The latest month of the sample: the default period of the overview and (a December) of /kantor/. */
const LATEST = '2025-12';
const SAMPLE = 'data/sample';
const RUN = `CLICKS_SEED=${SEED} CLICKS_STEPS=${STEPS}`;

let conn: DuckDBConnection;
test.beforeAll(async () => {
	if (!Number.isInteger(SEED) || !Number.isInteger(STEPS) || STEPS < 2 * BASELINE_STEP) throw new Error(`bad knobs: ${RUN}`);
	conn = await (await DuckDBInstance.create(':memory:')).connect();
});

async function sql<T>(text: string, params: (string | number)[] = []): Promise<T[]> {
	return (await conn.runAndReadAll(text, params)).getRowObjectsJS() as T[];
}

// ---------------------------------------------------------------------------------------------
// The recorder in the page

/** What the page recorded: every URL the app wrote or Back restored, every drawn-state key. */
interface Log {
	step: number;
	/** Query strings in order: the first page's, then each pushState/replaceState/popstate. */
	urls: string[];
	/** Each `data-rendered` value as it changed, with how many URLs were logged at that moment. */
	rendered: { key: string; urls: number; step: number }[];
	/** Indices in `urls` of the entries Back restored (logged just before the app reads them). */
	pops: number[];
	/** When each history write happened (`performance.now()`), for Chrome's rate limit (see `burst`). */
	writes: number[];
	/** Each `data-scored` value (/penilaian/'s weights drawn) as it changed. */
	scored: string[];
	backs: number;
	/** SvelteKit's history index of the view's first entry; Back goes no further. */
	home: number;
	/** A Back was pressed and its popstate has not come yet. */
	backPending: boolean;
	/** The seeded generator's state (see `burst`). */
	rng: number;
}

declare global {
	interface Window {
		__clicks?: Log;
	}
}

/**
 * Installed before the app's scripts: history writes are logged as they happen (SvelteKit's
 * shallow routing calls `history.pushState`/`replaceState`; Back arrives as `popstate`, logged
 * before the app's own listener sees it, since this one is registered first), and a
 * MutationObserver logs every change of `data-rendered`. An observer callback runs in the same
 * task as the effect that set the attribute, so the URL count it records is the one the app
 * was drawing for.
 */
function installRecorder(): void {
	const log: Log = { step: 0, urls: [location.search], rendered: [], scored: [], pops: [], writes: [], backs: 0, home: Infinity, backPending: false, rng: 0 };
	window.__clicks = log;
	for (const method of ['pushState', 'replaceState'] as const) {
		const original = history[method];
		history[method] = function (this: History, ...args: Parameters<History['pushState']>) {
			original.apply(this, args);
			log.writes.push(performance.now());
			log.urls.push(location.search);
		};
	}
	addEventListener('popstate', () => {
		log.backPending = false;
		log.pops.push(log.urls.length);
		log.urls.push(location.search);
	});
	new MutationObserver((records) => {
		for (const r of records) {
			const value = (r.target as Element).getAttribute(r.attributeName!);
			if (!value) continue;
			if (r.attributeName === 'data-scored') log.scored.push(value);
			else log.rendered.push({ key: value, urls: log.urls.length, step: log.step });
		}
	}).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-rendered', 'data-scored'] });
}

/**
 * Fires `count` user actions in the page without waiting for anything the app does in response
 * (no query, no frame).
 * Each action is drawn from `actions` by the seeded generator (its state kept in the page's log,
 * so the sequence goes on across bursts) and applied to a control chosen by the generator among
 * those the page shows at that moment; an action whose control is not there (no list yet) is
 * skipped for another. Returns what was done, for the failure message. Runs in the browser:
 * everything it needs is inside it.
 */
async function burst([actions, count]: [readonly string[], number]): Promise<string[]> {
	const log = window.__clicks!;
	// mulberry32, a small seeded generator, so a sequence is reproducible from its seed.
	const next = () => {
		log.rng = (log.rng + 0x6d2b79f5) >>> 0;
		let t = log.rng;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	function act(action: string, r: number, value: number): string | null {
		const pick = <T,>(items: readonly T[]): T | undefined => items[Math.floor(r * items.length)];
		if (action === 'back') {
			// Never past the view's first entry: Back within the view, as a user stepping back.
			// Where the page is in its history is SvelteKit's entry index in `history.state`, not a
			// count of writes: a Back still pending when the app writes the next entry is resolved
			// against the entry before it, so counts drift. One Back at a time, so the index read
			// is never one a pending Back is about to leave.
			const index = (history.state as Record<string, unknown> | null)?.['sveltekit:history'];
			if (log.backPending || typeof index !== 'number' || index <= log.home) return null;
			log.backPending = true;
			log.backs++;
			history.back();
			return 'back';
		}
		if (action.startsWith('select:')) {
			const name = action.slice(7);
			const el = document.querySelector<HTMLSelectElement>(`select[name="${name}"]`);
			if (!el || el.disabled) return null;
			const option = pick([...el.options].filter((o) => !o.disabled && o.value !== el.value));
			if (!option) return null;
			el.value = option.value;
			el.dispatchEvent(new Event('change', { bubbles: true }));
			return `${name}=${option.value}`;
		}
		if (action.startsWith('click:')) {
			const selector = action.slice(6);
			const el = pick([...document.querySelectorAll<HTMLElement>(selector)].filter((e) => !(e as HTMLButtonElement).disabled));
			if (!el) return null;
			el.click();
			return `click ${el.getAttribute('data-select') ?? el.getAttribute('data-decline') ?? el.textContent?.trim().slice(0, 30)}`;
		}
		if (action.startsWith('key:')) {
			const [, selector, ...keys] = action.split(':');
			const el = document.querySelector<HTMLElement>(selector!);
			const key = pick(keys);
			if (!el || !key) return null;
			el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
			return `${key} on ${selector}`;
		}
		if (action.startsWith('input:')) {
			const selector = action.slice(6);
			const el = pick([...document.querySelectorAll<HTMLInputElement>(selector)].filter((e) => !e.disabled));
			if (!el) return null;
			el.value = String(value);
			el.dispatchEvent(new Event('input', { bubbles: true }));
			return `${el.name}=${value}`;
		}
		throw new Error(`unknown action ${action}`);
	}
	const done: string[] = [];
	let misses = 0;
	while (done.length < count) {
		// Chrome ignores history writes past 200 in 10 s ("Throttling navigation"): the app's URL
		// would then lag its state and a Back go too far. A user never clicks that fast for long;
		// the steps pause when the page nears the limit, and go on at once otherwise.
		while (log.writes.filter((t) => t > performance.now() - 10_000).length >= 150) await new Promise((resolve) => setTimeout(resolve, 100));
		const action = actions[Math.floor(next() * actions.length)]!;
		const what = act(action, next(), Math.floor(next() * 101));
		if (what === null) {
			if (++misses > count * 50) throw new Error(`the page offered nothing to do after ${done.length} steps`);
			continue;
		}
		log.step++;
		done.push(what);
		// Queued clicks: a user's discrete events are dispatched one after another, with the
		// microtask checkpoint (where Svelte updates the DOM) between them but not always a frame
		// or a worker's answer. So most steps yield microtasks only, one in three a whole task.
		if (next() < 1 / 3) await new Promise((resolve) => setTimeout(resolve, 0));
		else for (let i = 0; i < 3; i++) await Promise.resolve();
	}
	return done;
}

interface Run {
	actions: string[];
	log: Log;
	/** Main-thread and DuckDB-worker heaps after `BASELINE_STEP` steps, half the steps and at the end. */
	memory: { baseline: Heaps; middle: Heaps; end: Heaps };
}

interface Heaps {
	/** The page's JavaScript heap (the renderer's main thread), used bytes after a forced GC. */
	main: number;
	/** The DuckDB worker's JavaScript heap, used bytes after a forced GC (null: not reachable). */
	worker: number | null;
	/** The worker's ArrayBuffer backing stores, the wasm memory among them (reported, not asserted). */
	workerBacking: number | null;
}

/**
 * Heap usage after a forced garbage collection.
 *
 * What is measured, and why: `Runtime.getHeapUsage` of the page's main thread is the renderer's
 * JavaScript heap, where a leak of this app would show (listeners, effects, Plot's SVG nodes,
 * loaded rows kept by a superseded load, query caches without a bound). DuckDB-WASM runs in a
 * dedicated worker whose wasm memory grows with DuckDB's buffer pool and never shrinks (WebAssembly
 * memory cannot), so it is no leak signal; the worker's JavaScript heap (its message handling,
 * Arrow buffers handed over) is, and is measured through the browser's CDP session
 * (`Target.attachToTarget` on the worker, the messages to its Runtime sent with
 * `Target.sendMessageToTarget`: Playwright's CDPSession has no way to address a flattened child
 * session). Its backing stores (`backingStorageSize`, the wasm memory among them) are reported only.
 */
async function heaps(page: Page, session: CDPSession): Promise<Heaps> {
	await session.send('HeapProfiler.collectGarbage');
	const main = (await session.send('Runtime.getHeapUsage')).usedSize;
	let worker: number | null = null;
	let workerBacking: number | null = null;
	const browser = await page.context().browser()!.newBrowserCDPSession();
	try {
		const { targetInfos } = await browser.send('Target.getTargets');
		const origin = new URL(page.url()).origin;
		const target = targetInfos.find((t) => t.type === 'worker' && t.url.startsWith(origin));
		if (target) {
			const { sessionId } = await browser.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
			let id = 0;
			const call = (method: string) =>
				new Promise<Record<string, number>>((resolve, reject) => {
					const mine = ++id;
					const onMessage = (event: { sessionId?: string; message: string }) => {
						const reply = JSON.parse(event.message) as { id?: number; result?: Record<string, number>; error?: { message: string } };
						if (event.sessionId !== sessionId || reply.id !== mine) return;
						browser.off('Target.receivedMessageFromTarget', onMessage);
						if (reply.error) reject(new Error(reply.error.message));
						else resolve(reply.result ?? {});
					};
					browser.on('Target.receivedMessageFromTarget', onMessage);
					void browser.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: mine, method }) });
				});
			await call('HeapProfiler.collectGarbage');
			const usage = await call('Runtime.getHeapUsage');
			worker = usage.usedSize ?? null;
			workerBacking = usage.backingStorageSize ?? null;
			await browser.send('Target.detachFromTarget', { sessionId });
		}
	} finally {
		await browser.detach();
	}
	return { main, worker, workerBacking };
}

const mb = (bytes: number | null) => (bytes === null ? 'n/a' : `${(bytes / 2 ** 20).toFixed(1)} MB`);

/**
 * Fire `STEPS` actions drawn from `actions` (weighted by repetition) with the seeded generator,
 * without waiting between them; at `BASELINE_STEP` and at the end, `settle` (wait for the drawn
 * state) and read memory.
 */
async function fireSequence(page: Page, actions: readonly string[], settle: () => Promise<void>, seed: number): Promise<Run> {
	const throttled: string[] = [];
	page.on('console', (message) => {
		if (/throttling navigation/i.test(message.text())) throttled.push(message.text());
	});
	const session = await page.context().newCDPSession(page);
	await page.evaluate((seed) => {
		const log = window.__clicks!;
		log.rng = seed >>> 0;
		log.home = (history.state as Record<string, number>)['sveltekit:history']!;
	}, seed);
	const done: string[] = [];
	let firing = 0;
	const fire = async (count: number) => {
		const started = Date.now();
		done.push(...(await page.evaluate(burst, [actions, count] as [readonly string[], number])));
		firing += Date.now() - started;
	};
	await fire(BASELINE_STEP);
	await settle();
	const baseline = await heaps(page, session);
	const half = Math.max(BASELINE_STEP, Math.floor(STEPS / 2));
	await fire(half - BASELINE_STEP);
	await settle();
	const middle = await heaps(page, session);
	await fire(STEPS - half);
	const settling = Date.now();
	await settle();
	console.log(`[fast-clicks] ${RUN}: ${done.length} steps fired in ${(firing / 1000).toFixed(1)} s, final state drawn ${((Date.now() - settling) / 1000).toFixed(1)} s later`);
	const end = await heaps(page, session);
	const log = await page.evaluate(() => window.__clicks!);
	expect(throttled, `${RUN}: the browser ignored history writes`).toEqual([]);
	return { actions: done, log, memory: { baseline, middle, end } };
}

/**
 * The requested states the app may be drawing for at an observation: the newest URL logged; and
 * when that one came from Back, the one before it too. This recorder's popstate listener runs
 * before the app's, and the browser runs microtasks between the two, so a draw that was pending
 * can still land for the state before the Back (not a stale result: the app has not seen it yet).
 */
function requestedAt(log: Log, urls: number): string[] {
	const newest = log.urls[urls - 1]!;
	return log.pops.includes(urls - 1) && urls > 1 ? [newest, log.urls[urls - 2]!] : [newest];
}

/** The failure message's context: the knobs and the last actions. */
const context = (run: Pick<Run, 'actions'>, what: string) => `${RUN}: ${what}; last actions: ${run.actions.slice(-8).join(', ')}`;

/** The URL the page shows now, once it has stopped changing (deferred history writes included). */
async function finalSearch(page: Page): Promise<string> {
	let previous = '';
	for (let i = 0; i < 50; i++) {
		const search = await page.evaluate(() => location.search);
		if (search === previous) return search;
		previous = search;
		await page.waitForTimeout(100);
	}
	throw new Error(`${RUN}: the URL never settled`);
}

/**
 * No leak: after a forced GC, the heaps at the end are within 15 % of their value half-way.
 *
 * Why half-way and not after the first 20 steps (the wording; that value is printed
 * too): the app keeps the last 64 query results (`createDb`, least recently used out), a bound
 * by count whose memory depends on the results kept, and 20 fast steps fill only part of it. On
 * the overview the main heap grows from about 11 MB at step 20 to about 15 MB and stays there:
 * 15.7 MB after 200 steps, 15.5 MB after 600 (seed 20251231); with the cache cut to 4 results
 * for a trial it went 8.7 -> 9.9 MB. That is the bounded cache filling, not a leak. A leak grows
 * with the steps, so it shows between half-way and the end, once the cache is full: this test
 * found one in /kantor/, whose monthly rows of every office area visited were kept for the
 * session (16.6 -> 30.6 -> 34.9 MB over 600 steps with the result cache cut to 4; now the last
 * few areas only, `loadScopeMonths`, and the heap stays near 20 MB).
 */
function assertMemory(run: Run) {
	const { baseline, middle, end } = run.memory;
	console.log(
		`[fast-clicks] ${RUN}: main heap ${mb(baseline.main)} (step ${BASELINE_STEP}) -> ${mb(middle.main)} (half-way) -> ${mb(end.main)} (end); ` +
			`worker heap ${mb(baseline.worker)} -> ${mb(middle.worker)} -> ${mb(end.worker)}; worker backing stores ${mb(baseline.workerBacking)} -> ${mb(end.workerBacking)}`
	);
	expect(baseline.main, context(run, 'baseline heap read')).toBeGreaterThan(1e6);
	expect(end.main, context(run, `main-thread heap grew from ${mb(middle.main)} half-way to ${mb(end.main)}`)).toBeLessThanOrEqual(middle.main * (1 + MEMORY_SLACK));
	expect(end.worker, context(run, 'the DuckDB worker was reached')).not.toBeNull();
	expect(end.worker!, context(run, `worker heap grew from ${mb(middle.worker)} half-way to ${mb(end.worker)}`)).toBeLessThanOrEqual(middle.worker! * (1 + MEMORY_SLACK));
	// The worker's JavaScript heap holds no results: it stays within 15 % from step 20 on.
	expect(end.worker!, context(run, `worker heap grew from ${mb(baseline.worker)} at step ${BASELINE_STEP} to ${mb(end.worker)}`)).toBeLessThanOrEqual(baseline.worker! * (1 + MEMORY_SLACK));
}

/**
 * The sequence really moved: many distinct states requested (URLs logged; /penilaian/ writes one
 * history entry per frame, so its count comes from the drawn and scored keys instead), several
 * drawn, Back pressed.
 */
function assertVaried(run: Run, { requested, drawn, weightings = 0, outpaced = false }: { requested: number; drawn: number; weightings?: number; outpaced?: boolean }) {
	const urls = new Set(run.log.urls).size;
	const keys = new Set(run.log.rendered.map((r) => r.key)).size;
	const scored = new Set(run.log.scored).size;
	console.log(`[fast-clicks] ${RUN}: ${run.actions.length} steps, ${urls} distinct URLs, ${keys} distinct states drawn, ${scored} distinct weightings scored, ${run.log.backs} Back`);
	expect(run.actions.length, context(run, 'steps fired')).toBe(STEPS);
	expect(urls, context(run, 'distinct states requested')).toBeGreaterThanOrEqual(requested);
	expect(keys, context(run, 'distinct states drawn')).toBeGreaterThanOrEqual(drawn);
	expect(scored, context(run, 'distinct weightings scored')).toBeGreaterThanOrEqual(weightings);
	// Fired faster than the view answers: some requested states were superseded before drawn.
	if (outpaced) expect(keys, context(run, 'states drawn, fewer than requested')).toBeLessThan(urls);
	expect(run.log.backs, context(run, 'Back presses')).toBeGreaterThan(0);
}

// ---------------------------------------------------------------------------------------------
// Overview

/** The overview's drawn key of a URL: `area|month|denominator|locale`. */
function overviewKey(search: string): string {
	const p = new URLSearchParams(search);
	return [p.get('wilayah') ?? 'ID', p.get('periode') ?? LATEST, p.get('penyebut') ?? 'layak', p.get('bahasa') ?? 'id'].join('|');
}

/** Every tile of `area` in `month`, straight from the Parquet (as overview.spec.ts, any month and level). */
async function overviewFigures(area: string, month: string) {
	const prefix = area === 'ID' ? '' : area;
	const [year, m] = month.split('-').map(Number) as [number, number];
	const [row] = await sql<Record<string, number | null>>(
		`WITH p AS (SELECT * FROM read_parquet('${SAMPLE}/participation.parquet') WHERE starts_with(region_code, $1)),
		      w AS (SELECT * FROM read_parquet('${SAMPLE}/workforce.parquet') WHERE starts_with(region_code, $1)),
		      s AS (SELECT
		        (SELECT sum(active) FROM p WHERE month = make_date($2, $3, 1))::DOUBLE AS active,
		        (SELECT sum(active) FROM p WHERE month = make_date($2 - 1, $3, 1))::DOUBLE AS active_prev,
		        (SELECT sum(active) FROM p WHERE month = make_date($2, $3, 1) AND segment <> 'PMI')::DOUBLE AS ucj_num,
		        (SELECT sum(active) FROM p WHERE month = make_date($2 - 1, $3, 1) AND segment <> 'PMI')::DOUBLE AS ucj_num_prev,
		        (SELECT sum(active) FROM p WHERE month = make_date($2, $3, 1) AND segment = 'PU')::DOUBLE AS pu,
		        (SELECT sum(active) FROM p WHERE month = make_date($2, $3, 1) AND segment = 'BPU')::DOUBLE AS bpu,
		        (SELECT sum(eligible) FROM w WHERE year = $2)::DOUBLE AS eligible,
		        (SELECT sum(eligible) FROM w WHERE year = $2 - 1)::DOUBLE AS eligible_prev,
		        (SELECT sum(formal) FROM w WHERE year = $2)::DOUBLE AS formal,
		        (SELECT sum(informal) FROM w WHERE year = $2)::DOUBLE AS informal,
		        (SELECT target_pct FROM read_parquet('${SAMPLE}/ucj_targets.parquet')
		         WHERE province_code = CASE WHEN $1 = '' THEN 'ID' ELSE left($1, 2) END AND year = $2) AS target)
		 SELECT active, 100 * ucj_num / eligible AS ucj, 100 * pu / formal AS formal, 100 * bpu / informal AS informal,
		        100 * (active - active_prev) / active_prev AS growth,
		        100 * ucj_num / eligible - 100 * ucj_num_prev / eligible_prev AS change,
		        (100 * ucj_num / eligible) / target * 100 AS attainment
		 FROM s`,
		[prefix, year, m]
	);
	return row!;
}

test('overview: random filter and selection changes fired faster than queries end on the final state’s figures', async ({ page }) => {
	test.setTimeout(60_000 + STEPS * 300);
	await page.addInitScript(installRecorder);
	await page.goto('/?periode=2024-12');
	await waitForReady(page);
	const view = page.locator('[data-view="overview"]');
	await expect(view).toHaveAttribute('data-rendered', 'ID|2024-12|layak|id');
	const settle = async () => {
		const search = await finalSearch(page);
		await expect(view, `${RUN}: drawn state of ${search}`).toHaveAttribute('data-rendered', overviewKey(search), { timeout: 30_000 });
	};
	const run = await fireSequence(
		page,
		[
			'select:wilayah',
			'select:wilayah',
			'select:periode',
			'select:periode',
			// The ranking is a listbox: arrow keys select the region above or below.
			'key:[data-chart="ranking"] [role="listbox"]:ArrowDown:ArrowUp:Home:End',
			'key:[data-chart="trend"] [tabindex="0"]:ArrowLeft:ArrowRight',
			'click:.decliners button',
			'back'
		],
		settle,
		SEED
	);

	// During the run: the month, denominator and language drawn are always the newest requested
	// (they re-slice what is loaded). The area drawn is the one drawn before (kept while a newer
	// area loads), or a newly loaded one, which must be the newest requested, or the one just
	// before it: queued clicks run in microtasks, so a load can settle between a click's URL
	// change and the app's reaction to it (that load was still the newest the app knew of). And
	// loads draw in request order: a newly drawn area was never requested before the one drawn
	// before it (no stale result over a newer one).
	let previous = { area: 'ID', at: 0 };
	for (const r of run.log.rendered) {
		const urls = run.log.urls.slice(0, r.urls).map((u) => overviewKey(u).split('|'));
		const [area, ...rest] = r.key.split('|') as [string, ...string[]];
		const newest = requestedAt(run.log, r.urls).map((u) => overviewKey(u).split('|').slice(1).join('|'));
		expect(newest, context(run, `drawn ${r.key} after step ${r.step}: not the newest month requested`)).toContain(rest.join('|'));
		if (area === previous.area) continue;
		const at = urls.findLastIndex((u) => u[0] === area);
		expect(at, context(run, `drawn ${r.key} after step ${r.step}: area requested at URL ${at} of ${urls.length}`)).toBeGreaterThanOrEqual(urls.length - 2);
		expect(at, context(run, `drawn ${r.key} after step ${r.step}: requested before ${previous.area}, drawn after it`)).toBeGreaterThanOrEqual(previous.at);
		previous = { area, at };
	}
	assertVaried(run, { requested: STEPS / 4, drawn: STEPS / 20, outpaced: true });

	// The final state: its key, the pickers, and the figures of an independent query.
	const search = await finalSearch(page);
	const [area, month] = overviewKey(search).split('|') as [string, string];
	await expect(view).toHaveAttribute('data-rendered', overviewKey(search));
	await expect(page.locator('select[name="wilayah"]')).toHaveValue(area);
	await expect(page.locator('select[name="periode"]')).toHaveValue(month);
	const f = await overviewFigures(area, month);
	const tile = (metric: string) => page.locator(`[data-metric="${metric}"] .tile__value`);
	const final = `final state ${search}`;
	expect(f.active, context(run, final)).toBeGreaterThan(0);
	await expect(tile('active'), context(run, final)).toHaveText(formatCount(f.active));
	await expect(tile('ucj'), context(run, final)).toHaveText(formatPercent(f.ucj));
	await expect(tile('formalPenetration'), context(run, final)).toHaveText(formatPercent(f.formal));
	await expect(tile('informalPenetration'), context(run, final)).toHaveText(formatPercent(f.informal));
	// No December a year before 2020 in the sample: the tile says so rather than show a number.
	const noData = translator('id')('chart.noData');
	await expect(tile('growth'), context(run, final)).toHaveText(f.growth === null ? noData : formatSignedPercent(f.growth));
	await expect(tile('coverageChangePts'), context(run, final)).toHaveText(f.change === null ? noData : formatPoints(f.change));
	assertMemory(run);
});

// ---------------------------------------------------------------------------------------------
// Regional offices

/** /kantor/'s drawn key of a URL: `scope|month|denominator|locale|selected|metric`. */
function kantorKey(search: string): string {
	const p = new URLSearchParams(search);
	const area = p.get('wilayah') ?? 'ID';
	const scope = p.get('cabang') ? `branch:${p.get('cabang')}` : p.get('kanwil') ? `kanwil:${p.get('kanwil')}` : area === 'ID' ? 'national:ID' : `province:${area}`;
	return [scope, p.get('periode') ?? LATEST, p.get('penyebut') ?? 'layak', p.get('bahasa') ?? 'id', p.get('pilih') ?? '', p.get('ukuran') ?? 'ucj'].join('|');
}

test('kantor: random office areas, months, metrics and regency selections fired fast end on the final state’s ranking', async ({ page }) => {
	test.setTimeout(90_000 + STEPS * 400);
	await page.addInitScript(installRecorder);
	await page.goto('/kantor/?wilayah=64');
	await waitForReady(page, { timeout: 60_000 });
	const view = page.locator('[data-view="kantor"]');
	await expect(view).toHaveAttribute('data-source', 'live', { timeout: 60_000 });
	await expect(view).toHaveAttribute('data-rendered', kantorKey('?wilayah=64'));
	const settle = async () => {
		const search = await finalSearch(page);
		await expect(view, `${RUN}: drawn state of ${search}`).toHaveAttribute('data-rendered', kantorKey(search), { timeout: 60_000 });
	};
	const run = await fireSequence(
		page,
		[
			'select:kantor',
			'select:kantor',
			'select:periode',
			'select:periode',
			'select:ukuran',
			'click:[data-chart="ranking-table"] button[data-select]',
			'click:[data-chart="ranking-table"] button[data-select]',
			'click:[data-decline]',
			'back'
		],
		settle,
		SEED + 1
	);

	// During the run: every key drawn is the newest state requested, or the one just before it (a
	// load can settle between a click's URL change and the app reading it, as on the overview:
	// that state was still the newest the app knew of), and states draw in request order: a key
	// drawn was never requested before the one drawn before it (no stale result over a newer one).
	let previousAt = 0;
	for (const r of run.log.rendered) {
		const urls = run.log.urls.slice(0, r.urls).map(kantorKey);
		const at = urls.lastIndexOf(r.key);
		const newest = requestedAt(run.log, r.urls).map(kantorKey);
		if (!newest.includes(r.key)) {
			expect(at, context(run, `drawn ${r.key} after step ${r.step}: requested at URL ${at} of ${urls.length}`)).toBeGreaterThanOrEqual(urls.length - 2);
		}
		expect(at, context(run, `drawn ${r.key} after step ${r.step}: requested before the state drawn before it`)).toBeGreaterThanOrEqual(previousAt);
		previousAt = at;
	}
	assertVaried(run, { requested: STEPS / 4, drawn: STEPS / 20, outpaced: true });

	// The final state's ranking (first page: 25 regencies in code order) and area total.
	const search = await finalSearch(page);
	await expect(view).toHaveAttribute('data-rendered', kantorKey(search));
	await expect(view).toHaveAttribute('data-source', 'live');
	const p = new URLSearchParams(search);
	const [year, m] = (p.get('periode') ?? LATEST).split('-').map(Number) as [number, number];
	const where = p.get('cabang') ? `branch_office = $1` : p.get('kanwil') ? `kanwil = $1` : p.get('wilayah') ? `parent_code = $1` : `$1 = ''`;
	const scopeValue = p.get('cabang') ?? p.get('kanwil') ?? p.get('wilayah') ?? '';
	// No target before 2021 in the sample: no gap then.
	const expected = await sql<{ code: string; name: string; active: number; ucj: number; gap: number | null }>(
		`WITH r AS (SELECT code, name FROM read_parquet('${SAMPLE}/regions.parquet') WHERE level = 'regency' AND (${where})),
		      p AS (SELECT region_code, sum(active) FILTER (segment <> 'PMI') AS ucj_active, sum(active) AS all_active
		            FROM read_parquet('${SAMPLE}/participation.parquet') WHERE month = make_date($2, $3, 1) GROUP BY 1)
		 SELECT r.code, r.name, p.all_active::DOUBLE AS active, 100.0 * p.ucj_active / w.eligible AS ucj,
		        CASE WHEN t.target_pct IS NOT NULL THEN greatest(0, ceil(t.target_pct * w.eligible / 100.0 - p.ucj_active - 1e-6)) END::DOUBLE AS gap
		 FROM r JOIN p ON p.region_code = r.code
		 JOIN read_parquet('${SAMPLE}/workforce.parquet') w ON w.region_code = r.code AND w.year = $2
		 LEFT JOIN read_parquet('${SAMPLE}/ucj_targets.parquet') t ON t.province_code = left(r.code, 2) AND t.year = $2
		 ORDER BY r.code`,
		[scopeValue, year, m]
	);
	const final = `final state ${search}`;
	expect(expected.length, context(run, final)).toBeGreaterThan(0);
	const table = page.locator('[data-chart="ranking-table"] table').first();
	await expect(table.locator('tbody tr'), context(run, final)).toHaveCount(Math.min(25, expected.length));
	const header = await table.locator('thead th').allInnerTexts();
	const col = (label: RegExp) => header.findIndex((h) => label.test(h.replace(/\s+/g, ' ')));
	const [iName, iActive, iUcj, iGap] = [col(/^Kabupaten\/kota/), col(/^Peserta aktif$/), col(/^Cakupan/), col(/^Kekurangan/)];
	expect([iName, iActive, iUcj, iGap].every((i) => i >= 0), context(run, `columns in ${header.join(' | ')}`)).toBe(true);
	const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim())));
	expect(rows.map((r) => [r[iName], r[iActive], r[iUcj], r[iGap]]), context(run, final)).toEqual(
		expected.slice(0, 25).map((e) => [e.name, formatInteger(e.active), formatPercent(e.ucj), formatInteger(e.gap)])
	);
	const total = expected.reduce((s, e) => s + e.active, 0);
	await expect(page.locator('[data-metric="active"] .tile__value').first(), context(run, final)).toHaveText(formatCount(total));
	const selected = p.get('pilih');
	if (selected) {
		await expect(page.locator('[data-chart="ranking-table"] tr[aria-selected="true"]'), context(run, final)).toHaveCount(expected.slice(0, 25).some((e) => e.code === selected) ? 1 : 0);
		await expect(page.locator('#selected-title'), context(run, final)).toContainText((await sql<{ name: string }>(`SELECT name FROM read_parquet('${SAMPLE}/regions.parquet') WHERE code = $1`, [selected]))[0]!.name);
	}
	assertMemory(run);
});

// ---------------------------------------------------------------------------------------------
// Assessment panel

/** A candidate's row as the panel's oracle reads it. */
type CandidateRow = Candidate;

/** The candidates of the assessment year in the list's order (province, category, published result, name). */
async function listOrder(): Promise<CandidateRow[]> {
	const rows = await sql<CandidateRow>(`SELECT candidate_id, candidate, category, province_code, region_code, employer_id, result FROM read_parquet('${SAMPLE}/candidates.parquet') WHERE assessment_year = ${YEAR}`);
	const order = ['province_government', 'regency_government', 'village_government', 'business_large_medium', 'business_small_micro', 'business', 'public_service_body', 'special_award'];
	const rank = (c: string) => (order.includes(c) ? order.indexOf(c) : order.length);
	return rows
		.map((r) => ({ ...r, result: r.result === null ? null : Number(r.result) }))
		.sort((a, b) => a.province_code.localeCompare(b.province_code) || rank(a.category) - rank(b.category) || (a.result ?? 99) - (b.result ?? 99) || a.candidate.localeCompare(b.candidate, 'id'));
}

test('penilaian: random filters, candidate switches, weight changes and Back fired fast end on the final candidate’s scorecard', async ({ page }) => {
	test.setTimeout(90_000 + STEPS * 250);
	const all = await listOrder();
	const filtered = (province: string | null, category: string | null) => all.filter((c) => (!province || c.province_code === province) && (!category || c.category === category));
	// Every (candidate, list length) pair some filter of the province and category pickers gives:
	// the history entry of a change follows a frame later (several changes in one frame share one),
	// so the drawn key is checked against what the pickers could request, not against the URL log.
	const possible = new Set<string>();
	for (const province of [null, ...new Set(all.map((c) => c.province_code))]) {
		for (const category of [null, ...new Set(all.map((c) => c.category))]) {
			const list = filtered(province, category);
			if (!list.length) possible.add(`${YEAR}|null|id|0`);
			for (const c of list) possible.add(`${YEAR}|${c.candidate_id}|id|${list.length}`);
		}
	}
	/** The drawn key of a URL: `year|candidate|locale|listed`. */
	const keyOf = (search: string) => {
		const p = new URLSearchParams(search);
		const list = filtered(p.get('provinsi'), p.get('kategori'));
		const candidate = p.get('kandidat') ?? list[0]?.candidate_id ?? 'null';
		return `${YEAR}|${candidate}|id|${list.length}`;
	};

	await page.addInitScript(installRecorder);
	await page.goto('/penilaian/');
	await waitForReady(page, { timeout: 90_000 });
	const view = page.locator('[data-view="penilaian"]');
	await expect(view).toHaveAttribute('data-rendered', keyOf(''), { timeout: 90_000 });
	await expect(view).toHaveAttribute('data-source', 'live', { timeout: 90_000 });
	const settle = async () => {
		const search = await finalSearch(page);
		await expect(view, `${RUN}: drawn state of ${search}`).toHaveAttribute('data-rendered', keyOf(search), { timeout: 60_000 });
	};
	const run = await fireSequence(
		page,
		[
			'select:provinsi',
			'select:provinsi',
			'select:kategori',
			'click:[data-chart="candidates"] button[data-select]',
			'click:[data-chart="candidates"] button[data-select]',
			'click:[data-chart="candidates"] button[data-select]',
			'input:input[name^="bobot-"]',
			'input:input[name^="bobot-"]',
			'back'
		],
		settle,
		SEED + 2
	);
	for (const r of run.log.rendered) expect(possible.has(r.key), context(run, `drawn ${r.key} after step ${r.step}: no filter gives it`)).toBe(true);
	assertVaried(run, { requested: 5, drawn: STEPS / 20, weightings: STEPS / 20 });

	// The final state: the drawn key, the weights scored, and the scorecard against the oracle.
	const search = await finalSearch(page);
	const final = `final state ${search}`;
	await expect(view, context(run, final)).toHaveAttribute('data-rendered', keyOf(search));
	const p = new URLSearchParams(search);
	const list = filtered(p.get('provinsi'), p.get('kategori'));
	const chosen = p.get('kandidat') ? all.find((c) => c.candidate_id === p.get('kandidat'))! : list[0];
	if (!chosen) {
		await expect(page.locator('[data-table="scorecard"]'), context(run, final)).toHaveCount(0);
		assertMemory(run);
		return;
	}
	await expect(page.locator('#card-title'), context(run, final)).toContainText(chosen.candidate);
	const values = page.locator('[data-table="scorecard"] tbody tr [data-value]');
	if (chosen.category === 'business') {
		const v = (await oracle.business(chosen.employer_id!))!;
		await expect(values, context(run, final)).toHaveText(CRITERIA.business.map((c) => oracle.formatValue(c, v[c.id] ?? null, 'id')));
	} else if (chosen.category === 'village_government' && !chosen.region_code!.includes('|')) {
		const v = await oracle.village(chosen.region_code!);
		await expect(values, context(run, final)).toHaveText(CRITERIA.village.map((c) => oracle.formatValue(c, v[c.id] ?? null, 'id')));
	} else if (chosen.category === 'regency_government') {
		// The composite and rank under the URL's weights, over the candidate's group (year, province, category).
		const regencies = await oracle.governments(chosen.province_code);
		const v = regencies.get(chosen.region_code!)!.values;
		await expect(values, context(run, final)).toHaveText(CRITERIA.government.map((c) => oracle.formatValue(c, v[c.id] ?? null, 'id')));
		const weightList = p.get('bobot')?.split('_').map(Number) ?? CRITERIA.government.map(() => 10);
		await expect(view, context(run, final)).toHaveAttribute('data-scored', `${chosen.candidate_id}|${weightList.join('_')}|false|10`);
		const weights = Object.fromEntries(CRITERIA.government.map((c, i) => [c.id, weightList[i]!]));
		const group = all.filter((c) => c.province_code === chosen.province_code && c.category === chosen.category);
		const scored = oracle.composite(group.map((g) => ({ key: g.candidate_id, values: regencies.get(g.region_code!)!.values })), CRITERIA.government, weights);
		const own = scored.find((s) => s.key === chosen.candidate_id)!;
		if (weightList.some((w) => w > 0)) {
			await expect(page.locator('.summary [data-composite]'), context(run, final)).toHaveText(own.composite === null ? /.+/ : oracle.decimal(own.composite, 'id'));
			if (own.composite !== null) await expect(page.locator('.summary [data-rank]'), context(run, final)).toHaveText(translator('id')('penilaian.rankOf', { rank: String(own.rank), of: String(group.length) }));
		}
	} else {
		// An ambiguous village: never guessed, no scorecard of its own.
		await expect(page.locator('[data-alternatives]'), context(run, final)).toBeVisible();
	}
	assertMemory(run);
});
