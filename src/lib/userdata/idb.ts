import { createUserDataStore, type StoreClock, type UserDataBackend } from './store';
import type { StoredFile, UserDataSettings, UserDataStore } from './types';

/** The IndexedDB database and object store of accepted files (apart from the notes'). */
export const USERDATA_DB = 'cakupan-userdata';
export const USERDATA_OBJECT_STORE = 'files';

/**
 * The browser would not keep the files (no IndexedDB, private mode, storage blocked or full): the
 * page says `userdata.storage.unavailable` / `.failed` and keeps them in memory.
 */
export class UserDataStorageError extends Error {
	override readonly name = 'UserDataStorageError';
	constructor(
		readonly reason: 'unavailable' | 'failed',
		message: string,
		options?: { cause?: unknown }
	) {
		super(message, options);
	}
}

/** True for a {@link UserDataStorageError} (also across bundles). */
export function isUserDataStorageError(error: unknown): error is UserDataStorageError {
	return error instanceof Error && error.name === 'UserDataStorageError';
}

// Array keys sort by element and after every string, so ['file'] .. ['file', []] spans exactly the files.
const fileKey = (id: string): IDBValidKey => ['file', id];
const SETTINGS_KEY: IDBValidKey = 'settings';

/**
 * Opens the IndexedDB store of accepted files (idb-keyval, loaded on first use). Rejects with a
 * {@link UserDataStorageError} ('unavailable') when the browser refuses IndexedDB: it writes and
 * removes a probe first (unless `probe` is false), since some browsers open the database and
 * refuse only the first write.
 * Later failures (the disk full) reject with reason 'failed'.
 */
export async function openIdbUserDataStore(clock: StoreClock = {}, { probe = true }: { probe?: boolean } = {}): Promise<UserDataStore> {
	if (typeof indexedDB === 'undefined') throw new UserDataStorageError('unavailable', 'IndexedDB is not available in this browser');
	const idb = await import('idb-keyval');
	const useStore = idb.createStore(USERDATA_DB, USERDATA_OBJECT_STORE);
	// Skipped by a caller that only reads (every page load looks for stored files): no write then.
	if (probe) {
		try {
			await idb.set(0, 1, useStore);
			await idb.del(0, useStore);
		} catch (cause) {
			throw new UserDataStorageError('unavailable', 'IndexedDB refused to store files', { cause });
		}
	}
	const guard = async <T>(what: string, run: () => Promise<T>): Promise<T> => {
		try {
			return await run();
		} catch (cause) {
			throw new UserDataStorageError('failed', `user data store: ${what} failed`, { cause });
		}
	};
	const files = IDBKeyRange.bound(['file'], ['file', []]);
	const backend: UserDataBackend = {
		allFiles: () => guard('list', () => useStore('readonly', (s) => idb.promisifyRequest(s.getAll(files) as IDBRequest<StoredFile[]>))),
		putFile: (file) => guard('add', () => idb.set(fileKey(file.id), file, useStore)),
		deleteFile: (id) => guard('remove', () => idb.del(fileKey(id), useStore)),
		getSettings: () => guard('settings', () => idb.get<UserDataSettings>(SETTINGS_KEY, useStore)),
		putSettings: (settings) => guard('save settings', () => idb.set(SETTINGS_KEY, settings, useStore)),
		clear: () => guard('clear', () => idb.clear(useStore))
	};
	return createUserDataStore(backend, clock);
}
