/**
 * The last dataset that passed every check in this browser, kept so that a served dataset the app
 * refuses (checksum, size, not DuckDB, a table missing or miscounted) does not leave the user
 * with nothing.
 *
 * Design: after the served manifest and database pass every check, the page writes both into a
 * Cache Storage entry of their own, `cakupan-last-good`, under keys no request ever uses (so the
 * service worker's network-first fetches, which may cache whatever the server sends, can never
 * overwrite it; its `activate` keeps this cache across deployments). On a refusal the engine reads
 * it back and checks it again (size and sha256 against the kept manifest) before attaching it.
 * Simpler and sturdier than making the service worker hold back a new pair until the page has
 * verified it: the check lives in one place (the page), and the kept copy is independent of the
 * service worker's life (not yet installed on a first visit, replaced on a deployment).
 *
 * Costs one copy of the core database file in the site's storage (13 MB for the sample), written
 * only when a new dataset passes (its sha256 differs from the kept one's).
 */
import { sha256Hex } from './download';
import type { ServedManifest } from './database';

/** The Cache Storage entry of the last good dataset (the service worker leaves it alone). */
export const LAST_GOOD_CACHE = 'cakupan-last-good';

// Keys of their own, not the served URLs: nothing the app or the service worker fetches matches them.
const META_KEY = '/__cakupan-last-good/dataset.json';
const DATABASE_KEY = '/__cakupan-last-good/database.duckdb';

/** The kept manifest and when it was first loaded in this browser. */
interface Meta {
	readonly manifest: ServedManifest;
	/** ISO 8601 time the dataset was kept (the first load that passed). */
	readonly savedAt: string;
}

/** The last good dataset, read back and checked. */
export interface LastGood extends Meta {
	readonly bytes: Uint8Array;
}

/** The few Cache Storage calls used (the browser's `caches`; tests pass a map-backed twin). */
export type CacheStore = Pick<CacheStorage, 'open'>;

function storage(caches: CacheStore | undefined): CacheStore | null {
	return caches ?? (globalThis.caches as CacheStore | undefined) ?? null;
}

async function readMeta(cache: Cache): Promise<Meta | null> {
	const response = await cache.match(META_KEY);
	if (!response?.ok) return null;
	const meta = (await response.json()) as Meta;
	return meta?.manifest?.database?.sha256 && typeof meta.savedAt === 'string' ? meta : null;
}

/** The sha256 of the kept database file, or null (nothing kept, no Cache API). Never rejects. */
export async function lastGoodSha256(caches?: CacheStore): Promise<string | null> {
	const store = storage(caches);
	if (!store) return null;
	try {
		return (await readMeta(await store.open(LAST_GOOD_CACHE)))?.manifest.database.sha256 ?? null;
	} catch {
		return null;
	}
}

/**
 * Keep `manifest` and its database `file` (a Response, so the caller can make it before the
 * bytes move into the engine's worker) as the last good dataset. The database is written first
 * and the manifest last: a write cut short leaves the old manifest, whose sha256 the new bytes
 * fail, and nothing is used. Never rejects (storage full: nothing kept).
 */
export async function keepLastGood(manifest: ServedManifest, file: Response, { caches, now = () => new Date() }: { caches?: CacheStore; now?: () => Date } = {}): Promise<boolean> {
	const store = storage(caches);
	if (!store) return false;
	try {
		const cache = await store.open(LAST_GOOD_CACHE);
		await cache.put(DATABASE_KEY, file);
		const meta: Meta = { manifest, savedAt: now().toISOString() };
		await cache.put(META_KEY, new Response(JSON.stringify(meta), { headers: { 'content-type': 'application/json' } }));
		return true;
	} catch {
		return false;
	}
}

/**
 * The last good dataset, when one is kept and its bytes are still the kept manifest's (size and
 * sha256 checked again: the storage may have been damaged too); else null. Never rejects.
 */
export async function readLastGood(caches?: CacheStore): Promise<LastGood | null> {
	const store = storage(caches);
	if (!store || !globalThis.crypto?.subtle) return null;
	try {
		const cache = await store.open(LAST_GOOD_CACHE);
		const meta = await readMeta(cache);
		if (!meta) return null;
		const response = await cache.match(DATABASE_KEY);
		if (!response?.ok) return null;
		const bytes = new Uint8Array(await response.arrayBuffer());
		const { bytes: size, sha256 } = meta.manifest.database;
		if (bytes.length !== size || (await sha256Hex(bytes)) !== sha256) return null;
		return { ...meta, bytes };
	} catch {
		return null;
	}
}
