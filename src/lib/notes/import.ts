import type { NotesFile } from './file';
import { mergeNotes, type MergeResult } from './merge';
import type { NotesStore } from './types';

export type ImportResult = { readonly ok: true; readonly merge: MergeResult } | { readonly ok: false; readonly problem: 'otherDataset'; readonly detail: string };

/**
 * Merges a parsed file into the store: added and fast-forwarded notes are stored, conflicts recorded
 * (the local notes stay). A file of another dataset is refused, so the sample's notes never land
 * among a user's own data.
 */
export async function importNotesFile(store: NotesStore, file: NotesFile): Promise<ImportResult> {
	if (file.dataset.name !== store.datasetName) return { ok: false, problem: 'otherDataset', detail: `${file.dataset.name}, not ${store.datasetName}` };
	const local = await store.all();
	const merge = mergeNotes(local, file.notes);
	const before = new Map(local.map((n) => [n.candidateId, n]));
	// Only what the merge changed is written (a same-text note may have learnt the incoming revisions).
	for (const note of merge.notes) if (before.get(note.candidateId) !== note) await store.put(note);
	for (const conflict of merge.conflicts) await store.putConflict(conflict);
	return { ok: true, merge };
}
