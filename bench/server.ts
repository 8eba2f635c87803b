/**
 * A small static host for the built site, behaving like a production one: correct MIME types,
 * the `.br`/`.gz` files the build precompressed served when the client accepts them,
 * `Cache-Control` split between hashed (immutable) and unhashed (revalidate) files, ETag/304,
 * byte ranges and HEAD. Every response is logged with the body bytes actually written, so the
 * bench counts what crossed the wire rather than what sits on disk.
 *
 * It doubles as the browser's proxy (`--proxy-server`): the browser sends every request for
 * another origin here, where it is logged in `offOrigin` and refused. Loopback is never
 * proxied, so the site's own requests come straight in.
 */
import { createReadStream, existsSync, readFileSync, statSync, type Stats } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** What a response carried, by what it is. */
export type ResourceKind = 'html' | 'js' | 'css' | 'wasm' | 'data' | 'other';

/** One response the server sent. */
export interface ServedRequest {
	readonly method: string;
	/** Path and query as requested, e.g. `/_app/immutable/entry/start.abc.js`. */
	readonly url: string;
	readonly status: number;
	readonly kind: ResourceKind;
	readonly encoding: 'br' | 'gzip' | 'identity';
	/** Body bytes written to the socket (compressed size when compressed). */
	readonly bytes: number;
	/** Server clock (ms, `performance.now()`): request received, last byte written. */
	readonly start: number;
	readonly end: number;
}

/** A request the browser tried to send to another origin (through the proxy trap). */
export interface OffOriginRequest {
	readonly method: string;
	/** Absolute URL, or `host:port` for a CONNECT (https). */
	readonly target: string;
}

/**
 * A slow link shared by every request: each response waits `latencyMs` before its headers, and
 * all bodies together flow at `bytesPerSecond` (first come, first served, in 16 kB slices).
 */
export interface Throttle {
	readonly latencyMs: number;
	readonly bytesPerSecond: number;
}

/** A running server. */
export interface StaticServer {
	/** `http://127.0.0.1:<port>` */
	readonly origin: string;
	/** `127.0.0.1:<port>`, for the browser's `--proxy-server`. */
	readonly proxy: string;
	readonly log: ServedRequest[];
	readonly offOrigin: OffOriginRequest[];
	/** Forget the response log (between runs); `offOrigin` keeps accumulating. */
	reset(): void;
	/** Shape every later response as one slow link, or stop (null). */
	setThrottle(throttle: Throttle | null): void;
	close(): Promise<void>;
}

const MIME: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json',
	'.map': 'application/json; charset=utf-8',
	'.wasm': 'application/wasm',
	'.duckdb': 'application/octet-stream',
	'.parquet': 'application/vnd.apache.parquet',
	'.arrow': 'application/vnd.apache.arrow.file',
	'.csv': 'text/csv; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.topojson': 'application/json; charset=utf-8',
	'.geojson': 'application/geo+json'
};

/** What a path is, for the per-kind byte totals. */
export function kindOf(path: string): ResourceKind {
	const ext = extname(path.split('?')[0]!).toLowerCase();
	if (ext === '.html' || path.endsWith('/')) return 'html';
	if (ext === '.js' || ext === '.mjs') return 'js';
	if (ext === '.css') return 'css';
	if (ext === '.wasm') return 'wasm';
	if (['.duckdb', '.parquet', '.arrow', '.csv', '.json', '.topojson', '.geojson'].includes(ext)) return 'data';
	return 'other';
}

/**
 * How a real static host caches: content-hashed files under `_app/immutable/` for a year,
 * everything else (HTML, the service worker, `version.json`, the data) revalidated each time.
 */
export function cacheControl(path: string): string {
	return path.startsWith('/_app/immutable/') ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate';
}

/** The encodings a request accepts, best first, among those we have files for. */
function acceptedEncodings(header: string | undefined): ('br' | 'gzip')[] {
	const accepted = new Map<string, number>();
	for (const part of (header ?? '').split(',')) {
		const [name, ...params] = part.trim().split(';');
		if (!name) continue;
		const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
		accepted.set(name.toLowerCase(), q ? Number(q.slice(2)) : 1);
	}
	const ok = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
	return (['br', 'gzip'] as const).filter(ok);
}

