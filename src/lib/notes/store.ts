import { randomRev } from './edit';
import { resolveConflict } from './merge';
import { assertCandidateId, type NoteConflict, type NotesStore, type PanelNote, type RevisionSource } from './types';

/**
 * What a place to keep one dataset's notes must do; `createNotesStore` adds the rules on top, so the
 * IndexedDB store and its in-memory twin behave the same by construction.
 */
export interface NotesBackend {
	getNote(candidateId: string): Promise<PanelNote | undefined>;
	allNotes(): Promise<PanelNote[]>;
	putNote(note: PanelNote): Promise<void>;
	deleteNote(candidateId: string): Promise<void>;
	getConflict(candidateId: string): Promise<NoteConflict | undefined>;
	allConflicts(): Promise<NoteConflict[]>;
	putConflict(conflict: NoteConflict): Promise<void>;
	deleteConflict(candidateId: string): Promise<void>;
	/** Stores the note and drops the candidate's conflict, both or neither. */
	putResolved(note: PanelNote): Promise<void>;
	/** Removes this dataset's notes and conflicts. */
	clear(): Promise<void>;
}

const byCandidate = <T extends { candidateId: string }>(a: T, b: T) => (a.candidateId < b.candidateId ? -1 : a.candidateId > b.candidateId ? 1 : 0);

/** A {@link NotesStore} for `datasetName` over `backend`. */
export function createNotesStore(datasetName: string, backend: NotesBackend, revisions: RevisionSource = {}): NotesStore {
	const now = revisions.now ?? (() => new Date());
	const newRev = revisions.newRev ?? randomRev;
	// The store's dataset wins; a note that names another one is a caller's mix-up, refused loudly.
	const stamp = (note: PanelNote): PanelNote => {
		assertCandidateId(note.candidateId);
		if (note.datasetName !== undefined && note.datasetName !== datasetName) throw new RangeError(`a note of dataset ${note.datasetName} put into the store of ${datasetName}`);
		return { ...note, datasetName, history: [...note.history] };
	};
	return {
		datasetName,
		get: async (candidateId) => (await backend.getNote(candidateId)) ?? null,
		all: async () => (await backend.allNotes()).sort(byCandidate),
		// async, so a refused note is a rejected promise like any storage failure, never a synchronous throw.
		put: async (note) => backend.putNote(stamp(note)),
		delete: (candidateId) => backend.deleteNote(candidateId),
		clear: () => backend.clear(),
		conflicts: async () => (await backend.allConflicts()).sort(byCandidate),
		putConflict: async (conflict) => {
			assertCandidateId(conflict.candidateId);
			if (conflict.local.candidateId !== conflict.candidateId || conflict.incoming.candidateId !== conflict.candidateId)
				throw new RangeError(`a conflict of ${conflict.candidateId} holds another candidate's note`);
			return backend.putConflict({ candidateId: conflict.candidateId, local: stamp(conflict.local), incoming: { ...conflict.incoming, history: [...conflict.incoming.history] } });
		},
		async resolveConflict(candidateId, chosenText) {
			const conflict = await backend.getConflict(candidateId);
			if (!conflict) return null;
			// The panel member may have typed on after the import: the stored note is the local side then,
			// so the resolution descends from what is really stored, not from the older copy in the conflict.
			const stored = await backend.getNote(candidateId);
			const note = stamp(resolveConflict(stored ? { ...conflict, local: stored } : conflict, chosenText, now(), newRev));
			await backend.putResolved(note);
			return note;
		}
	};
}
