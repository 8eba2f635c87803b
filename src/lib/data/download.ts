/**
 * Downloads with progress and integrity checks, for the database file and its manifest.
 * Plain `fetch`, so it runs in the browser and under Node's fetch alike.
 */
import { DataError } from './errors';

/** Progress of one download: bytes so far and the total (0 when unknown). */
export type OnProgress = (loaded: number, total: number) => void;

/** Options of one download. */
export interface FetchOptions {
	readonly signal?: AbortSignal;
	/** HTTP cache mode, e.g. `no-cache` to revalidate a file whose name does not change. */
	readonly cache?: RequestCache;
}

async function request(url: string, { signal, cache }: FetchOptions): Promise<Response> {
	let response: Response;
	try {
		response = await fetch(url, { signal, cache });
	} catch (cause) {
		if (signal?.aborted) throw cause;
		throw new DataError('network', `could not fetch ${url}: ${(cause as Error).message}`, { cause });
	}
	if (!response.ok) throw new DataError('network', `could not fetch ${url}: HTTP ${response.status}`);
	return response;
}

/** Fetch and parse a JSON file; a network failure or bad JSON is a DataError. */
export async function fetchJson(url: string, options: FetchOptions = {}): Promise<unknown> {
	const response = await request(url, options);
	try {
		return await response.json();
	} catch (cause) {
		throw new DataError('file', `${url} is not valid JSON`, { cause });
	}
}

/**
 * Fetch a file's bytes, reporting progress as they arrive. `expectedBytes` (from the manifest)
 * is the total when the server sends no Content-Length (or a compressed one), and the length
 * the body must have.
 */
export async function fetchBytes(
	url: string,
	{ expectedBytes, onProgress, ...options }: FetchOptions & { expectedBytes?: number; onProgress?: OnProgress } = {}
): Promise<Uint8Array> {
	const { signal } = options;
	const response = await request(url, options);
	const header = Number(response.headers.get('content-length'));
	// A compressed response's Content-Length counts compressed bytes; the manifest's size wins.
	const total = expectedBytes ?? (Number.isFinite(header) && header > 0 ? header : 0);
	onProgress?.(0, total);
	const chunks: Uint8Array[] = [];
	let loaded = 0;
	try {
		if (!response.body) {
			const whole = new Uint8Array(await response.arrayBuffer());
			chunks.push(whole);
			loaded = whole.length;
		} else {
			const reader = response.body.getReader();
			for (;;) {
				const { done, value } = await reader.read();
				if (done) break;
				chunks.push(value);
				loaded += value.length;
				onProgress?.(loaded, Math.max(total, loaded));
			}
		}
	} catch (cause) {
		if (signal?.aborted) throw cause;
		throw new DataError('network', `download of ${url} broke off after ${loaded} bytes`, { cause });
	}
	if (expectedBytes !== undefined && loaded !== expectedBytes) {
		// The body ended normally (a break off rejects above): the server sent another length than
		// the manifest's, a truncated or swapped file. Refused, naming the file, not a network glitch.
		const file = new URL(url, 'http://x/').pathname.split('/').pop() ?? url;
		throw new DataError('file', `${url}: got ${loaded} bytes, the manifest says ${expectedBytes}`, { refusal: { file, reason: 'size' } });
	}
	onProgress?.(loaded, Math.max(total, loaded));
	if (chunks.length === 1) return chunks[0]!;
	const bytes = new Uint8Array(loaded);
	let offset = 0;
	for (const chunk of chunks) {
		bytes.set(chunk, offset);
		offset += chunk.length;
	}
	return bytes;
}

/** Hex sha256 of bytes (Web Crypto: the browser and Node 20 both have it). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
	const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
	return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The bytes of `url` from the Cache API (the service worker's precache) when they are exactly the
 * file expected: `expectedBytes` long with the sha256 `sha256`; else null (nothing cached, another
 * version of the file, no Cache API or no Web Crypto to check it with). Never rejects: the caller
 * downloads instead.
 */
export async function cachedBytes(url: string, { expectedBytes, sha256 }: { expectedBytes: number; sha256: string }): Promise<Uint8Array | null> {
	if (!globalThis.caches || !globalThis.crypto?.subtle) return null;
	try {
		const response = await caches.match(url);
		if (!response?.ok) return null;
		const bytes = new Uint8Array(await response.arrayBuffer());
		if (bytes.length !== expectedBytes || (await sha256Hex(bytes)) !== sha256) return null;
		return bytes;
	} catch {
		return null;
	}
}