/** The file a URL path names, or null: exact file, then `dir/index.html`, then `path.html`. */
function resolveFile(root: string, urlPath: string): { file: string; stats: Stats } | null {
	let decoded: string;
	try {
		decoded = decodeURIComponent(urlPath);
	} catch {
		return null;
	}
	const path = normalize(join(root, decoded));
	if (path !== root && !path.startsWith(root + sep)) return null;
	for (const candidate of [path, join(path, 'index.html'), `${path}.html`]) {
		try {
			const stats = statSync(candidate);
			if (stats.isFile()) return { file: candidate, stats };
		} catch {
			// try the next form
		}
	}
	return null;
}

function etagOf(stats: Stats, encoding: string): string {
	return `"${stats.size.toString(36)}-${Math.floor(stats.mtimeMs).toString(36)}-${encoding}"`;
}

/** Serve `root` (the adapter-static output) on 127.0.0.1; port 0 picks a free one. */
export async function startServer({ root, port = 0 }: { root: string; port?: number }): Promise<StaticServer> {
	const base = resolve(root);
	if (!existsSync(join(base, 'index.html'))) throw new Error(`no index.html in ${base}: build the site first`);
	const log: ServedRequest[] = [];
	const offOrigin: OffOriginRequest[] = [];
	let origin = '';
	let throttle: Throttle | null = null;
	// When the shared link is next free (performance.now() ms).
	let linkFreeAt = 0;
	const sleep = (ms: number) => new Promise((done) => setTimeout(done, Math.max(0, ms)));

	async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
		const start = performance.now();
		const method = req.method ?? 'GET';
		const rawUrl = req.url ?? '/';
		// An absolute URI is a proxy request: the browser meant another origin.
		if (/^[a-z]+:\/\//i.test(rawUrl) && !rawUrl.startsWith(origin + '/')) {
			offOrigin.push({ method, target: rawUrl });
			res.writeHead(403, { 'content-type': 'text/plain' }).end('off-origin request refused by the bench');
			return;
		}
		const url = new URL(rawUrl, origin);
		const shaping = throttle;
		if (shaping) await sleep(shaping.latencyMs);
		let bytes = 0;
		let encoding: ServedRequest['encoding'] = 'identity';
		const record = (status: number) =>
			log.push({ method, url: url.pathname + url.search, status, kind: kindOf(url.pathname), encoding, bytes, start, end: performance.now() });

		if (method !== 'GET' && method !== 'HEAD') {
			res.writeHead(405, { allow: 'GET, HEAD' }).end();
			record(405);
			return;
		}
		const found = resolveFile(base, url.pathname);
		if (!found) {
			const body = 'Not found';
			res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'content-length': body.length }).end(method === 'HEAD' ? undefined : body);
			bytes = method === 'HEAD' ? 0 : body.length;
			record(404);
			return;
		}
		// A directory URL without its slash: redirect as hosts do (the app uses trailing slashes).
		if (found.file.endsWith(`${sep}index.html`) && !url.pathname.endsWith('/') && !url.pathname.endsWith('index.html')) {
			res.writeHead(308, { location: `${url.pathname}/${url.search}` }).end();
			record(308);
			return;
		}

		const ext = extname(found.file).toLowerCase();
		const range = req.headers.range;
		let file = found.file;
		let stats = found.stats;
		if (!range) {
			for (const candidate of acceptedEncodings(req.headers['accept-encoding'])) {
				const suffix = candidate === 'br' ? '.br' : '.gz';
				if (existsSync(file + suffix)) {
					file += suffix;
					stats = statSync(file);
					encoding = candidate;
					break;
				}
			}
		}
		const etag = etagOf(stats, encoding);
		const headers: Record<string, string | number> = {
			'content-type': MIME[ext] ?? 'application/octet-stream',
			'cache-control': cacheControl(url.pathname),
			etag,
			'last-modified': found.stats.mtime.toUTCString(),
			vary: 'Accept-Encoding',
			'accept-ranges': 'bytes'
		};
		if (encoding !== 'identity') headers['content-encoding'] = encoding;
		if (req.headers['if-none-match'] === etag) {
			res.writeHead(304, headers).end();
			record(304);
			return;
		}

		let first = 0;
		let last = stats.size - 1;
		let status = 200;
		if (range) {
			const m = /^bytes=(\d*)-(\d*)$/.exec(range.trim());
			if (!m || (m[1] === '' && m[2] === '')) {
				res.writeHead(416, { 'content-range': `bytes */${stats.size}` }).end();
				record(416);
				return;
			}
			if (m[1] === '') first = Math.max(0, stats.size - Number(m[2]));
			else {
				first = Number(m[1]);
				if (m[2] !== '') last = Math.min(last, Number(m[2]));
			}
			if (first > last || first >= stats.size) {
				res.writeHead(416, { 'content-range': `bytes */${stats.size}` }).end();
				record(416);
				return;
			}
			status = 206;
			headers['content-range'] = `bytes ${first}-${last}/${stats.size}`;
		}
		headers['content-length'] = last - first + 1;
		res.writeHead(status, headers);
		if (method === 'HEAD' || stats.size === 0) {
			res.end();
			record(status);
			return;
		}
		const counter = new Transform({
			transform(chunk: Buffer, _enc, done) {
				bytes += chunk.length;
				if (!shaping) return done(null, chunk);
				const now = performance.now();
				linkFreeAt = Math.max(now, linkFreeAt) + (chunk.length / shaping.bytesPerSecond) * 1000;
				setTimeout(() => done(null, chunk), linkFreeAt - now);
			}
		});
		try {
			await pipeline(createReadStream(file, { start: first, end: last, highWaterMark: 16 * 1024 }), counter, res);
		} catch {
			// The client went away mid-body (a cancelled fetch): what was written is still counted.
		}
		record(status);
	}

	const server = createServer({ keepAlive: true }, (req, res) => {
		handle(req, res).catch((error: unknown) => {
			if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
			res.end(String(error));
		});
	});
	// A browser that closes a connection mid-request (a page torn down between runs) resets the
	// socket: that is not the bench's failure, so it must not crash the process (ECONNRESET).
	server.on('connection', (socket) => socket.on('error', () => socket.destroy()));
	server.on('clientError', (_error, socket) => socket.destroy());
	server.on('connect', (req, socket) => {
		offOrigin.push({ method: 'CONNECT', target: req.url ?? '' });
		socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
	});
	await new Promise<void>((done, fail) => {
		server.once('error', fail);
		server.listen(port, '127.0.0.1', done);
	});
	const { port: actual } = server.address() as AddressInfo;
	origin = `http://127.0.0.1:${actual}`;
	return {
		origin,
		proxy: `127.0.0.1:${actual}`,
		log,
		offOrigin,
		reset() {
			log.length = 0;
		},
		setThrottle(next) {
			throttle = next;
			linkFreeAt = 0;
		},
		close: () =>
			new Promise<void>((done) => {
				server.closeAllConnections();
				server.close(() => done());
			})
	};
}

/** Sum of body bytes per kind, plus the total. */
export function bytesByKind(log: readonly ServedRequest[]): Record<ResourceKind | 'total', number> {
	const sums: Record<ResourceKind | 'total', number> = { html: 0, js: 0, css: 0, wasm: 0, data: 0, other: 0, total: 0 };
	for (const r of log) {
		sums[r.kind] += r.bytes;
		sums.total += r.bytes;
	}
	return sums;
}

/** Size of `file` as gzip: the build's `.gz` when present, else compressed here at level 9. */
export async function gzipSize(file: string): Promise<number> {
	if (existsSync(`${file}.gz`)) return statSync(`${file}.gz`).size;
	const { gzipSync, constants } = await import('node:zlib');
	return gzipSync(readFileSync(file), { level: constants.Z_BEST_COMPRESSION }).length;
}
