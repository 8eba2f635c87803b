import { tableFromArrays, type Table } from 'apache-arrow';
import { describe, expect, test } from 'vitest';
import type { Param } from '$lib/data/connector';
import { createDb } from '$lib/data/create-db';
import { QueryError, isAbortError } from '$lib/data/errors';

/** A runner that records its calls and answers `SELECT <n>` with one row { n }. */
function fakeRunner({ fail = false, delay = 0 } = {}) {
	const calls: [string, readonly Param[]][] = [];
	const run = async (text: string, params: readonly Param[]): Promise<Table> => {
		calls.push([text, params]);
		if (delay) await new Promise((r) => setTimeout(r, delay));
		if (fail) throw new Error('Binder Error: boom');
		return tableFromArrays({ n: Float64Array.from([Number(params[0] ?? 0)]) });
	};
	return { run, calls };
}

const q = (n: number) => ({ text: 'SELECT ?::DOUBLE AS n', params: [n] });

describe('cache', () => {
	test('identical queries run once, concurrent or not', async () => {
		const { run, calls } = fakeRunner({ delay: 5 });
		const db = createDb(run);
		const [a, b] = await Promise.all([db.query(q(1)), db.query(q(1))]);
		expect(await db.query(q(1))).toEqual([{ n: 1 }]);
		expect(a).toEqual([{ n: 1 }]);
		expect(b).toEqual([{ n: 1 }]);
		expect(calls).toHaveLength(1);
	});

	test('params are part of the key: 1 and "1" differ', async () => {
		const { run, calls } = fakeRunner();
		const db = createDb(run);
		await db.query({ text: 'SELECT ?', params: [1] });
		await db.query({ text: 'SELECT ?', params: ['1'] });
		expect(calls).toHaveLength(2);
	});

	test('the least recently used result goes first', async () => {
		const { run, calls } = fakeRunner();
		const db = createDb(run, { cacheSize: 2 });
		await db.query(q(1));
		await db.query(q(2));
		await db.query(q(1)); // 1 is now the most recent
		await db.query(q(3)); // evicts 2
		await db.query(q(1));
		expect(calls.map(([, p]) => p[0])).toEqual([1, 2, 3]);
		await db.query(q(2));
		expect(calls.map(([, p]) => p[0])).toEqual([1, 2, 3, 2]);
	});

	test('each caller gets its own array', async () => {
		const db = createDb(fakeRunner().run);
		const a = await db.query(q(1));
		a.push({ n: 99 });
		expect(await db.query(q(1))).toEqual([{ n: 1 }]);
	});

	test('clearCache forgets results', async () => {
		const { run, calls } = fakeRunner();
		const db = createDb(run);
		await db.query(q(1));
		db.clearCache();
		await db.query(q(1));
		expect(calls).toHaveLength(2);
	});
});

describe('errors', () => {
	test('a failure is a QueryError with cause and SQL, and is not cached', async () => {
		const { run, calls } = fakeRunner({ fail: true });
		const db = createDb(run);
		const error = await db.query(q(7)).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(QueryError);
		expect(error).toMatchObject({ sql: { text: 'SELECT ?::DOUBLE AS n', params: [7] }, messageKey: 'error.query', message: 'Binder Error: boom' });
		expect((error as QueryError).cause).toBeInstanceOf(Error);
		await db.query(q(7)).catch(() => {});
		expect(calls).toHaveLength(2);
	});
});

describe('abort', () => {
	test('an already aborted signal rejects without running', async () => {
		const { run, calls } = fakeRunner();
		const db = createDb(run);
		const error = await db.query(q(1), { signal: AbortSignal.abort() }).catch((e: unknown) => e);
		expect(isAbortError(error)).toBe(true);
		expect(calls).toHaveLength(0);
	});

	test('aborting mid-run rejects at once; the result is cached for the next caller', async () => {
		const { run, calls } = fakeRunner({ delay: 50 });
		const db = createDb(run);
		const controller = new AbortController();
		const pending = db.query(q(1), { signal: controller.signal });
		controller.abort();
		await expect(pending).rejects.toSatisfy(isAbortError);
		expect(await db.query(q(1))).toEqual([{ n: 1 }]);
		expect(calls).toHaveLength(1);
	});

	test('a signal that never fires changes nothing', async () => {
		const db = createDb(fakeRunner().run);
		expect(await db.query(q(4), { signal: new AbortController().signal })).toEqual([{ n: 4 }]);
	});
});
