/**
 * Hostile URLs end to end (issue 12): every view of the registry opened with seeded hostile query
 * strings from the same generator as the unit fuzz (`tests/helpers/hostile-params.ts`: SQL
 * fragments, 5,000+ character values, unicode, raw percent-encoding, missing, repeated and
 * unknown keys). For each URL the page must
 *   - stay ready, its view root showing text (never blank), its heading written;
 *   - show no raw engine or SQL error and no stack trace anywhere in the app;
 *   - show exactly the parameter notices the view's parameter set gives for that query, every
 *     notice in the page's language (Indonesian; English when `bahasa=en` is the first `bahasa`);
 *   - have drawn the state the URL asks for (the overview's whole key, the other views' parts
 *     taken straight from the URL), which proves the app re-read the URL;
 *   - throw nothing uncaught (the guard in helpers.ts).
 * A full load starts a 33 MB wasm engine, so one page session walks several URLs by client-side
 * navigation (an injected same-origin link SvelteKit intercepts; a marker on `window` proves the
 * document, hence the engine, stayed). Each session ends on clean overview states whose tiles must
 * equal an independent query over the Parquet: whatever the links held, no table was altered.
 *
 * HOSTILE_SEED (default fixed) and HOSTILE_URLS (default 60; `npm run test:stress` runs 600) set
 * the cases; every failure message carries the seed and the exact URL.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Page } from '@playwright/test';
import { id as idMessages, en as enMessages, t, type MessageKey } from '../../src/lib/i18n';
import type { ParamSet, ParamSpecs } from '../../src/lib/state/spec';
import { VIEWS } from '../../src/lib/views/registry';
import { hostileQuery, seededRandom } from '../helpers/hostile-params';
import { expect, followLink, test, waitForReady } from './helpers';
import { expectTiles, independent, overviewOracle, type Independent } from './overview-oracle';

const SEED = Number(process.env.HOSTILE_SEED ?? 20261202);
const TOTAL = Number(process.env.HOSTILE_URLS ?? 60);
/** URLs one page (one engine) walks through before its clean check. */
const PER_SESSION = 16;
/** A full load's URL must fit the server's request-header limit (Node: 16 KB); client navigation has none. */
const MAX_OPENING_URL = 8_000;

if (!Number.isInteger(TOTAL) || TOTAL < VIEWS.length) throw new Error(`HOSTILE_URLS must be an integer ≥ ${VIEWS.length}, got ${process.env.HOSTILE_URLS}`);

/** Raw engine and SQL errors, and stack traces: none may ever reach the screen. */
const ENGINE_ERROR = /Parser Error|Binder Error|Catalog Error|Conversion Error|Invalid Input Error|Constraint Error|Out of Range Error|syntax error|DuckDB|duckdb|TypeError|ReferenceError|RangeError|Uncaught|\.js:\d+:\d+|\bundefined\b|\bNaN\b|\[object Object\]/;

/** The share of the URLs each view gets: the views with many parameters more. */
const SHARE: Record<(typeof VIEWS)[number]['id'], number> = { overview: 0.25, kantor: 0.25, penilaian: 0.25, data: 0.125, methods: 0.125 };

/** The views whose pages say which parameter they ignored, and the message they say it with. */
const PARAM_NOTICE: Partial<Record<string, MessageKey>> = {
	overview: 'overview.problem.param',
	kantor: 'kantor.problem.param',
	penilaian: 'penilaian.problem.param'
};
const HEADING: Partial<Record<string, MessageKey>> = { data: 'data.title', methods: 'methods.title' };

