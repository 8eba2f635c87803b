/**
 * Cold loads, each on a fresh profile: navigation start to first figures and to DuckDB ready,
 * the bytes the server sent, the JS on the critical path, the renderer's peak memory; then,
 * once the service worker has cached the database, a reload: the repeat visit. The same run
 * loads the baseline page (bench/baseline/) or a deep link (`?wilayah=`) when asked.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { APP, KANTOR, OVERVIEW_PROBE, TIMEOUTS, pagePath, type ProbeConfig, type Target } from '../config';
import { firstSeen, markTime, readTimeline, serviceWorkerStatus, waitForLiveRender, waitForLoadEnd, waitForMark, type Timeline } from '../app-page';
import { openSession, peakRendererBytes } from '../browser';
import { bytesByKind, gzipSize, type ResourceKind, type ServedRequest, type StaticServer } from '../server';
import type { Site } from '../site';

/** JS fetched by DuckDB's worker or for it: not on the first view's critical path. */
const NOT_CRITICAL = /worker|\.wasm$/i;

/** What one cold run saw. Times are ms from navigation start; null when not reached. */
export interface ColdRun {
	/** The page loaded and the area deep-linked (null: the page's default view). */
	readonly target: Target;
	readonly area: string | null;
	/** The URL path and query loaded. */
	readonly path: string;
	readonly firstFigures: number | null;
	/** When `data-rendered` first named the deep-linked area (any area without a deep link). */
	readonly areaRendered: number | null;
	/** When `data-rendered` first named it with `data-source=live` (null: not within the wait). */
	readonly liveRendered: number | null;
	/** `data-source` when figures first showed (`snapshot` or `live`). */
	readonly firstSource: string | null;
	/** When each of the probe's `extraAttrs` was first set, not empty (ms; null: never). */
	readonly attrsSeen: Record<string, number | null>;
	readonly ready: number | null;
	readonly error: string | null;
	readonly bytesToReady: Record<ResourceKind | 'total', number>;
	readonly criticalJs: { gzipBytes: number; files: string[]; gzipByFile: Record<string, number>; how: 'loaded before first figures' | 'static imports of index.html' };
	readonly memoryBytes: number | null;
	readonly firstVisitBytes: number | null;
	/** Paths the server sent twice during the first visit (page and service worker) and their bytes. */
	readonly duplicates: { paths: string[]; bytes: number };
	readonly repeat: { ready: number | null; firstFigures: number | null; bytes: number } | null;
	readonly repeatNote: string | null;
	readonly offOrigin: string[];
	readonly marks: Record<string, number>;
	readonly requests: ServedRequest[];
	/**
	 * Requests for `/kantor/`'s map file during the first visit: by anyone (the server's log,
	 * service worker precache included) and by the page itself (its Resource Timing).
	 */
	readonly mapRequests: { served: number; page: number };
}

/** Whether a URL or path is the map file only `/kantor/` may fetch. */
const isMapFile = (url: string) => new URL(url, 'http://x/').pathname === `/${KANTOR.mapFile}`;

/** The module scripts and modulepreloads index.html names: the entry and its static imports. */
function staticEntryScripts(htmlDir: string): string[] {
	const html = readFileSync(join(htmlDir, 'index.html'), 'utf8');
	const found = new Set<string>();
	const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
	for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) if (attr(tag, 'rel') === 'modulepreload' && attr(tag, 'href')) found.add(attr(tag, 'href')!);
	for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) if (attr(tag, 'type') === 'module' && attr(tag, 'src')) found.add(attr(tag, 'src')!);
	for (const m of html.matchAll(/import\(\s*"([^"]+\.js)"\s*\)/g)) found.add(m[1]!);
	return [...found].map((href) => new URL(href, 'http://x/').pathname);
}

async function criticalJs(site: Site, path: string, timeline: Timeline, firstFigures: number | null): Promise<ColdRun['criticalJs']> {
	let paths: string[];
	let how: ColdRun['criticalJs']['how'];
	if (firstFigures !== null) {
		how = 'loaded before first figures';
		paths = timeline.resources
			.filter((r) => r.end <= firstFigures)
			.map((r) => new URL(r.name).pathname)
			.filter((p) => /\.m?js$/.test(p) && !NOT_CRITICAL.test(p));
	} else {
		how = 'static imports of index.html';
		paths = staticEntryScripts(join(site.buildDir, new URL(path, 'http://x/').pathname)).filter((p) => !NOT_CRITICAL.test(p));
	}
	const unique = [...new Set(paths)];
	let gzipBytes = 0;
	const gzipByFile: Record<string, number> = {};
	for (const file of unique) {
		const size = await gzipSize(join(site.buildDir, decodeURIComponent(file)));
		gzipByFile[file] = size;
		gzipBytes += size;
	}
	return { gzipBytes, files: unique, gzipByFile, how };
}

function duplicatesOf(log: readonly ServedRequest[]): ColdRun['duplicates'] {
	const seen = new Map<string, number>();
	let bytes = 0;
	const paths: string[] = [];
	for (const r of log) {
		if (r.status !== 200 || r.bytes === 0) continue;
		const n = (seen.get(r.url) ?? 0) + 1;
		seen.set(r.url, n);
		if (n === 2) paths.push(r.url);
		if (n >= 2) bytes += r.bytes;
	}
	return { paths, bytes };
}

/**
 * The first time the view showed a key `matches` accepts with `data-source` = `live`: the key
 * and the source are logged apart (a view may keep its key when only the source changes).
 */
function firstLive(log: Timeline['log'], matches: (key: string) => boolean, live: string): number | null {
	let key: string | null = null;
	let source: string | null = null;
	for (const e of log) {
		if (e.name === 'rendered') key = e.value;
		else if (e.name === 'source') source = e.value;
		else continue;
		if (key && source === live && matches(key)) return e.t;
	}
	return null;
}

