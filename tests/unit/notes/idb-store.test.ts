import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { isNotesStorageError, NotesStorageError, openIdbNotesStore, openNotesStore } from '$lib/notes';
import { notesStoreContract } from './store-contract';
import { note } from './fixtures';

// A fresh, empty IndexedDB for every test (fake-indexeddb: IndexedDB in memory, as the spec says).
const realFactory = globalThis.indexedDB;
beforeEach(() => {
	globalThis.indexedDB = new IDBFactory();
});
afterEach(() => {
	globalThis.indexedDB = realFactory;
});

describe('IndexedDB notes store (fake-indexeddb)', () => {
	notesStoreContract((datasetName, revisions) => openIdbNotesStore(datasetName, revisions));

	test('notes outlive the store: opened again (a reload), the same dataset has them', async () => {
		const before = await openIdbNotesStore('cakupan-sample');
		await before.put(note('prov-62', 'r1', 'tetap ada'));
		await before.putConflict({ candidateId: 'prov-62', local: note('prov-62', 'r1', 'tetap ada'), incoming: note('prov-62', 'r2', 'lain') });
		const after = await openIdbNotesStore('cakupan-sample');
		expect((await after.get('prov-62'))?.text).toBe('tetap ada');
		expect((await after.conflicts()).map((c) => c.incoming.rev)).toEqual(['r2']);
	});
});

describe('a browser that refuses IndexedDB', () => {
	test('no IndexedDB at all: open rejects with NotesStorageError "unavailable"', async () => {
		// @ts-expect-error: removing the global as a browser without IndexedDB has none
		delete globalThis.indexedDB;
		const error = await openIdbNotesStore('cakupan-sample').catch((e: unknown) => e);
		expect(error).toBeInstanceOf(NotesStorageError);
		expect(isNotesStorageError(error) && error.reason).toBe('unavailable');
	});

	test('open refused (private mode): rejects "unavailable"; openNotesStore falls back to memory', async () => {
		globalThis.indexedDB = {
			open: () => {
				throw new DOMException('The user denied permission to access the database.', 'SecurityError');
			}
		} as unknown as IDBFactory;
		const error = await openIdbNotesStore('cakupan-sample').catch((e: unknown) => e);
		expect(isNotesStorageError(error) && error.reason).toBe('unavailable');
		const opened = await openNotesStore('cakupan-sample');
		expect(opened.persistent).toBe(false);
		await opened.store.put(note('prov-62', 'r1', 'di memori saja'));
		expect((await opened.store.get('prov-62'))?.text).toBe('di memori saja');
	});

	test('openNotesStore keeps notes in IndexedDB when it is there', async () => {
		expect((await openNotesStore('cakupan-sample')).persistent).toBe(true);
	});
});
