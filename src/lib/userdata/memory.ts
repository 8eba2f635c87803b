import { createUserDataStore, type StoreClock } from './store';
import type { StoredFile, UserDataSettings, UserDataStore } from './types';

/**
 * The in-memory twin of the IndexedDB store: the same rules (both go through
 * `createUserDataStore`), kept in a map. Used by tests and when the browser refuses IndexedDB
 * (the files then last until the tab closes). Records are structured-cloned in and out, as
 * IndexedDB does.
 */
export function createMemoryUserDataStore(clock: StoreClock = {}): UserDataStore {
	const files = new Map<string, StoredFile>();
	let settings: UserDataSettings | undefined;
	const copy = <T>(value: T): T => structuredClone(value);
	return createUserDataStore(
		{
			allFiles: async () => [...files.values()].map(copy),
			putFile: async (file) => void files.set(file.id, copy(file)),
			deleteFile: async (id) => void files.delete(id),
			getSettings: async () => settings && copy(settings),
			putSettings: async (value) => void (settings = copy(value)),
			clear: async () => {
				files.clear();
				settings = undefined;
			}
		},
		clock
	);
}
