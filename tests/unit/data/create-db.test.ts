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

/**
 * A runner that holds every statement until the test releases it: `started` lists the `n` of
 * each statement in the order the engine was given it.
 */
function heldRunner() {
	const started: number[] = [];
	const held = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();
	const run = (_text: string, params: readonly Param[]): Promise<Table> => {
		const n = Number(params[0]);
		started.push(n);
		return new Promise<Table>((resolve, reject) => {
			held.set(n, {
				resolve: () => resolve(tableFromArrays({ n: Float64Array.from([n]) })),
				reject
			});
		});
	};
	const release = (n: number) => held.get(n)!.resolve();
	const fail = (n: number) => held.get(n)!.reject(new Error(`Binder Error: ${n}`));
	return { run, started, release, fail };
}

/** Let settled promises and the queue's deferred start (a task later) run. */
// Several timer rounds: the queue moves on a timer that settled promises schedule, which a
// single round could overtake on a loaded machine.
const settle = async () => {
	for (let round = 0; round < 3; round++) await new Promise((resolve) => setTimeout(resolve, 5));
};

describe('priority', () => {
	test('a background query waits while a user query runs', async () => {
		const { run, started, release } = heldRunner();
		const db = createDb(run);
		const user = db.query(q(1));
		const prefetch = db.query(q(2), { priority: 'background' });
		await settle();
		expect(started).toEqual([1]);
		release(1);
		expect(await user).toEqual([{ n: 1 }]);
		await settle();
		expect(started).toEqual([1, 2]);
		release(2);
		expect(await prefetch).toEqual([{ n: 2 }]);
	});

	test('a user query goes ahead of queued background queries, which then run one at a time in order', async () => {
		const { run, started, release } = heldRunner();
		const db = createDb(run);
		const first = db.query(q(1), { priority: 'background' });
		await settle();
		expect(started).toEqual([1]); // nothing else ran: the prefetch starts
		const second = db.query(q(2), { priority: 'background' });
		const third = db.query(q(3), { priority: 'background' });
		await settle();
		expect(started).toEqual([1]); // one background statement at a time
		const user = db.query(q(4));
		expect(started).toEqual([1, 4]); // at once, behind only the running prefetch
		release(1);
		await settle();
		expect(started).toEqual([1, 4]); // the user query still runs: the queue waits
		release(4);
		expect(await user).toEqual([{ n: 4 }]);
		await settle();
		expect(started).toEqual([1, 4, 2]);
		release(2);
		await settle();
		expect(started).toEqual([1, 4, 2, 3]);
		release(3);
		expect(await Promise.all([first, second, third])).toEqual([[{ n: 1 }], [{ n: 2 }], [{ n: 3 }]]);
	});

	test('a queued background query aborted before it starts never runs', async () => {
		const { run, started, release } = heldRunner();
		const db = createDb(run);
		const user = db.query(q(1));
		const controller = new AbortController();
		const reason = new DOMException('the month changed', 'AbortError');
		const dropped = db.query(q(2), { priority: 'background', signal: controller.signal });
		const kept = db.query(q(3), { priority: 'background' });
		controller.abort(reason);
		await expect(dropped).rejects.toBe(reason);
		release(1);
		await user;
		await settle();
		expect(started).toEqual([1, 3]);
		release(3);
		expect(await kept).toEqual([{ n: 3 }]);
		await settle();
		expect(started).toEqual([1, 3]);
		// Dropped means not cached either: asked again, it runs.
		const again = db.query(q(2));
		expect(started).toEqual([1, 3, 2]);
		release(2);
		expect(await again).toEqual([{ n: 2 }]);
	});

	test('a queued query shared by two background callers runs while one of them still wants it', async () => {
		const { run, started, release } = heldRunner();
		const db = createDb(run);
		const user = db.query(q(1));
		const a = new AbortController();
		const b = new AbortController();
		const first = db.query(q(2), { priority: 'background', signal: a.signal });
		const second = db.query(q(2), { priority: 'background', signal: b.signal });
		a.abort();
		await expect(first).rejects.toSatisfy(isAbortError);
		release(1);
		await user;
		await settle();
		expect(started).toEqual([1, 2]);
		release(2);
		expect(await second).toEqual([{ n: 2 }]);
	});

	test('a user query for a queued background query starts it at once; both callers get the rows', async () => {
		const { run, started, release } = heldRunner();
		const db = createDb(run);
		const running = db.query(q(1));
		const prefetch = db.query(q(2), { priority: 'background' });
		const user = db.query(q(2));
		expect(started).toEqual([1, 2]);
		release(2);
		expect(await user).toEqual([{ n: 2 }]);
		expect(await prefetch).toEqual([{ n: 2 }]);
		release(1);
		await running;
		await settle();
		expect(started).toEqual([1, 2]);
	});

	test('cached results answer a background query at once, even while a user query runs', async () => {
		const { run, started, release } = heldRunner();
		const db = createDb(run);
		const warm = db.query(q(1));
		release(1);
		await warm;
		const user = db.query(q(2));
		expect(await db.query(q(1), { priority: 'background' })).toEqual([{ n: 1 }]);
		expect(started).toEqual([1, 2]);
		release(2);
		await user;
	});

	test('a failed background query rejects as a QueryError, is not cached, and the queue moves on', async () => {
		const { run, started, release, fail } = heldRunner();
		const db = createDb(run);
		const failing = db.query(q(1), { priority: 'background' });
		const next = db.query(q(2), { priority: 'background' });
		await settle();
		fail(1);
		await expect(failing).rejects.toBeInstanceOf(QueryError);
		await settle();
		expect(started).toEqual([1, 2]);
		release(2);
		expect(await next).toEqual([{ n: 2 }]);
		const retried = db.query(q(1));
		expect(started).toEqual([1, 2, 1]);
		release(1);
		expect(await retried).toEqual([{ n: 1 }]);
	});
});
