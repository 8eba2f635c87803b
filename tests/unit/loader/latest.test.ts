import { describe, expect, test } from 'vitest';
import { Latest } from '$lib/loader/latest';
import { EngineStoppedError, QueryError } from '$lib/data/errors';
import { SnapshotMiss } from '$lib/data/snapshot';
import type { Db, Row } from '$lib/data/connector';
import { flush, heldDb } from '../../helpers/held-db';

// A load of one query per input, through the Db, as a view's load does.
const loadArea = (db: Db) => (area: string, signal: AbortSignal) =>
	db.query({ text: 'SELECT ? AS area', params: [area] }, { signal }).then((rows: Row[]) => rows[0]!.area as string);

// The same, but ignoring the signal (an engine that cannot cancel): only the stale check protects.
const loadIgnoringAbort = (db: Db) => (area: string) => db.query({ text: 'SELECT ? AS area', params: [area] }).then((rows: Row[]) => rows[0]!.area as string);

describe('only the newest request draws', () => {
	test.each([
		['aborting', loadArea],
		['not aborting', loadIgnoringAbort]
	])('three requests answered 3-1-2 (%s Db): only the third ever becomes the value', async (_kind, make) => {
		const db = heldDb();
		const seen: unknown[] = [];
		const latest = new Latest<string, string>(make(db), (s) => seen.push(s.status === 'ready' ? s.value : s.status));
		void latest.run('61');
		void latest.run('62');
		void latest.run('63');
		expect(db.pending.map((q) => q.sql.params[0])).toEqual(['61', '62', '63']);
		db.answer(2, [{ area: '63' }]);
		await flush();
		expect(latest.state).toMatchObject({ status: 'ready', value: '63', input: '63' });
		db.answer(0, [{ area: '61' }]);
		db.answer(1, [{ area: '62' }]);
		await flush();
		expect(latest.state).toMatchObject({ status: 'ready', value: '63', input: '63' });
		expect(seen.filter((s) => s !== 'loading')).toEqual(['63']);
	});

	test('an earlier request is aborted when a newer one starts, silently', async () => {
		const db = heldDb();
		const latest = new Latest<string, string>(loadArea(db));
		void latest.run('61');
		const first = db.pending[0]!.options.signal!;
		void latest.run('62');
		expect(first.aborted).toBe(true);
		expect(db.pending[1]!.options.signal!.aborted).toBe(false);
		await flush();
		expect(latest.state.status).toBe('loading');
		expect(latest.state.error).toBeNull();
	});

	test('while loading, the last value stays drawn; a failure keeps it and carries the QueryError', async () => {
		const db = heldDb();
		const latest = new Latest<string, string>(loadArea(db));
		void latest.run('61');
		db.answer(0, [{ area: '61' }]);
		await flush();
		void latest.run('62');
		expect(latest.state).toMatchObject({ status: 'loading', value: '61' });
		const failure = new QueryError({ text: 'SELECT ? AS area', params: ['62'] }, new Error('Binder Error: no such table'));
		db.fail(1, failure);
		await flush();
		expect(latest.state.status).toBe('error');
		expect(latest.state.value).toBe('61');
		expect(latest.state.error).toBe(failure);
		expect((latest.state.error as QueryError).sql.params).toEqual(['62']);
	});

	test('a query the snapshot does not hold keeps the view waiting, without an error', async () => {
		const db = heldDb();
		const latest = new Latest<string, string>(loadArea(db));
		void latest.run('64');
		db.fail(0, new SnapshotMiss({ text: 'SELECT ? AS area', params: ['64'] }));
		await flush();
		expect(latest.state).toMatchObject({ status: 'loading', value: null, error: null });
	});

	test('a query the stopped engine rejected keeps the last value and waits (no raw error; the restart re-runs it)', async () => {
		const db = heldDb();
		const latest = new Latest<string, string>(loadArea(db));
		void latest.run('62');
		db.answer(0, [{ area: '62' }]);
		await flush();
		void latest.run('63');
		db.fail(1, new QueryError({ text: 'SELECT ? AS area', params: ['63'] }, new EngineStoppedError('the data engine stopped: gone')));
		await flush();
		expect(latest.state).toMatchObject({ status: 'loading', value: '62', error: null });
	});

	test('an outside signal (the effect re-running) aborts the run; cancel() drops a pending result', async () => {
		const db = heldDb();
		const latest = new Latest<string, string>(loadArea(db));
		const outside = new AbortController();
		void latest.run('61', outside.signal);
		outside.abort();
		expect(db.pending[0]!.options.signal!.aborted).toBe(true);
		void latest.run('62');
		latest.cancel();
		expect(db.pending[1]!.options.signal!.aborted).toBe(true);
		await flush();
		expect(latest.state.status).toBe('loading');
	});

	test('a load that throws synchronously becomes an error state, not an exception', async () => {
		const latest = new Latest<string, string>(() => {
			throw new Error('invalid area: "x"');
		});
		await latest.run('x');
		expect(latest.state.status).toBe('error');
		expect(latest.state.error?.message).toBe('invalid area: "x"');
	});
});
