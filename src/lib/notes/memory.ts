import { createNotesStore } from './store';
import type { NoteConflict, NotesStore, PanelNote, RevisionSource } from './types';

/**
 * The in-memory twin of the IndexedDB store: the same rules (both go through `createNotesStore`),
 * kept in two maps. Used by tests and by the view when the browser refuses IndexedDB; values are
 * structured-cloned in and out, as IndexedDB does.
 */
export function createMemoryNotesStore(datasetName: string, revisions: RevisionSource = {}): NotesStore {
	const notes = new Map<string, PanelNote>();
	const conflicts = new Map<string, NoteConflict>();
	const copy = <T>(value: T): T => structuredClone(value);
	return createNotesStore(
		datasetName,
		{
			getNote: async (id) => {
				const note = notes.get(id);
				return note && copy(note);
			},
			allNotes: async () => [...notes.values()].map(copy),
			putNote: async (note) => void notes.set(note.candidateId, copy(note)),
			deleteNote: async (id) => void notes.delete(id),
			getConflict: async (id) => {
				const conflict = conflicts.get(id);
				return conflict && copy(conflict);
			},
			allConflicts: async () => [...conflicts.values()].map(copy),
			putConflict: async (conflict) => void conflicts.set(conflict.candidateId, copy(conflict)),
			deleteConflict: async (id) => void conflicts.delete(id),
			putResolved: async (note) => {
				notes.set(note.candidateId, copy(note));
				conflicts.delete(note.candidateId);
			},
			clear: async () => {
				notes.clear();
				conflicts.clear();
			}
		},
		revisions
	);
}
