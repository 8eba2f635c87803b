/**
 * `attachDetail(pp, { onProgress })`: the province file's download progress reaches every
 * caller waiting on it (concurrent callers share one download), a caller joining late hears
 * the latest figure at once, an attached province reports nothing, and a failed attempt's
 * listeners do not hear the retry's download.
 */
import { expect, test } from 'vitest';
import type { DetailFile } from '$lib/data/database';
import { detailAttacher, type DetailEngine } from '$lib/data/detail';
import { sha256Hex, type OnProgress } from '$lib/data/download';
import { DataError } from '$lib/data/errors';

/** A file source whose download the test drives step by step: `step(n)` delivers n more bytes. */
async function controlledSource({ size = 4096, failFirst = false } = {}) {
	const bytes = new Uint8Array(size).fill(7);
	bytes.set([0x44, 0x55, 0x43, 0x4b], 8);
	const entry: DetailFile = { file: 'x-villages-62.duckdb', bytes: size, sha256: await sha256Hex(bytes), tables: {} };
	let reads = 0;
	let current: { onProgress?: OnProgress; loaded: number; done: (ok: boolean) => void } | null = null;
	const read = (_file: string, total: number, onProgress?: OnProgress) => {
		reads++;
		const fail = failFirst && reads === 1;
		return new Promise<Uint8Array>((resolve, reject) => {
			current = {
				onProgress,
				loaded: 0,
				done: (ok) => (ok && !fail ? resolve(bytes.slice()) : reject(new DataError('network', 'broke off')))
			};
			onProgress?.(0, total);
		});
	};
	const step = (n: number) => {
		current!.loaded += n;
		current!.onProgress?.(current!.loaded, size);
	};
	const finish = () => current!.done(true);
	const engine: DetailEngine = { registerFileBuffer: () => {}, exec: () => {}, dropFile: () => {} };
	const attach = detailAttacher({ database: { detail: { '62': entry } }, read, engine });
	return { attach, step, finish, reads: () => reads };
}

test('every waiting caller hears the shared download; a late caller hears the latest figure at once', async () => {
	const { attach, step, finish, reads } = await controlledSource();
	const first: [number, number][] = [];
	const second: [number, number][] = [];
	const a = attach('62', { onProgress: (l, t) => first.push([l, t]) });
	step(1000);
	const b = attach('62', { onProgress: (l, t) => second.push([l, t]) });
	step(3096);
	finish();
	await Promise.all([a, b]);
	expect(reads()).toBe(1);
	expect(first).toEqual([[0, 4096], [1000, 4096], [4096, 4096]]);
	expect(second).toEqual([[1000, 4096], [4096, 4096]]);

	const third: [number, number][] = [];
	await attach('62', { onProgress: (l, t) => third.push([l, t]) });
	expect(third).toEqual([]);
	expect(reads()).toBe(1);
});

test('after a failed download the retry reports afresh, to its own callers only', async () => {
	const { attach, step, finish } = await controlledSource({ failFirst: true });
	const failed: [number, number][] = [];
	const attempt = attach('62', { onProgress: (l, t) => failed.push([l, t]) });
	step(2000);
	finish();
	await expect(attempt).rejects.toMatchObject({ kind: 'network' });

	const retried: [number, number][] = [];
	const retry = attach('62', { onProgress: (l, t) => retried.push([l, t]) });
	step(4096);
	finish();
	await retry;
	expect(failed).toEqual([[0, 4096], [2000, 4096]]);
	expect(retried).toEqual([[0, 4096], [4096, 4096]]);
});

test('without onProgress the attach works as before', async () => {
	const { attach, step, finish } = await controlledSource();
	const done = attach('62');
	step(4096);
	finish();
	await expect(done).resolves.toBeUndefined();
});
