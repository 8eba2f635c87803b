/**
 * Reading the app's state through the probe (bench/page/probe.js). Every time returned here is
 * on the page's clock (ms since navigation start); Playwright's polling only decides when to
 * look, never what the time was.
 */
import type { Page } from 'playwright-core';
import { APP } from './config';

/** One change of a contract attribute, as the probe logged it. */
export interface LogEntry {
	/** `attr:<name>`: one of the probe config's `extraAttrs` on the view's root. */
	readonly name: 'state' | 'rendered' | 'source' | `attr:${string}`;
	readonly value: string | null;
	readonly t: number;
	/** For `rendered`: the view's `data-source` at that moment. */
	readonly source?: string | null;
}

/** What `window.__cakupanBench.timeline()` returns. */
export interface Timeline {
	readonly marks: { name: string; t: number }[];
	readonly measures: { name: string; start: number; duration: number }[];
	readonly resources: { name: string; initiatorType: string; start: number; end: number; transferSize: number; encodedBodySize: number }[];
	readonly log: LogEntry[];
}

/** Result of one armed interaction. */
export type ChangeResult =
	| { ms: number; seenMs: number; key: string; timeout?: undefined }
	| { timeout: true; key: string | null; started: boolean };

/** Marks, measures, resource timings and the probe's log, from the page. */
export function readTimeline(page: Page): Promise<Timeline> {
	return page.evaluate('window.__cakupanBench.timeline()') as Promise<Timeline>;
}

/**
 * Wait in the page until a probe condition holds: `state` (one of the values), `mark` (a
 * performance mark exists), `live` (the overview shows live figures), `liveArea` (live
 * figures of the area given) or `attr` (the view's root has that attribute, not empty).
 * False on timeout.
 */
export async function waitUntil(page: Page, kind: 'state' | 'mark' | 'live' | 'liveArea' | 'attr', arg: unknown, timeout: number): Promise<boolean> {
	return (await page.evaluate(`window.__cakupanBench.until(${JSON.stringify(kind)}, ${JSON.stringify(arg ?? null)}, ${timeout})`, undefined)) as boolean;
}

/** Wait for the load to end (`ready` or `error`); returns the state reached, or null on timeout. */
export async function waitForLoadEnd(page: Page, timeout: number): Promise<string | null> {
	if (!(await waitUntil(page, 'state', [APP.readyState, APP.errorState], timeout))) return null;
	const log = (await page.evaluate('window.__cakupanBench.log.slice()')) as LogEntry[];
	return log.some((e) => e.name === 'state' && e.value === APP.readyState) ? APP.readyState : APP.errorState;
}

/** Wait for a performance mark; false on timeout. */
export function waitForMark(page: Page, mark: string, timeout: number): Promise<boolean> {
	return waitUntil(page, 'mark', mark, timeout);
}

/**
 * Wait until the overview shows live figures (`data-source=live`, a `data-rendered` key), of
 * `area` when given (the key's area field).
 */
export function waitForLiveRender(page: Page, timeout: number, area: string | null = null): Promise<boolean> {
	return area === null ? waitUntil(page, 'live', null, timeout) : waitUntil(page, 'liveArea', area, timeout);
}

/** First time the probe saw `name` take `value` (any value when omitted). */
export function firstSeen(log: readonly LogEntry[], name: LogEntry['name'], value?: string): LogEntry | null {
	return log.find((e) => e.name === name && e.value !== null && e.value !== '' && (value === undefined || e.value === value)) ?? null;
}

/** When a performance mark was set (ms from navigation start), or null. */
export function markTime(timeline: Timeline, name: string): number | null {
	return timeline.marks.find((m) => m.name === name)?.t ?? null;
}

/**
 * The current `data-rendered` key of the view the session's probe watches (or its attribute
 * `attr`, e.g. `/penilaian/`'s `data-scored`): its fields split on the separator (`/kantor/`'s
 * are read by index, KANTOR.key), and the overview's area and period.
 */
export async function currentKey(page: Page, attr: string | null = null): Promise<{ key: string; area: string; period: string; fields: string[] } | null> {
	const key = (await page.evaluate(`window.__cakupanBench.renderedKey(${JSON.stringify(attr)})`)) as string | null;
	if (!key) return null;
	const parts = key.split(APP.key.separator);
	return { key, area: parts[APP.key.area] ?? '', period: parts[APP.key.period] ?? '', fields: parts };
}

/** The fields of the overview's key a change must show: `{ [index]: value }` for the probe. */
export function overviewExpect(to: { area: string; period: string }): Record<number, string> {
	return { [APP.key.area]: to.area, [APP.key.period]: to.period };
}

/**
 * Arm the probe for one change, run `act` (the input), and wait for the redraw: the key
 * (`data-rendered`, or the view's attribute `attr`) differs from `previous` and shows every field
 * of `expect` (`{ [field index]: value }`; others are not compared).
 */
export async function timeChange(
	page: Page,
	{ events, expect, previous, timeout, attr = null }: { events: string[]; expect: Readonly<Record<number, string>>; previous: string; timeout: number; attr?: string | null },
	act: () => Promise<void>
): Promise<ChangeResult> {
	await page.evaluate(`window.__cakupanBench.arm(${JSON.stringify({ events, expect, previous, timeoutMs: timeout, attr })})`);
	await act();
	return (await page.evaluate('window.__cakupanBench.pending')) as ChangeResult;
}

/** Result of an interaction timed until an element appears (`timeUntilSelector`). */
export type SelectorResult =
	| { ms: number; seenMs: number; attrs: Record<string, string>; failed: boolean; timeout?: undefined; already?: undefined }
	| { timeout: true; started: boolean; already?: undefined }
	| { already: true; timeout?: undefined };

/**
 * Arm the probe, run `act` (the input), and wait until `selector` matches (or `failSelector`
 * does: `failed`): from the first of `events` to the animation frame after. `already` when the
 * selector matched before the input (nothing timed).
 */
export async function timeUntilSelector(
	page: Page,
	{ events, selector, failSelector = null, timeout }: { events: string[]; selector: string; failSelector?: string | null; timeout: number },
	act: () => Promise<void>
): Promise<SelectorResult> {
	const armed = (await page.evaluate(`window.__cakupanBench.armSelector(${JSON.stringify({ events, selector, failSelector, timeoutMs: timeout })})`)) as boolean;
	if (armed) await act();
	return (await page.evaluate('window.__cakupanBench.pending')) as SelectorResult;
}

/** Service worker status: registered, active, and the database file in its cache. */
export function serviceWorkerStatus(page: Page): Promise<{ registered: boolean; active: boolean; cached: boolean }> {
	return page.evaluate(`window.__cakupanBench.swCached('.duckdb')`) as Promise<{ registered: boolean; active: boolean; cached: boolean }>;
}

/** `YYYY-MM` plus `delta` months. */
export function addMonths(month: string, delta: number): string {
	const [y, m] = month.split('-').map(Number) as [number, number];
	const index = y * 12 + (m - 1) + delta;
	return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}
