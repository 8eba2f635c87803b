/**
 * Stored files that can no longer be used: their rows in the store became unreadable (the IPC
 * bytes damaged, a record written by something else), or the overlay refused them at start. Such
 * a file is left out of what is applied and reported by name; the other stored files stay in use,
 * and the file stays stored until the user removes it (the data page offers that).
 */
import { describeIpc } from './store';
import type { OverlayError } from '../data/overlay/types';
import type { StoredFile } from './types';

/** A stored file left out of the data in use, and why. */
export interface SkippedFile {
	readonly id: string;
	readonly name: string;
	/** `unreadable`: its stored rows cannot be read; `refused`: the overlay refused them (`error` says why). */
	readonly reason: 'unreadable' | 'refused';
	readonly error?: OverlayError;
}

/**
 * Whether a stored file's rows can still be read: an Arrow IPC stream holding the row count
 * recorded when it was stored. Never throws.
 */
export function isReadable(file: StoredFile): boolean {
	try {
		if (!(file.ipc instanceof Uint8Array)) return false;
		return describeIpc(file.table, file.ipc).rows === file.rows;
	} catch {
		return false;
	}
}

/** The stored files to apply: readable ones not in `skip` (ids of files left out at start), in load order. */
export function usableFiles(files: readonly StoredFile[], skip: ReadonlySet<string> = new Set()): StoredFile[] {
	return files.filter((f) => !skip.has(f.id) && isReadable(f));
}
