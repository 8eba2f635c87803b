import { isUserDataStorageError, openIdbUserDataStore } from './idb';
import { createMemoryUserDataStore } from './memory';
import type { StoreClock } from './store';
import type { UserDataStore } from './types';

/** The store the page uses, and whether its files outlive the tab. */
export interface OpenedUserData {
	readonly store: UserDataStore;
	/** False: the browser refused IndexedDB; say `userdata.storage.unavailable`. */
	readonly persistent: boolean;
}

/** The IndexedDB store, or its in-memory twin when the browser refuses IndexedDB. */
export async function openUserDataStore(clock: StoreClock = {}): Promise<OpenedUserData> {
	try {
		return { store: await openIdbUserDataStore(clock), persistent: true };
	} catch (error) {
		if (!isUserDataStorageError(error)) throw error;
		return { store: createMemoryUserDataStore(clock), persistent: false };
	}
}
