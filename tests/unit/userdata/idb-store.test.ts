import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { encodeRows, isUserDataStorageError, openIdbUserDataStore, openUserDataStore } from '$lib/userdata';
import { fixedClock, ROWS, userDataStoreContract } from './store-contract';

// A fresh, empty IndexedDB for every test (fake-indexeddb: IndexedDB in memory, as the spec says).
const realFactory = globalThis.indexedDB;
beforeEach(() => {
	globalThis.indexedDB = new IDBFactory();
});
afterEach(() => {
	globalThis.indexedDB = realFactory;
});

describe('IndexedDB store of accepted files (fake-indexeddb)', () => {
	userDataStoreContract((clock) => openIdbUserDataStore(clock));

	test('files outlive the store: opened again (a reload), they are there, rows and all', async () => {
		const before = await openIdbUserDataStore(fixedClock());
		const ipc = encodeRows('participation', ROWS);
		const added = await before.add({ name: 'kalteng.csv', table: 'participation', ipc });
		await before.saveSettings({ useMine: true, mode: 'only-mine' });
		const after = await openIdbUserDataStore();
		expect(await after.list()).toEqual([added]);
		expect(await after.settings()).toEqual({ useMine: true, mode: 'only-mine' });
	});
});

describe('a browser that refuses IndexedDB', () => {
	test('no IndexedDB: the store says unavailable, and openUserDataStore falls back to memory', async () => {
		globalThis.indexedDB = undefined as unknown as IDBFactory;
		const error = await openIdbUserDataStore().then(() => null, (e: unknown) => e);
		expect(isUserDataStorageError(error) && error.reason).toBe('unavailable');
		const opened = await openUserDataStore();
		expect(opened.persistent).toBe(false);
		await opened.store.add({ name: 'a.csv', table: 'participation', ipc: encodeRows('participation', ROWS) });
		expect(await opened.store.list()).toHaveLength(1);
	});

	test('IndexedDB that refuses the first write: unavailable', async () => {
		const factory = new IDBFactory();
		const open = factory.open.bind(factory);
		// Opening works; every write transaction then fails, as in some private modes.
		factory.open = (...args: Parameters<IDBFactory['open']>) => {
			const request = open(...args);
			request.addEventListener('success', () => {
				const db = request.result;
				const transaction = db.transaction.bind(db);
				db.transaction = ((names: string | string[], mode?: IDBTransactionMode) => {
					if (mode === 'readwrite') throw new DOMException('refused', 'QuotaExceededError');
					return transaction(names, mode);
				}) as typeof db.transaction;
			});
			return request;
		};
		globalThis.indexedDB = factory;
		const error = await openIdbUserDataStore().then(() => null, (e: unknown) => e);
		expect(isUserDataStorageError(error) && error.reason).toBe('unavailable');
	});
});
