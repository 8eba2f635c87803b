import { isNotesStorageError, openIdbNotesStore } from './idb';
import { createMemoryNotesStore } from './memory';
import type { NotesStore, RevisionSource } from './types';

/** The store the view uses, and whether its notes outlive the tab. */
export interface OpenedNotes {
	readonly store: NotesStore;
	/** False: the browser refused IndexedDB; say "catatan tidak dapat disimpan di peramban ini". */
	readonly persistent: boolean;
}

/** The IndexedDB store of `datasetName`, or its in-memory twin when the browser refuses IndexedDB. */
export async function openNotesStore(datasetName: string, revisions: RevisionSource = {}): Promise<OpenedNotes> {
	try {
		return { store: await openIdbNotesStore(datasetName, revisions), persistent: true };
	} catch (error) {
		if (!isNotesStorageError(error)) throw error;
		return { store: createMemoryNotesStore(datasetName, revisions), persistent: false };
	}
}
