import { assertCandidateId, MAX_HISTORY, MAX_NOTE_TEXT, type PanelNote } from './types';

/** Whose note is edited, and by whom (the panel member's name, if given). */
export interface NoteTarget {
	readonly candidateId: string;
	readonly author?: string;
}

/** The default revision id: random, so two panel members never make the same one. */
export function randomRev(): string {
	return crypto.randomUUID();
}

/** `revs` without repeats (first occurrence kept), cut to the newest {@link MAX_HISTORY}. */
export function boundedHistory(revs: readonly string[]): string[] {
	const unique = [...new Set(revs)];
	return unique.slice(Math.max(0, unique.length - MAX_HISTORY));
}

/**
 * The note after the panel member typed `text`: a new revision whose history ends with the previous
 * revision. The same text again returns `previous` itself, so saving on every blur adds no revisions
 * (and makes no conflict with a file that has the same revision). `target` says whose note it is (a
 * first note has no previous to tell) and, with `author`, who made this revision; without it the
 * previous author is kept. Throws a RangeError for a text over {@link MAX_NOTE_TEXT}, a malformed id,
 * or a previous note of another candidate.
 */
export function editNote(previous: PanelNote | null, text: string, now: Date, newRev: () => string, target: NoteTarget): PanelNote {
	assertCandidateId(target.candidateId);
	if (previous && previous.candidateId !== target.candidateId) throw new RangeError(`editing ${target.candidateId} from the note of ${previous.candidateId}`);
	if (text.length > MAX_NOTE_TEXT) throw new RangeError(`note text is ${text.length} characters, more than ${MAX_NOTE_TEXT}`);
	if (previous && previous.text === text) return previous;
	const who = target.author ?? previous?.author;
	return {
		candidateId: target.candidateId,
		...(previous?.datasetName !== undefined ? { datasetName: previous.datasetName } : {}),
		text,
		updatedAt: now.toISOString(),
		rev: newRev(),
		history: previous ? boundedHistory([...previous.history, previous.rev]) : [],
		...(who !== undefined ? { author: who } : {})
	};
}
