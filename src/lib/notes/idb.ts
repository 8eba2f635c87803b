import { createNotesStore, type NotesBackend } from './store';
import type { NoteConflict, NotesStore, PanelNote, RevisionSource } from './types';

/** The IndexedDB database and object store that hold every dataset's notes (keys name the dataset). */
export const NOTES_DB = 'cakupan-notes';
export const NOTES_OBJECT_STORE = 'notes';

/**
 * The browser would not keep notes (no IndexedDB, private mode, storage blocked or full). The view
 * says "catatan tidak dapat disimpan di peramban ini" and keeps the text in memory.
 */
export class NotesStorageError extends Error {
	override readonly name = 'NotesStorageError';
	constructor(
		readonly reason: 'unavailable' | 'failed',
		message: string,
		options?: { cause?: unknown }
	) {
		super(message, options);
	}
}

/** True for a {@link NotesStorageError} (also across bundles, where `instanceof` may not hold). */
export function isNotesStorageError(error: unknown): error is NotesStorageError {
	return error instanceof Error && error.name === 'NotesStorageError';
}

type Kind = 'note' | 'conflict';
// Array keys sort by element, so [dataset, kind] .. [dataset, kind, []] spans exactly one dataset's kind
// (an array sorts after every string): the reads and the clear never touch another dataset's keys.
const key = (dataset: string, kind: Kind, candidateId: string): IDBValidKey => [dataset, kind, candidateId];
const kindRange = (dataset: string, kind: Kind) => IDBKeyRange.bound([dataset, kind], [dataset, kind, []]);
const datasetRange = (dataset: string) => IDBKeyRange.bound([dataset], [dataset, []]);

/**
 * Opens the IndexedDB notes store of `datasetName` (idb-keyval, loaded on first use). Rejects with a
 * {@link NotesStorageError} ('unavailable') when the browser refuses IndexedDB: it writes and removes a
 * probe first, since some browsers open the database and refuse only the first write. Later failures
 * (e.g. the disk full) reject with reason 'failed'.
 */
export async function openIdbNotesStore(datasetName: string, revisions: RevisionSource = {}): Promise<NotesStore> {
	if (typeof indexedDB === 'undefined') throw new NotesStorageError('unavailable', 'IndexedDB is not available in this browser');
	const idb = await import('idb-keyval');
	const useStore = idb.createStore(NOTES_DB, NOTES_OBJECT_STORE);
	// A number key: numbers sort before arrays, so no dataset's range ever holds it.
	const probe: IDBValidKey = 0;
	try {
		await idb.set(probe, 1, useStore);
		await idb.del(probe, useStore);
	} catch (cause) {
		throw new NotesStorageError('unavailable', 'IndexedDB refused to store notes', { cause });
	}
	const guard = async <T>(what: string, run: () => Promise<T>): Promise<T> => {
		try {
			return await run();
		} catch (cause) {
			throw new NotesStorageError('failed', `notes store: ${what} failed`, { cause });
		}
	};
	const inRange = <T>(kind: Kind) => useStore('readonly', (s) => idb.promisifyRequest(s.getAll(kindRange(datasetName, kind)) as IDBRequest<T[]>));
	const backend: NotesBackend = {
		getNote: (id) => guard('get', () => idb.get<PanelNote>(key(datasetName, 'note', id), useStore)),
		allNotes: () => guard('all', () => inRange<PanelNote>('note')),
		putNote: (note) => guard('put', () => idb.set(key(datasetName, 'note', note.candidateId), note, useStore)),
		deleteNote: (id) => guard('delete', () => idb.del(key(datasetName, 'note', id), useStore)),
		getConflict: (id) => guard('get conflict', () => idb.get<NoteConflict>(key(datasetName, 'conflict', id), useStore)),
		allConflicts: () => guard('conflicts', () => inRange<NoteConflict>('conflict')),
		putConflict: (conflict) => guard('put conflict', () => idb.set(key(datasetName, 'conflict', conflict.candidateId), conflict, useStore)),
		deleteConflict: (id) => guard('delete conflict', () => idb.del(key(datasetName, 'conflict', id), useStore)),
		// One transaction, so a crash never leaves the resolution stored with its conflict still open.
		putResolved: (note) =>
			guard('resolve', () =>
				useStore('readwrite', (s) => {
					s.put(note, key(datasetName, 'note', note.candidateId));
					s.delete(key(datasetName, 'conflict', note.candidateId));
					return idb.promisifyRequest(s.transaction);
				})
			),
		clear: () => guard('clear', () => useStore('readwrite', (s) => (s.delete(datasetRange(datasetName)), idb.promisifyRequest(s.transaction))))
	};
	return createNotesStore(datasetName, backend, revisions);
}
