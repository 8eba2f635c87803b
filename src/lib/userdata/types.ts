/**
 * A user's accepted files as the browser keeps them (issue 11: "kept across reloads"). A stored
 * file is what the overlay applies (`OverlayFile`: the rows as Arrow IPC) plus what the data
 * page shows of it: provinces, row count, size.
 */
import type { UserTable } from '../contract/user-tables';
import type { OverlayFile, OverlayMode } from '../data/overlay/types';

/** One accepted file in the store. */
export interface StoredFile extends OverlayFile {
	/** Provinces its rows cover (two-digit codes, or `ID` for a national target row), sorted. */
	readonly provinces: readonly string[];
	readonly rows: number;
	/** Bytes the rows take in the store (the Arrow IPC stream). */
	readonly bytes: number;
	/** Place in the load order: files apply by it (a later file replaces an earlier one's provinces). */
	readonly sequence: number;
}

/** What to store: the accepted rows and the file they came from. */
export interface NewFile {
	/** The file's name as picked, e.g. `kalteng-2024.xlsx`. */
	readonly name: string;
	readonly table: UserTable;
	/** The accepted rows as Arrow IPC (`arrow.ts`, `encodeRows`). */
	readonly ipc: Uint8Array;
	/** The file's own bytes: their sha256 is the checksum shown (the rows' when absent). */
	readonly original?: Uint8Array;
}

/** Whether the user's files are in use, and how they combine with the sample. */
export interface UserDataSettings {
	/** False: the user switched back to the sample (their files stay stored). */
	readonly useMine: boolean;
	readonly mode: OverlayMode;
}

/** Storage used and available to this site, in bytes (the browser's estimate). */
export interface StorageEstimate {
	readonly usage: number;
	readonly quota: number;
}

/** The store of accepted files. */
export interface UserDataStore {
	/** Every file, in the order they apply (loaded first, first). */
	list(): Promise<StoredFile[]>;
	/** Store a file; resolves with its record (id, checksum, provinces, rows). */
	add(file: NewFile): Promise<StoredFile>;
	/** Remove one file (removing none is fine). */
	remove(id: string): Promise<void>;
	/** Remove every file and the settings. */
	clear(): Promise<void>;
	settings(): Promise<UserDataSettings>;
	saveSettings(settings: UserDataSettings): Promise<void>;
}

/** The settings before the user chose any. */
export const DEFAULT_SETTINGS: UserDataSettings = { useMine: true, mode: 'replace' };
