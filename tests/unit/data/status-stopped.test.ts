// The status module's answer to a dead engine (`status.svelte.ts`): the worker's stop takes the
// live database away at once (views wait, nothing queries a dead engine), shows the `stopped`
// error, and `retry()` starts again: a new load, the stored files read again from their store and
// applied in their mode as at start, a new `Db` for the views, phase `ready`. The engine, the
// user-data store and the snapshot are stand-ins the test drives.
import { beforeEach, expect, test, vi } from 'vitest';
import type { LoadedDatabase } from '$lib/data/engine';
import { DataError } from '$lib/data/errors';
import type { PendingUserData } from '$lib/userdata/startup';

const engine = vi.hoisted(() => ({
	stop: null as ((error: DataError) => void) | null,
	loads: [] as { resolve: (db: LoadedDatabase) => void; reject: (error: unknown) => void }[]
}));
const store = vi.hoisted(() => ({ pending: null as PendingUserData | null, reads: 0, applied: [] as unknown[] }));

vi.mock('$lib/data/engine', () => ({
	onLoadProgress: () => () => {},
	onEngineStop: (listener: (error: DataError) => void) => {
		engine.stop = listener;
		return () => {};
	},
	loadDatabase: () => new Promise((resolve, reject) => engine.loads.push({ resolve, reject }))
}));
vi.mock('$lib/userdata/startup', () => ({
	pendingUserData: async () => (store.reads++, store.pending),
	startUserData: async (database: LoadedDatabase, pending: PendingUserData | null) => {
		store.applied.push([database.engineVersion, pending?.files.map((f) => f.id), pending?.mode]);
		const active = { kind: 'user', mode: pending?.mode, files: [], detailProvinces: [], manifest: database.manifest };
		return { overlay: { onChange: () => () => {}, active }, active, error: null };
	}
}));
vi.mock('$lib/data/offline', () => ({ registerServiceWorker: () => {} }));
vi.mock('$lib/data/snapshot', async (original) => ({ ...(await original<typeof import('$lib/data/snapshot')>()), loadSnapshotPart: async () => null }));

const { status } = await import('$lib/data/status.svelte');

function database(version: string): LoadedDatabase {
	return {
		db: { query: async () => [{ version }], clearCache: () => {} },
		manifest: { title: 'sample' },
		engineVersion: version,
		attachDetail: async () => {},
		overlayTarget: async () => ({})
	} as unknown as LoadedDatabase;
}

/** Lets the status module's promise chains (load, store read, apply) run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
	store.pending = { files: [{ id: 'f1' }, { id: 'f2' }] as never, mode: 'only-mine' };
});

test('death detected -> stopped error, no live Db -> restart re-applies the stored files -> ready on a new Db', async () => {
	status.start();
	expect(status.phase).toBe('engine');
	engine.loads.shift()!.resolve(database('first'));
	await settle();
	expect(status.phase).toBe('ready');
	const before = status.db!;
	expect(before.source).toBe('live');
	expect(await before.db.query({ text: 'SELECT 1', params: [] })).toEqual([{ version: 'first' }]);

	// The worker dies.
	engine.stop!(new DataError('stopped', 'the data engine stopped: its worker failed'));
	expect(status.phase).toBe('error');
	expect(status.error).toMatchObject({ kind: 'stopped', messageKey: 'load.error.stopped' });
	expect(status.database).toBeNull();
	expect(status.engineLost).toBe(true); // the layout hides the view
	expect(status.db).toBeNull(); // views wait; the snapshot never stands in after the engine served
	expect(status.overlay).toBeNull();
	await expect(status.userDataOverlay()).rejects.toThrow('not loaded');
	// A second report of the same death changes nothing.
	engine.stop!(new DataError('stopped', 'again'));
	expect(status.error?.message).toBe('the data engine stopped: its worker failed');

	// Meanwhile the user removed a file on the data page: the restart reads the store again.
	store.pending = { files: [{ id: 'f2' }] as never, mode: 'only-mine' };
	status.retry();
	expect(status.phase).toBe('engine');
	expect(status.error).toBeNull();
	expect(status.engineLost).toBe(true); // still hidden while the restart loads
	engine.loads.shift()!.resolve(database('second'));
	await settle();
	expect(status.phase).toBe('ready');
	expect(status.engineLost).toBe(false);
	expect(store.reads).toBe(2);
	expect(store.applied).toEqual([
		['first', ['f1', 'f2'], 'only-mine'],
		['second', ['f2'], 'only-mine']
	]);
	const after = status.db!;
	expect(after.db).not.toBe(before.db); // a new Db object: every view re-runs its queries
	expect(await after.db.query({ text: 'SELECT 1', params: [] })).toEqual([{ version: 'second' }]);
	expect(status.activeData).toMatchObject({ kind: 'user', mode: 'only-mine' });
});

test('a death while the restart loads abandons that load: its late result never shows', async () => {
	engine.stop!(new DataError('stopped', 'first death'));
	expect(status.phase).toBe('error');
	status.retry();
	expect(status.phase).toBe('engine');
	const abandoned = engine.loads.shift()!;
	engine.stop!(new DataError('stopped', 'died while loading'));
	expect(status.phase).toBe('error');
	expect(status.error?.message).toBe('died while loading');
	abandoned.resolve(database('zombie'));
	await settle();
	expect(status.phase).toBe('error');
	expect(status.database).toBeNull();

	status.retry();
	engine.loads.shift()!.resolve(database('third'));
	await settle();
	expect(status.phase).toBe('ready');
	expect(status.database?.engineVersion).toBe('third');
});
