/**
 * The rules of the store of accepted files, over a place to keep records: what a record holds
 * (checksum, provinces, rows from the IPC itself, never taken on trust), ids, order. The
 * IndexedDB store and its in-memory twin both go through `createUserDataStore`, so they behave
 * the same by construction (as `lib/notes` does).
 */
import { tableFromIPC } from 'apache-arrow';
import { PROVINCE_COLUMN } from '../contract/user-tables';
import { sha256Hex } from '../data/download';
import { DEFAULT_SETTINGS, type NewFile, type StoredFile, type UserDataSettings, type UserDataStore } from './types';

/** Where records live: a map of files by id, and the settings. */
export interface UserDataBackend {
	allFiles(): Promise<StoredFile[]>;
	putFile(file: StoredFile): Promise<void>;
	deleteFile(id: string): Promise<void>;
	getSettings(): Promise<UserDataSettings | undefined>;
	putSettings(settings: UserDataSettings): Promise<void>;
	clear(): Promise<void>;
}

/** Sources of time and ids (tests pass fixed ones). */
export interface StoreClock {
	readonly now?: () => Date;
	readonly newId?: () => string;
}

/** Rows and provinces of a table's Arrow IPC rows (a province: the first two digits of its province column). */
export function describeIpc(table: NewFile['table'], ipc: Uint8Array): { rows: number; provinces: string[] } {
	const arrow = tableFromIPC(ipc);
	const column = arrow.getChild(PROVINCE_COLUMN[table]);
	const provinces = new Set<string>();
	if (column) for (const code of column) if (code != null) provinces.add(String(code).slice(0, 2));
	return { rows: arrow.numRows, provinces: [...provinces].sort() };
}

const byLoadOrder = (a: StoredFile, b: StoredFile) => a.sequence - b.sequence;

function randomId(): string {
	return globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** A {@link UserDataStore} over `backend`. */
export function createUserDataStore(backend: UserDataBackend, { now = () => new Date(), newId = randomId }: StoreClock = {}): UserDataStore {
	return {
		list: async () => (await backend.allFiles()).sort(byLoadOrder),
		async add({ name, table, ipc, original }) {
			const { rows, provinces } = describeIpc(table, ipc);
			const sequence = Math.max(0, ...(await backend.allFiles()).map((f) => f.sequence)) + 1;
			const record: StoredFile = {
				id: newId(),
				name,
				table,
				ipc: ipc.slice(),
				sha256: await sha256Hex(original ?? ipc),
				loadedAt: now().toISOString(),
				provinces,
				rows,
				bytes: ipc.byteLength,
				sequence
			};
			await backend.putFile(record);
			return record;
		},
		remove: (id) => backend.deleteFile(id),
		clear: () => backend.clear(),
		settings: async () => ({ ...DEFAULT_SETTINGS, ...(await backend.getSettings()) }),
		saveSettings: (settings) => backend.putSettings({ useMine: settings.useMine, mode: settings.mode })
	};
}
