import type { PanelNote } from '$lib/notes';

/** Revision ids 'a1', 'a2', … : predictable, so tests can name them. */
export function revs(prefix: string): () => string {
	let n = 0;
	return () => `${prefix}${++n}`;
}

/** A clock that starts at 2025-07-15 09:00 WIB (02:00Z) and moves a minute per call. */
export function minutes(): () => Date {
	let n = 0;
	return () => new Date(Date.UTC(2025, 6, 15, 2, n++));
}

/** A note with the given fields over plain defaults. */
export function note(candidateId: string, rev: string, text: string, history: string[] = [], extra: Partial<PanelNote> = {}): PanelNote {
	return { candidateId, text, updatedAt: '2025-07-15T02:00:00.000Z', rev, history, ...extra };
}