/** A message as a full-match pattern, its `{placeholders}` matching anything. */
function messagePattern(message: string): RegExp {
	const parts = message.split(/\{\w+\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
	return new RegExp(`^${parts.join('[\\s\\S]*')}$`);
}
/** The sentences of a language a notice can be: a short message ("{total} baris") would match anything. */
const sentences = (messages: Readonly<Record<string, string>>) =>
	Object.values(messages)
		.filter((m) => m.replace(/\{\w+\}/g, '').replace(/[\s\p{P}]/gu, '').length >= 15)
		.map(messagePattern);
const PATTERNS = { id: sentences(idMessages), en: sentences(enMessages) };

/** How many URLs each view gets: TOTAL split by SHARE, the remainder to the first views, at least one each. */
function counts(): Map<string, number> {
	const base = VIEWS.map((v) => Math.max(1, Math.floor(TOTAL * SHARE[v.id])));
	let left = TOTAL - base.reduce((a, b) => a + b, 0);
	for (let i = 0; left > 0; i = (i + 1) % base.length, left--) base[i]!++;
	return new Map(VIEWS.map((v, i) => [v.id, base[i]!]));
}

/** A view's query strings: two fixed ones (every parameter an SQL fragment; English winning a repeated key), then seeded random ones. */
function queriesFor(view: (typeof VIEWS)[number], n: number): string[] {
	const names = Object.values(view.params.specs).map((s) => s.name);
	const everySql = new URLSearchParams(names.map((name) => [name, "'; DROP TABLE participation; --"])).toString();
	// A notice in English: a parameter other than the language wrong (an unknown key where there is none).
	const other = names.find((n) => n !== 'bahasa') ?? 'x';
	const english = new URLSearchParams([['bahasa', 'en'], ['bahasa', 'id'], [other, '1 OR 1=1'], ['bahasa', '")--']]).toString();
	let salt = 0;
	for (const c of view.id) salt = (salt * 31 + c.charCodeAt(0)) | 0;
	const rnd = seededRandom(SEED ^ salt);
	const out = [everySql, english];
	while (out.length < n) out.push(hostileQuery(rnd, names));
	return out.slice(0, n);
}

const href = (path: string, query: string) => (query ? `${path}?${query}` : path);

/** The cases, in sessions of PER_SESSION; a session opens with a URL short enough for a full load. */
const SESSIONS = VIEWS.flatMap((view) => {
	const queries = queriesFor(view, counts().get(view.id)!);
	const sessions: { view: (typeof VIEWS)[number]; index: number; queries: string[] }[] = [];
	// Balanced sessions of at most PER_SESSION (17 URLs: 9 and 8, not 16 and a lone one).
	const size = Math.ceil(queries.length / Math.ceil(queries.length / PER_SESSION));
	for (let i = 0; i < queries.length; i += size) {
		const chunk = queries.slice(i, i + size);
		const first = chunk.findIndex((q) => href(view.path, q).length <= MAX_OPENING_URL);
		if (first > 0) chunk.unshift(...chunk.splice(first, 1));
		else if (first < 0) chunk.unshift(''); // all too long for a request line: open the clean view, walk them client-side
		sessions.push({ view, index: i / size, queries: chunk });
	}
	return sessions;
});

/** Months and area codes in the data, from the Parquet: the overview's fallbacks, worked out without the app. */
interface DataFacts {
	months: string[];
	areas: Set<string>;
	tiles: { national: Independent; kaltim: Independent };
}
let facts: DataFacts;
let conn: DuckDBConnection;

test.beforeAll(async () => {
	conn = await overviewOracle();
	const months = (await conn.runAndReadAll(`SELECT DISTINCT strftime(month, '%Y-%m') AS m FROM participation ORDER BY m`)).getRowObjectsJS().map((r) => String(r.m));
	const codes = (await conn.runAndReadAll(`SELECT code FROM regions`)).getRowObjectsJS().map((r) => String(r.code));
	facts = { months, areas: new Set(['ID', ...codes]), tiles: { national: await independent(conn, ''), kaltim: await independent(conn, '64') } };
	expect(months.length).toBeGreaterThan(12);
	expect(facts.areas.has('64') && facts.areas.has('6401')).toBe(true);
});

/** The overview's key (`area|month|denominator|locale`) for a state: unknown areas fall back to Indonesia, absent months to the latest. */
function overviewKey(state: Record<string, unknown>): string {
	const area = facts.areas.has(String(state.area)) ? String(state.area) : 'ID';
	const month = typeof state.period === 'string' && facts.months.includes(state.period) ? state.period : facts.months.at(-1)!;
	return [area, month, state.denominator, state.locale].join('|');
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What a view must have drawn for a state: its `data-rendered` as far as the URL alone decides it. */
function renderedPattern(viewId: string, state: Record<string, unknown>): RegExp | null {
	const locale = String(state.locale);
	if (viewId === 'overview') return new RegExp(`^${escape(overviewKey(state))}$`);
	// scope|month|denominator|locale|selected|metric: the scope and selection depend on the data.
	if (viewId === 'kantor') return new RegExp(`\\|${escape(String(state.denominator))}\\|${locale}\\|[^|]*\\|${escape(String(state.metric))}$`);
	// year|candidate|locale|listed
	if (viewId === 'penilaian') return new RegExp(`^[^|]*\\|[^|]*\\|${locale}\\|\\d+$`);
	return null;
}

/** Every check of one hostile URL on the page now showing it. */
async function expectSafe(page: Page, view: (typeof VIEWS)[number], query: string, where: string) {
	const params: ParamSet<ParamSpecs> = view.params;
	const { state, problems } = params.read(query);
	const locale = state.locale as 'id' | 'en';
	const root = page.locator(`[data-view="${view.id}"]`);

	await expect(page.locator('html'), `${where}: page language`).toHaveAttribute('lang', locale);
	const pattern = renderedPattern(view.id, state);
	if (pattern) await expect(root, `${where}: the state drawn`).toHaveAttribute('data-rendered', pattern);
	const heading = HEADING[view.id];
	if (heading) await expect(page.getByRole('heading', { level: 1 }), `${where}: heading`).toHaveText(t(heading, undefined, locale));
	else await expect(page.getByRole('heading', { level: 1 }), `${where}: heading`).not.toBeEmpty();

	const noticeKey = PARAM_NOTICE[view.id];
	if (noticeKey) {
		// Exactly one notice per unusable parameter, with its value as the URL gave it (cut to the limit).
		const expected = problems.map((p) => t(noticeKey, { param: p.param, value: p.value }, locale));
		const own = messagePattern(t(noticeKey, undefined, locale));
		await expect
			.poll(async () => (await root.locator('.notice').allTextContents()).filter((n) => own.test(n)), { message: `${where}: parameter notices` })
			.toEqual(expected);
	}

	await expect(page.locator('#app'), `${where}: still ready`).toHaveAttribute('data-state', 'ready');
	await expect(root, `${where}: view shown`).toBeVisible();
	const text = (await root.innerText()).trim();
	expect(text.length, `${where}: the view is not blank`).toBeGreaterThan(40);
	// The link's own values may be echoed in a notice (and hold `undefined` or `NaN`): only the rest is the app's.
	// Visible text only, whitespace collapsed as the browser lays it out (the values too, to find them).
	const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
	const echoed = [...new URLSearchParams(query).values()].flatMap((v) => [v, v.slice(0, 64), v.slice(0, 246)].map(squash)).filter(Boolean);
	const own = echoed.sort((a, b) => b.length - a.length).reduce((s, v) => s.split(v).join(' '), squash(await page.locator('#app').innerText()));
	expect(own, `${where}: no raw engine error on screen`).not.toMatch(ENGINE_ERROR);
	for (const notice of await page.locator('#app .notice').allTextContents()) {
		expect(PATTERNS[locale].some((p) => p.test(notice)), `${where}: notice "${notice.slice(0, 200)}" is a ${locale} message`).toBe(true);
	}
}

/** Client-side navigation to `url` (the engine stays), its parameters in the address, and no reload. */
async function navigate(page: Page, url: string) {
	const wanted = [...new URL(url, 'http://x').searchParams];
	// followLink waits for the address to change: a link to where the page already is changes nothing.
	if (new URL(url, page.url()).href !== page.url()) await followLink(page, url);
	await expect.poll(async () => [...new URL(page.url()).searchParams], { message: `navigated to ${url.slice(0, 300)}` }).toEqual(wanted);
	expect(await page.evaluate(() => (window as { __hostileSession?: number }).__hostileSession), 'a client-side navigation, not a reload').toBe(SEED);
}

/** Shortened for messages: a 5,000-character URL would bury the rest. */
function described(url: string): string {
	return url.length > 600 ? `${url.slice(0, 600)}… (${url.length} characters)` : url;
}

// Sessions are independent pages: both workers take them.
test.describe.configure({ mode: 'parallel' });

for (const session of SESSIONS) {
	const { view, index, queries } = session;
	test(`${view.id} (${view.path}): ${queries.length} hostile URLs in one engine session, then clean figures (seed ${SEED}, session ${index})`, async ({ page }) => {
		test.setTimeout(30_000 + queries.length * 10_000);
		const urls = queries.map((q) => href(view.path, q));
		// Messages shorten URLs past 600 characters; the report keeps every URL of the session whole.
		await test.info().attach(`hostile-urls-seed-${SEED}-${view.id}-${index}.txt`, { body: urls.join('\n'), contentType: 'text/plain' });
		// The guard fails the test on an uncaught error only at its end; this names the URL that caused it.
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		await page.goto(urls[0]!);
		await waitForReady(page, { timeout: 60_000 });
		await page.evaluate((seed) => ((window as { __hostileSession?: number }).__hostileSession = seed), SEED);
		for (const [i, url] of urls.entries()) {
			const where = `HOSTILE_SEED=${SEED} ${view.id} session ${index} URL ${i}: ${described(url)}`;
			if (i > 0) await navigate(page, url);
			await expectSafe(page, view, queries[i]!, where);
			expect(errors, `${where}: uncaught page errors`).toEqual([]);
		}
		// No table altered: this engine's clean figures equal the independent query, Indonesia and a province.
		await navigate(page, '/?periode=2024-12');
		const overview = page.locator('[data-view="overview"]');
		await expect(overview).toHaveAttribute('data-rendered', 'ID|2024-12|layak|id');
		await expect(overview).toHaveAttribute('data-source', 'live');
		await expectTiles(page, facts.tiles.national);
		await navigate(page, '/?wilayah=64&periode=2024-12');
		await expect(overview).toHaveAttribute('data-rendered', '64|2024-12|layak|id');
		await expect(overview).toHaveAttribute('data-source', 'live');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ikhtisar Kalimantan Timur');
		await expectTiles(page, facts.tiles.kaltim);
	});
}

test(`the cases: ${TOTAL} URLs over every view of the registry, each view's parameters all used (seed ${SEED})`, () => {
	const all = SESSIONS.flatMap((s) => s.queries.map((q) => [s.view.id, q] as const));
	expect(new Set(SESSIONS.map((s) => s.view.id))).toEqual(new Set(VIEWS.map((v) => v.id)));
	expect(all.length).toBeGreaterThanOrEqual(TOTAL);
	// The kinds the suite claims to cover are really among the URLs it opens.
	const values = all.flatMap(([, q]) => [...new URLSearchParams(q).values()]);
	expect(values.some((v) => v.length >= 5_000), 'a 5,000+ character value').toBe(true);
	expect(values.some((v) => /DROP TABLE|OR 1=1/.test(v)), 'an SQL fragment').toBe(true);
	expect(all.some(([, q]) => new URLSearchParams(q).get('bahasa') === 'en'), 'a URL in English').toBe(true);
	for (const view of VIEWS) {
		const used = new Set(all.filter(([id]) => id === view.id).flatMap(([, q]) => [...new URLSearchParams(q).keys()]));
		for (const spec of Object.values(view.params.specs)) expect(used.has(spec.name), `${view.id}: ${spec.name} fuzzed`).toBe(true);
	}
});
