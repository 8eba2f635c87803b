/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline after one visit. On install, one cache per deployment (`cakupan-<version>`) gets the
 * app shell and its content-hashed assets (DuckDB's wasm and worker among them), the
 * prerendered pages and the built data (`/data/dataset.json`, `/data/<name>.duckdb`). The
 * provinces' village detail files (`/data/<name>-villages-<pp>.duckdb`) are not precached: a
 * user may never drill down; like the rest of the data they are cached when fetched, so a
 * province's villages opened once work offline. The regional-office map
 * (`/data/map-regencies.json`, 0.65 MB, less than 0.2 MB compressed) is precached: without it
 * /kantor/ would open offline with no map for a user who had only seen the overview.
 *
 *   /_app/immutable/*  cache-first: names carry a content hash, so a cached copy is never stale
 *   everything else    network-first, cached copy when the network fails: pages and the data,
 *                      so a new dataset shows when online and the last one still works offline
 *
 * Only same-origin GETs are handled; anything else goes to the network untouched and is never
 * cached. A new deployment copies unchanged hashed assets from the old cache instead of
 * downloading them again (the 33 MB wasm rarely changes), then drops the old caches, but never
 * `cakupan-last-good`: the page keeps there the last dataset that passed its checks, under keys
 * no request uses, so a refused dataset this worker cached on its way never replaces it.
 */
import { base, build, files, prerendered, version } from '$service-worker';
import { DETAIL_FILE } from '$lib/data/database';
import { SNAPSHOT_PART_FILE } from '$lib/data/snapshot-files';
import { LAST_GOOD_CACHE } from '$lib/data/last-good';

const sw = self as unknown as ServiceWorkerGlobalScope;

const CACHE = `cakupan-${version}`;
const IMMUTABLE = `${base}/_app/immutable/`;

// DuckDB-WASM's fallback bundle for browsers without wasm exceptions: cached when first used,
// not precached (39 MB that current browsers never fetch).
const ON_DEMAND = /duckdb-(browser-)?mvp/;
// Dotfiles in static/ (a build's temp files) are not part of the site.
const isHidden = (path: string) => path.split('/').some((part) => part.startsWith('.'));

const PRECACHE = [
	...build.filter((path) => !ON_DEMAND.test(path)),
	// Province snapshots serve only a first visit's deep link; offline, the cached engine answers.
	...files.filter((path) => !isHidden(path) && !DETAIL_FILE.test(path) && !SNAPSHOT_PART_FILE.test(path)),
	...prerendered
];

/** A hashed asset from an earlier deployment's cache, else the network. */
async function addToCache(cache: Cache, path: string): Promise<void> {
	if (path.startsWith(IMMUTABLE)) {
		const old = await caches.match(path);
		if (old) return cache.put(path, old);
	}
	const response = await fetch(path);
	if (!response.ok) throw new Error(`precache ${path}: HTTP ${response.status}`);
	await cache.put(path, response);
}

sw.addEventListener('install', (event) => {
	event.waitUntil(
		caches.open(CACHE).then((cache) => Promise.all(PRECACHE.map((path) => addToCache(cache, path))))
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			// The page's copy of the last dataset that passed its checks (`last-good.ts`) outlives
			// deployments: it is what stands in when a new served dataset is refused.
			.then((keys) => Promise.all(keys.filter((key) => key !== CACHE && key !== LAST_GOOD_CACHE).map((key) => caches.delete(key))))
			// Take over the page of the first visit too: a village detail file fetched later in that
			// visit then passes through here and is cached, so that view works offline afterwards.
			// https://developer.mozilla.org/docs/Web/API/Clients/claim
			.then(() => sw.clients.claim())
	);
});

function cacheable(response: Response): boolean {
	return response.ok && response.status !== 206 && response.type === 'basic';
}

/** Whether two responses are the same file (so a 30 MB body is not written again). */
function sameFile(a: Response, b: Response): boolean {
	const etag = a.headers.get('etag');
	if (etag) return etag === b.headers.get('etag');
	const modified = a.headers.get('last-modified');
	return modified !== null && modified === b.headers.get('last-modified') && a.headers.get('content-length') === b.headers.get('content-length');
}

async function cacheFirst(request: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	const cached = await cache.match(request);
	if (cached) return cached;
	const response = await fetch(request);
	if (cacheable(response)) await cache.put(request, response.clone());
	return response;
}

async function networkFirst(event: FetchEvent): Promise<Response> {
	const { request } = event;
	const cache = await caches.open(CACHE);
	// Filters live in the query string; offline, any query of a page gets the page.
	const previous = cache.match(request, { ignoreSearch: request.mode === 'navigate' });
	try {
		const response = await fetch(request);
		const old = await previous;
		if (cacheable(response) && !(old && sameFile(old, response))) {
			event.waitUntil(cache.put(request, response.clone()).catch(() => {}));
		}
		return response;
	} catch (error) {
		const cached = await previous;
		if (cached) return cached;
		// Offline at /metodologi: the prerendered page is cached as /metodologi/.
		const url = new URL(request.url);
		if (request.mode === 'navigate' && !url.pathname.endsWith('/')) {
			const page = await cache.match(`${url.pathname}/`);
			if (page) return page;
		}
		throw error;
	}
}

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET' || request.headers.has('range')) return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	event.respondWith(url.pathname.startsWith(IMMUTABLE) ? cacheFirst(request) : networkFirst(event));
});
