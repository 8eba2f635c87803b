// The engine's life (`engine-life.ts`): a dead DuckDB worker turns every engine call, pending or
// new, into an EngineStoppedError instead of a promise that never settles, which is what
// DuckDB-WASM itself leaves (its `error` handler forgets pending requests; a detached engine
// resolves `undefined`). Fakes stand for the worker and the engine: the calls never answer
// unless the test says so, as a dead worker's would.
import { describe, expect, test } from 'vitest';
import type { Table } from 'apache-arrow';
import { EngineStoppedError, QueryError, isEngineStopped, DataError } from '$lib/data/errors';
import { engineLife, guardConnection, guardDatabase, watchWorker, type EngineConnection, type EngineDatabase } from '$lib/data/engine-life';

/** A promise that never settles: a request to a worker that is gone. */
const never = <T>() => new Promise<T>(() => {});
const settled = async <T>(promise: Promise<T>) => promise.then((value) => ({ value }), (error: unknown) => ({ error }));

describe('engineLife', () => {
	test('a call pending when the engine stops rejects with EngineStoppedError; later calls reject at once', async () => {
		const life = engineLife();
		const pending = settled(life.guard(() => never<string>()));
		const answered = await life.guard(() => Promise.resolve('v1.4.3'));
		expect(answered).toBe('v1.4.3');
		life.stop('its worker failed: RuntimeError: unreachable');
		const result = await pending;
		expect(result).toMatchObject({ error: expect.any(EngineStoppedError) });
		expect(String((result as { error: Error }).error.message)).toBe('the data engine stopped: its worker failed: RuntimeError: unreachable');
		let called = false;
		await expect(life.guard(() => ((called = true), 'x'))).rejects.toBeInstanceOf(EngineStoppedError);
		expect(called).toBe(false);
		expect(life.stopped).toBe(true);
	});

	test('listeners hear the stop once; one added after hears it at once', () => {
		const life = engineLife();
		const heard: string[] = [];
		life.onStop((e) => heard.push(`first: ${e.message}`));
		const off = life.onStop(() => heard.push('removed'));
		off();
		life.stop('a');
		life.stop('b');
		life.onStop((e) => heard.push(`late: ${e.message}`));
		expect(heard).toEqual(['first: the data engine stopped: a', 'late: the data engine stopped: a']);
	});

	test('a detached engine (AsyncDuckDB.terminate) is dead: the next call rejects instead of resolving undefined', async () => {
		let detached = false;
		const life = engineLife({ detached: () => detached });
		await expect(life.guard(() => Promise.resolve(1))).resolves.toBe(1);
		detached = true;
		await expect(life.guard(() => Promise.resolve(undefined))).rejects.toBeInstanceOf(EngineStoppedError);
		expect(life.stopped).toBe(true);
	});

	test("the worker's error event stops the engine and is marked handled", async () => {
		const worker = new EventTarget();
		const life = engineLife();
		const off = watchWorker(worker, life);
		const pending = settled(life.guard(() => never<number>()));
		const event = new Event('error', { cancelable: true });
		Object.defineProperty(event, 'message', { value: 'terminated by a test hook' });
		worker.dispatchEvent(event);
		expect(event.defaultPrevented).toBe(true);
		expect(life.stopped).toBe(true);
		expect((await pending) as { error: Error }).toMatchObject({ error: { message: 'the data engine stopped: its worker failed: terminated by a test hook' } });
		off();
	});
});

describe('guarded connection and database', () => {
	const table = { numRows: 1 } as unknown as Table;
	function fakeConnection(): EngineConnection & { sent: string[] } {
		const sent: string[] = [];
		return {
			sent,
			query: (text) => (sent.push(text), text === 'hang' ? never() : Promise.resolve(table)),
			prepare: async (text) => (
				sent.push(`prepare ${text}`),
				{ query: () => never<Table>(), close: () => Promise.resolve() }
			),
			insertArrowFromIPCStream: () => never()
		};
	}

	test('queries, prepared statements and inserts all reject once the engine stops', async () => {
		const life = engineLife();
		const conn = guardConnection(fakeConnection(), life);
		await expect(conn.query('SELECT 1')).resolves.toBe(table);
		const statement = await conn.prepare('SELECT ?');
		const running = [settled(conn.query('hang')), settled(statement.query(1)), settled(conn.insertArrowFromIPCStream(new Uint8Array(1), { name: 't' }))];
		life.stop('gone');
		for (const result of await Promise.all(running)) expect(result).toMatchObject({ error: expect.any(EngineStoppedError) });
		await expect(statement.close()).rejects.toBeInstanceOf(EngineStoppedError);
	});

	test("the database's new connections are guarded by the same life", async () => {
		const life = engineLife();
		const raw = fakeConnection();
		const duck: EngineDatabase = {
			connect: () => Promise.resolve(raw),
			registerFileBuffer: () => Promise.resolve(null),
			dropFile: () => never(),
			getVersion: () => Promise.resolve('v1.4.3')
		};
		const guarded = guardDatabase(duck, life);
		const conn = await guarded.connect();
		await expect(guarded.getVersion()).resolves.toBe('v1.4.3');
		const dropping = settled(guarded.dropFile('a.duckdb'));
		life.stop('gone');
		expect(await dropping).toMatchObject({ error: expect.any(EngineStoppedError) });
		await expect(conn.query('SELECT 1')).rejects.toBeInstanceOf(EngineStoppedError);
		expect(raw.sent).toEqual([]); // nothing reaches a dead worker
	});
});

test('isEngineStopped sees through a QueryError and knows the DataError kind', () => {
	const stopped = new EngineStoppedError('the data engine stopped: gone');
	expect(isEngineStopped(new QueryError({ text: 'SELECT 1', params: [] }, stopped))).toBe(true);
	expect(isEngineStopped(new DataError('stopped', 'x'))).toBe(true);
	expect(new DataError('stopped', 'x').messageKey).toBe('load.error.stopped');
	expect(isEngineStopped(new QueryError({ text: 'SELECT 1', params: [] }, new Error('Binder Error')))).toBe(false);
	expect(isEngineStopped(new DataError('network', 'x'))).toBe(false);
});