/**
 * One cold load (and its repeat visit) on a fresh profile, of the app (`target: 'app'`) or
 * the baseline page, at its default view or deep-linked to `area`; or of any `path` of the app
 * (`/kantor/?wilayah=64`) with the probe watching that view (`probe`), waiting for live figures
 * whose key's area field is `liveArea` (`province:64`) when given.
 */
export async function coldRun(
	site: Site,
	server: StaticServer,
	{
		repeat,
		target = 'app',
		area = null,
		path = pagePath(target, area),
		probe = OVERVIEW_PROBE,
		liveArea = area
	}: { repeat: boolean; target?: Target; area?: string | null; path?: string; probe?: ProbeConfig; liveArea?: string | null }
): Promise<ColdRun> {
	const session = await openSession(server, probe);
	try {
		const { page } = session;
		server.reset();
		await page.goto(server.origin + path, { waitUntil: 'commit' });
		const end = await waitForLoadEnd(page, TIMEOUTS.ready);
		const bytesToReady = bytesByKind(server.log);
		await waitForMark(page, APP.marks.firstFigures, end === APP.readyState ? TIMEOUTS.figures : 1);
		// A deep link: also wait for the area's live figures, so the log holds when they came.
		if (liveArea !== null && end === APP.readyState) await waitForLiveRender(page, TIMEOUTS.figures, liveArea);
		const timeline = await readTimeline(page);
		const firstFigures = markTime(timeline, APP.marks.firstFigures);
		const namesArea = (e: Timeline['log'][number]) => e.name === 'rendered' && Boolean(e.value) && (liveArea === null || e.value!.split(probe.key.separator)[probe.key.area] === liveArea);
		const areaRendered = timeline.log.find(namesArea)?.t ?? null;
		const liveRendered = firstLive(timeline.log, (key) => namesArea({ name: 'rendered', value: key, t: 0 }), probe.liveSource);
		const readyEntry = firstSeen(timeline.log, 'state', APP.readyState);
		const sourceAtFigures = firstSeen(timeline.log, 'rendered')?.source ?? null;
		const attrsSeen = Object.fromEntries((probe.extraAttrs ?? []).map((attr) => [attr, firstSeen(timeline.log, `attr:${attr}`)?.t ?? null]));
		const error = end === null ? `no ready or error state within ${TIMEOUTS.ready} ms` : end === APP.errorState ? await appErrorText(page) : null;

		let repeatNote: string | null = null;
		let firstVisitBytes: number | null = null;
		let sw = { registered: false, active: false, cached: false };
		if (repeat && end === APP.readyState) {
			const deadline = Date.now() + TIMEOUTS.serviceWorker;
			const noSwBy = Date.now() + 5_000;
			for (;;) {
				sw = await serviceWorkerStatus(page);
				if (sw.active && sw.cached) break;
				if (!sw.registered && Date.now() > noSwBy) break;
				if (Date.now() > deadline) break;
				await page.waitForTimeout(250);
			}
			if (!sw.registered) repeatNote = 'no service worker registered within 5 s of ready';
			else if (!sw.active || !sw.cached) repeatNote = `service worker ${sw.active ? 'active' : 'not active'}, database ${sw.cached ? '' : 'not '}cached after ${TIMEOUTS.serviceWorker} ms`;
			firstVisitBytes = bytesByKind(server.log).total;
		}
		const memoryBytes = peakRendererBytes(session);
		const requests = [...server.log];
		// Read again at the end of the first visit: a prefetch after first figures counts too.
		const pageResources = end === APP.readyState ? (await readTimeline(page)).resources : timeline.resources;
		const mapRequests = { served: requests.filter((r) => isMapFile(r.url)).length, page: pageResources.filter((r) => isMapFile(r.name)).length };
		const duplicates = duplicatesOf(requests);

		let repeatRun: ColdRun['repeat'] = null;
		if (repeat && end === APP.readyState && sw.active && sw.cached) {
			server.reset();
			await page.reload({ waitUntil: 'commit' });
			const repeatEnd = await waitForLoadEnd(page, TIMEOUTS.ready);
			await waitForMark(page, APP.marks.firstFigures, repeatEnd === APP.readyState ? 2_000 : 1);
			const t = await readTimeline(page);
			repeatRun = {
				ready: firstSeen(t.log, 'state', APP.readyState)?.t ?? null,
				firstFigures: markTime(t, APP.marks.firstFigures),
				bytes: bytesByKind(server.log).total
			};
			if (repeatEnd !== APP.readyState) repeatNote = `repeat visit ended in ${repeatEnd ?? 'timeout'}`;
		}

		return {
			target,
			area,
			path,
			firstFigures,
			areaRendered,
			liveRendered,
			firstSource: sourceAtFigures,
			attrsSeen,
			ready: readyEntry?.t ?? null,
			error,
			bytesToReady,
			criticalJs: await criticalJs(site, path, timeline, firstFigures),
			memoryBytes,
			firstVisitBytes,
			duplicates,
			repeat: repeatRun,
			repeatNote,
			offOrigin: [...session.offOrigin],
			marks: Object.fromEntries(timeline.marks.filter((m) => m.name.startsWith('cakupan:')).map((m) => [m.name, m.t])),
			requests,
			mapRequests
		};
	} finally {
		await session.close();
	}
}

async function appErrorText(page: import('playwright-core').Page): Promise<string> {
	const text = await page.locator(APP.root).innerText().catch(() => '');
	return `data-state=error: ${text.replace(/\s+/g, ' ').trim().slice(0, 200)}`;
}
