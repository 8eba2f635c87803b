import { boundedHistory } from './edit';
import { MAX_NOTE_TEXT, type NoteConflict, type PanelNote } from './types';

/** What importing a file did, per candidate id (each list in the order of the incoming notes). */
export interface MergeResult {
	/** Every note to store afterwards (local ones not in the file included), by candidate id. */
	readonly notes: PanelNote[];
	/** Candidates that had no local note. */
	readonly added: string[];
	/** Local notes the incoming one descends from (fast-forward). */
	readonly updated: string[];
	/** Same revision or text, or the local note already descends from the incoming one. */
	readonly unchanged: string[];
	/** Both sides edited since their common revision; the local note is kept as it is. */
	readonly conflicts: NoteConflict[];
}

const byCandidate = (a: PanelNote, b: PanelNote) => (a.candidateId < b.candidateId ? -1 : a.candidateId > b.candidateId ? 1 : 0);

/**
 * Merges a file's notes into the local ones, per candidate:
 * absent locally → added; same rev or same text → unchanged; the incoming history has the local rev →
 * updated (fast-forward); the local history has the incoming rev → unchanged (local is newer);
 * otherwise a conflict, and the local note stays as it is. Duplicate candidates in `incoming` are
 * merged one after the other.
 */
export function mergeNotes(local: readonly PanelNote[], incoming: readonly PanelNote[]): MergeResult {
	const current = new Map(local.map((n) => [n.candidateId, n]));
	const added: string[] = [];
	const updated: string[] = [];
	const unchanged: string[] = [];
	const conflicts: NoteConflict[] = [];
	for (const theirs of incoming) {
		const id = theirs.candidateId;
		const ours = current.get(id);
		if (!ours) {
			current.set(id, theirs);
			added.push(id);
		} else if (ours.rev === theirs.rev || ours.text === theirs.text) {
			unchanged.push(id);
		} else if (theirs.history.includes(ours.rev)) {
			current.set(id, theirs.datasetName === undefined && ours.datasetName !== undefined ? { ...theirs, datasetName: ours.datasetName } : theirs);
			updated.push(id);
		} else if (ours.history.includes(theirs.rev)) {
			unchanged.push(id);
		} else {
			conflicts.push({ candidateId: id, local: ours, incoming: theirs });
		}
	}
	return { notes: [...current.values()].sort(byCandidate), added, updated, unchanged, conflicts };
}

/**
 * The note that settles a conflict: `chosenText` (either side's, or the panel member's own blend) as a
 * new revision whose history holds both sides' revisions, so importing either file again changes nothing.
 */
export function resolveConflict(conflict: NoteConflict, chosenText: string, now: Date, newRev: () => string): PanelNote {
	if (chosenText.length > MAX_NOTE_TEXT) throw new RangeError(`note text is ${chosenText.length} characters, more than ${MAX_NOTE_TEXT}`);
	const { local, incoming } = conflict;
	// Both sides' own revs go last so that cutting the history to its bound never drops them.
	const earlier = [...local.history, ...incoming.history].filter((r) => r !== local.rev && r !== incoming.rev);
	return {
		candidateId: conflict.candidateId,
		...(local.datasetName !== undefined ? { datasetName: local.datasetName } : {}),
		text: chosenText,
		updatedAt: now.toISOString(),
		rev: newRev(),
		history: boundedHistory([...earlier, local.rev, incoming.rev]),
		...(local.author !== undefined ? { author: local.author } : {})
	};
}
