import { expect, test } from 'vitest';
import { editNote, MAX_HISTORY, MAX_NOTE_TEXT } from '$lib/notes';
import { revs } from './fixtures';

const AT = new Date('2025-07-15T02:05:00Z'); // 09:05 WIB, during the interview

test('a first note: new rev, empty history, the given author', () => {
	expect(editNote(null, 'Ada Pergub 2023', AT, () => 'r1', { candidateId: 'prov-62', author: 'Sari' })).toEqual({
		candidateId: 'prov-62',
		text: 'Ada Pergub 2023',
		updatedAt: '2025-07-15T02:05:00.000Z',
		rev: 'r1',
		history: [],
		author: 'Sari'
	});
});

test('each edit is a new revision with the previous one last in its history; dataset and author carry over', () => {
	const rev = revs('r');
	const first = { ...editNote(null, 'satu', AT, rev, { candidateId: 'prov-62', author: 'Sari' }), datasetName: 'cakupan-sample' };
	const second = editNote(first, 'satu dua', AT, rev, { candidateId: 'prov-62' });
	const third = editNote(second, 'satu dua tiga', AT, rev, { candidateId: 'prov-62', author: 'Budi' });
	expect([second.rev, second.history, second.datasetName, second.author]).toEqual(['r2', ['r1'], 'cakupan-sample', 'Sari']);
	expect([third.rev, third.history, third.author]).toEqual(['r3', ['r1', 'r2'], 'Budi']);
	expect(first.history).toEqual([]); // the previous note is not changed
});

test('the same text again is no new revision (saving on blur adds nothing)', () => {
	const first = editNote(null, 'sama', AT, () => 'r1', { candidateId: 'prov-62' });
	expect(editNote(first, 'sama', AT, () => 'r2', { candidateId: 'prov-62' })).toBe(first);
});

test(`the history keeps the newest ${MAX_HISTORY} revisions`, () => {
	const rev = revs('r');
	let note = editNote(null, 'v0', AT, rev, { candidateId: 'prov-62' });
	for (let i = 1; i <= 60; i++) note = editNote(note, `v${i}`, AT, rev, { candidateId: 'prov-62' });
	// 61 revisions r1..r61; the current is r61, earlier r1..r60, of which the newest 50 are r11..r60.
	expect(note.rev).toBe('r61');
	expect(note.history).toHaveLength(50);
	expect([note.history[0], note.history.at(-1)]).toEqual(['r11', 'r60']);
});

test('refuses a text over the limit, a malformed id and a previous note of another candidate', () => {
	expect(editNote(null, 'x'.repeat(MAX_NOTE_TEXT), AT, () => 'r1', { candidateId: 'prov-62' }).text).toHaveLength(20_000);
	expect(() => editNote(null, 'x'.repeat(MAX_NOTE_TEXT + 1), AT, () => 'r1', { candidateId: 'prov-62' })).toThrow(RangeError);
	expect(() => editNote(null, 'x', AT, () => 'r1', { candidateId: '../etc' })).toThrow(RangeError);
	const other = editNote(null, 'x', AT, () => 'r1', { candidateId: 'kab-6201' });
	expect(() => editNote(other, 'y', AT, () => 'r2', { candidateId: 'prov-62' })).toThrow(RangeError);
});
