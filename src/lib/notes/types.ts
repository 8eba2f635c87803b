/**
 * Panel notes (issue: "panel notes per candidate, typed during the interview, kept in the browser").
 * A note belongs to one candidate of one dataset; every edit is a new revision whose id (`rev`) lets
 * two panel members' files be merged without losing an edit: a note that both changed from the same
 * base is a conflict, never overwritten. Nothing here sends anything anywhere.
 */

/** One candidate's note as stored and exported. */
export interface PanelNote {
	/** The candidate's id, `^[A-Za-z0-9_-]{1,40}$` ({@link CANDIDATE_ID}). */
	readonly candidateId: string;
	/** The dataset the note was written against (e.g. 'cakupan-sample'); a store stamps its own. */
	readonly datasetName?: string;
	/** The note itself, at most {@link MAX_NOTE_TEXT} characters. */
	readonly text: string;
	/** When this revision was made (ISO 8601). */
	readonly updatedAt: string;
	/** A random id of this revision. */
	readonly rev: string;
	/** The revisions this one descends from, oldest first, newest last; at most {@link MAX_HISTORY}. */
	readonly history: readonly string[];
	/** Who made this revision, if the panel member gave a name. */
	readonly author?: string;
}

/** The same note edited on both sides since their common revision: the local one is kept until the panel member chooses. */
export interface NoteConflict {
	readonly candidateId: string;
	readonly local: PanelNote;
	readonly incoming: PanelNote;
}

/**
 * Where one dataset's notes are kept. Every store is bound to one dataset name, so the sample's notes
 * never mix with a user's own data; `clear` clears that dataset only. Values are copies: changing a
 * returned note never changes the store.
 */
export interface NotesStore {
	readonly datasetName: string;
	/** The candidate's note, or null. */
	get(candidateId: string): Promise<PanelNote | null>;
	/** Every note of the dataset, by candidate id. */
	all(): Promise<PanelNote[]>;
	/** Stores the note under its candidate id (replacing any), stamped with the store's dataset name. */
	put(note: PanelNote): Promise<void>;
	delete(candidateId: string): Promise<void>;
	/** Removes the dataset's notes and conflicts. */
	clear(): Promise<void>;
	/** The unresolved conflicts, by candidate id. */
	conflicts(): Promise<NoteConflict[]>;
	/** Records a conflict (one per candidate: a later one replaces it). */
	putConflict(conflict: NoteConflict): Promise<void>;
	/**
	 * Resolves the candidate's conflict with the chosen text: stores a new revision that descends from
	 * both sides (and from the stored note, if it was edited meanwhile) and drops the conflict.
	 * Returns the stored note, or null when the candidate has no conflict.
	 */
	resolveConflict(candidateId: string, chosenText: string): Promise<PanelNote | null>;
}

/** What a store uses for new revisions; injected in tests, the clock and `crypto.randomUUID` otherwise. */
export interface RevisionSource {
	readonly now?: () => Date;
	readonly newRev?: () => string;
}

/** The shape of a candidate id (also what keeps keys and file contents tame). */
export const CANDIDATE_ID = /^[A-Za-z0-9_-]{1,40}$/;
/** The shape of a revision id (a UUID fits). */
export const REV_ID = /^[A-Za-z0-9_-]{1,64}$/;
/** Longest note text: ten pages of interview notes; the view's textarea uses it as maxlength. */
export const MAX_NOTE_TEXT = 20_000;
/** Revisions kept in a note's history; older ones are dropped (a file that old shows as a conflict, never as an overwrite). */
export const MAX_HISTORY = 50;
/** Most notes in one file (far above any province's candidates). */
export const MAX_NOTES = 5_000;

/** Throws unless `candidateId` has the {@link CANDIDATE_ID} shape. */
export function assertCandidateId(candidateId: string): void {
	if (!CANDIDATE_ID.test(candidateId)) throw new RangeError(`candidate id must match ${CANDIDATE_ID.source}: ${JSON.stringify(candidateId.slice(0, 60))}`);
}
