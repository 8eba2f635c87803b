import { afterEach, describe, expect, test, vi } from 'vitest';
import { cachedBytes, fetchBytes, fetchJson, sha256Hex } from '$lib/data/download';
import { DataError, isUnreachable } from '$lib/data/errors';
import { looksLikeDuckDb } from '$lib/data/database';

/** A fetch answering with `body` in chunks of `chunk` bytes. */
function serve(body: Uint8Array, { chunk = 4, status = 200, length = body.length }: { chunk?: number; status?: number; length?: number | null } = {}) {
	const stream = new ReadableStream<Uint8Array>({
		start(controller) {
			for (let i = 0; i < body.length; i += chunk) controller.enqueue(body.slice(i, i + chunk));
			controller.close();
		}
	});
	const headers: Record<string, string> = length === null ? {} : { 'content-length': String(length) };
	vi.stubGlobal('fetch', vi.fn(async () => new Response(stream, { status, headers })));
}

afterEach(() => {
	vi.unstubAllGlobals();
});

describe('fetchBytes', () => {
	test('reports progress chunk by chunk and returns the whole body', async () => {
		serve(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));
		const progress: [number, number][] = [];
		const bytes = await fetchBytes('/data/x.duckdb', { onProgress: (l, t) => progress.push([l, t]) });
		expect([...bytes]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
		expect(progress).toEqual([[0, 10], [4, 10], [8, 10], [10, 10], [10, 10]]);
	});

	test("the manifest's size is the total when the server sends no length", async () => {
		serve(new Uint8Array(6), { length: null });
		const progress: [number, number][] = [];
		await fetchBytes('/x', { expectedBytes: 6, onProgress: (l, t) => progress.push([l, t]) });
		expect(progress[0]).toEqual([0, 6]);
	});

	test('a body that ends shorter than the manifest says is a refused (truncated) file, named', async () => {
		serve(new Uint8Array(6));
		await expect(fetchBytes('/data/cakupan-sample.duckdb', { expectedBytes: 8 })).rejects.toMatchObject({
			name: 'DataError',
			kind: 'file',
			refusal: { file: 'cakupan-sample.duckdb', reason: 'size' }
		});
	});

	test('a longer body is a file DataError', async () => {
		serve(new Uint8Array(9));
		await expect(fetchBytes('/x', { expectedBytes: 8 })).rejects.toMatchObject({ kind: 'file', messageKey: 'load.error.file' });
	});

	test('HTTP 404 and a failed fetch are network DataErrors', async () => {
		serve(new Uint8Array(0), { status: 404 });
		await expect(fetchBytes('/x')).rejects.toMatchObject({ kind: 'network', message: expect.stringMatching(/HTTP 404/) });
		vi.stubGlobal('fetch', vi.fn(async () => { throw new TypeError('Failed to fetch'); }));
		const error = await fetchBytes('/x').catch((e: unknown) => e);
		expect(error).toBeInstanceOf(DataError);
		expect(error).toMatchObject({ kind: 'network', messageKey: 'load.error.network' });
	});
});

describe('fetchJson', () => {
	test('bad JSON is a file DataError', async () => {
		serve(new TextEncoder().encode('{ nope'));
		await expect(fetchJson('/data/dataset.json')).rejects.toMatchObject({ kind: 'file' });
	});
});

test('sha256Hex', async () => {
	expect(await sha256Hex(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
});

test('looksLikeDuckDb reads the magic bytes at offset 8', () => {
	const bytes = new Uint8Array(4096);
	expect(looksLikeDuckDb(bytes)).toBe(false);
	bytes.set([0x44, 0x55, 0x43, 0x4b], 8);
	expect(looksLikeDuckDb(bytes)).toBe(true);
	expect(looksLikeDuckDb(bytes.slice(0, 100))).toBe(false);
});

describe('isUnreachable: a download with no answer, not one the server refused', () => {
	test('a fetch that rejects (offline, server gone) is unreachable; an HTTP 500 or a cut body is not', async () => {
		vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
		const offline = await fetchBytes('/data/62-villages.duckdb').catch((e: unknown) => e);
		expect(offline).toMatchObject({ name: 'DataError', kind: 'network' });
		expect(isUnreachable(offline)).toBe(true);

		serve(new Uint8Array(4), { status: 500 });
		const refused = await fetchBytes('/data/62-villages.duckdb').catch((e: unknown) => e);
		expect(refused).toMatchObject({ name: 'DataError', kind: 'network' });
		expect(isUnreachable(refused)).toBe(false);

		serve(new Uint8Array(6));
		const cut = await fetchBytes('/x', { expectedBytes: 8 }).catch((e: unknown) => e);
		expect(isUnreachable(cut)).toBe(false);
		expect(isUnreachable(new DataError('file', 'checksum'))).toBe(false);
		expect(isUnreachable(new TypeError('Failed to fetch'))).toBe(false);
	});
});

describe('cachedBytes (the restart after an engine stop)', () => {
	const file = new Uint8Array([9, 8, 7, 6, 5]);
	/** A Cache API holding `body` at /data/x.duckdb. */
	function cache(body: Uint8Array | null) {
		const asked: string[] = [];
		vi.stubGlobal('caches', { match: async (url: string) => (asked.push(url), body && url === '/data/x.duckdb' ? new Response(body.slice()) : undefined) });
		return asked;
	}

	test('the cached file when it is the manifest\'s very file', async () => {
		const asked = cache(file);
		const bytes = await cachedBytes('/data/x.duckdb', { expectedBytes: 5, sha256: await sha256Hex(file) });
		expect(bytes && [...bytes]).toEqual([9, 8, 7, 6, 5]);
		expect(asked).toEqual(['/data/x.duckdb']);
	});

	test('null for another version of the file, a missing entry or no Cache API: the caller downloads', async () => {
		cache(file);
		expect(await cachedBytes('/data/x.duckdb', { expectedBytes: 5, sha256: 'ab'.repeat(32) })).toBeNull();
		expect(await cachedBytes('/data/x.duckdb', { expectedBytes: 6, sha256: await sha256Hex(file) })).toBeNull();
		cache(null);
		expect(await cachedBytes('/data/x.duckdb', { expectedBytes: 5, sha256: await sha256Hex(file) })).toBeNull();
		vi.stubGlobal('caches', undefined);
		expect(await cachedBytes('/data/x.duckdb', { expectedBytes: 5, sha256: await sha256Hex(file) })).toBeNull();
	});
});
