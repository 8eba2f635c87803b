import { expect, test } from 'vitest';
import { MAX_FILE_CHARS, notesFile, notesFileName, parseNotesFile, type NotesDataset, type PanelNote } from '$lib/notes';
import { note } from './fixtures';

const DATASET: NotesDataset = { name: 'cakupan-sample', version: '2025.1', checksum: '3f2a9c0d1b7e' };
const AT = new Date('2025-07-15T09:30:00Z');
const NOTES: PanelNote[] = [note('prov-62', 'b2', 'Perda 2023;\n"UCJ" naik', ['b1'], { author: 'Sari' }), note('kab-6201', 'a1', 'Tanya BPU')];

/** A valid file as an object, to spoil one field at a time. */
function fileObject(): Record<string, unknown> {
	return JSON.parse(notesFile(DATASET, NOTES, AT)) as Record<string, unknown>;
}
const parseObject = (value: unknown) => parseNotesFile(JSON.stringify(value));

test('the file: format, version, dataset, export time and the notes by candidate id, stamped with the dataset', () => {
	const file = fileObject();
	expect(file).toEqual({
		format: 'cakupan-notes',
		version: 1,
		dataset: { name: 'cakupan-sample', version: '2025.1', checksum: '3f2a9c0d1b7e' },
		exported_at: '2025-07-15T09:30:00.000Z',
		notes: [
			{ candidateId: 'kab-6201', text: 'Tanya BPU', updatedAt: '2025-07-15T02:00:00.000Z', rev: 'a1', history: [] },
			{ candidateId: 'prov-62', text: 'Perda 2023;\n"UCJ" naik', updatedAt: '2025-07-15T02:00:00.000Z', rev: 'b2', history: ['b1'], author: 'Sari' }
		]
	});
	expect(notesFileName('cakupan-sample', AT)).toBe('catatan-cakupan-sample-2025-07-15.json');
	expect(notesFileName('Data saya/2025', AT)).toBe('catatan-Data-saya-2025-2025-07-15.json');
});

test('round trip: parsing an exported file gives its notes back, each with the dataset name', () => {
	const parsed = parseNotesFile(notesFile(DATASET, NOTES, AT));
	expect(parsed.ok).toBe(true);
	if (!parsed.ok) return;
	expect(parsed.file.dataset).toEqual(DATASET);
	expect(parsed.file.exported_at).toBe('2025-07-15T09:30:00.000Z');
	expect(parsed.file.notes).toEqual([
		{ ...NOTES[1], datasetName: 'cakupan-sample' },
		{ ...NOTES[0], datasetName: 'cakupan-sample' }
	]);
});

test('not JSON', () => {
	expect(parseNotesFile('{"format": "cakupan-notes",').ok).toBe(false);
	expect(parseNotesFile('catatan panel')).toMatchObject({ ok: false, problem: 'notJson' });
	expect(parseNotesFile('')).toMatchObject({ ok: false, problem: 'notJson' });
});

test('wrong format: another JSON, an array, null, a missing or broken dataset, notes not a list', () => {
	expect(parseObject({ format: 'cakupan-bookmarks', version: 1 })).toMatchObject({ ok: false, problem: 'wrongFormat' });
	expect(parseObject([fileObject()])).toMatchObject({ ok: false, problem: 'wrongFormat' });
	expect(parseNotesFile('null')).toMatchObject({ ok: false, problem: 'wrongFormat' });
	expect(parseObject({ ...fileObject(), dataset: 'cakupan-sample' })).toMatchObject({ ok: false, problem: 'wrongFormat', detail: '$.dataset: expected an object' });
	expect(parseObject({ ...fileObject(), dataset: { ...DATASET, name: 7 } })).toMatchObject({ ok: false, problem: 'wrongFormat', detail: '$.dataset.name: expected a string' });
	expect(parseObject({ ...fileObject(), exported_at: 'kemarin' })).toMatchObject({ ok: false, problem: 'wrongFormat' });
	expect(parseObject({ ...fileObject(), notes: { 'prov-62': {} } })).toMatchObject({ ok: false, problem: 'wrongFormat', detail: '$.notes: expected an array' });
});

test('wrong version: 2, "1" and none', () => {
	expect(parseObject({ ...fileObject(), version: 2 })).toMatchObject({ ok: false, problem: 'wrongVersion' });
	expect(parseObject({ ...fileObject(), version: '1' })).toMatchObject({ ok: false, problem: 'wrongVersion' });
	const { version: _dropped, ...noVersion } = fileObject();
	expect(parseObject(noVersion)).toMatchObject({ ok: false, problem: 'wrongVersion' });
});

test('bad notes: wrong types, a malformed id, a bad date or rev, a duplicate, another dataset', () => {
	const withNote = (spoiled: Record<string, unknown>) => parseObject({ ...fileObject(), notes: [{ ...(fileObject().notes as object[])[0], ...spoiled }] });
	expect(withNote({ text: 42 })).toEqual({ ok: false, problem: 'badNote', detail: '$.notes[0].text: expected a string' });
	expect(withNote({ history: 'b1' })).toEqual({ ok: false, problem: 'badNote', detail: '$.notes[0].history: expected an array' });
	expect(withNote({ history: [1] })).toEqual({ ok: false, problem: 'badNote', detail: '$.notes[0].history[0]: not a revision id' });
	expect(withNote({ candidateId: 'prov 62' })).toMatchObject({ ok: false, problem: 'badNote', detail: expect.stringContaining('$.notes[0].candidateId') });
	expect(withNote({ candidateId: 'a'.repeat(41) })).toMatchObject({ ok: false, problem: 'badNote' });
	expect(withNote({ updatedAt: '2025-13-45T00:00:00Z' })).toMatchObject({ ok: false, problem: 'badNote' });
	expect(withNote({ rev: '' })).toMatchObject({ ok: false, problem: 'badNote' });
	expect(withNote({ author: ['Sari'] })).toMatchObject({ ok: false, problem: 'badNote' });
	expect(withNote({ datasetName: 'milik-saya' })).toMatchObject({ ok: false, problem: 'badNote', detail: expect.stringContaining('milik-saya') });
	expect(parseObject({ ...fileObject(), notes: [null] })).toEqual({ ok: false, problem: 'badNote', detail: '$.notes[0]: expected an object' });
	const first = (fileObject().notes as object[])[0];
	expect(parseObject({ ...fileObject(), notes: [first, first] })).toMatchObject({ ok: false, problem: 'badNote', detail: expect.stringContaining('twice') });
});

test('hostile sizes: a 10 MB note text, 51 revisions, 5 001 notes, a file over the cap', () => {
	const notes = fileObject().notes as Record<string, unknown>[];
	const huge = 'x'.repeat(10 * 1024 * 1024);
	expect(parseObject({ ...fileObject(), notes: [{ ...notes[0], text: huge }] })).toEqual({ ok: false, problem: 'badNote', detail: '$.notes[0].text: longer than 20000 characters' });
	const history = Array.from({ length: 51 }, (_, i) => `h${i}`);
	expect(parseObject({ ...fileObject(), notes: [{ ...notes[0], history }] })).toMatchObject({ ok: false, problem: 'badNote' });
	// 5 001 distinct valid notes: refused for their number, before any is read.
	const many = Array.from({ length: 5001 }, (_, i) => ({ ...notes[0], candidateId: `c${i}` }));
	expect(parseObject({ ...fileObject(), notes: many })).toMatchObject({ ok: false, problem: 'tooLarge' });
	expect(parseNotesFile(' '.repeat(MAX_FILE_CHARS + 1))).toMatchObject({ ok: false, problem: 'tooLarge' });
});

test('__proto__ and unknown keys are dropped, never merged into an object', () => {
	const source = notesFile(DATASET, NOTES, AT)
		.replace('"format"', '"__proto__": { "polluted": "ya" },\n\t"format"')
		.replace('"candidateId": "kab-6201"', '"__proto__": { "isAdmin": true }, "constructor": { "prototype": { "x": 1 } }, "extra": "?", "candidateId": "kab-6201"');
	const parsed = parseNotesFile(source);
	expect(parsed.ok).toBe(true);
	if (!parsed.ok) return;
	const first = parsed.file.notes[0]!;
	expect(Object.keys(first)).toEqual(['candidateId', 'datasetName', 'text', 'updatedAt', 'rev', 'history']);
	expect(Object.getPrototypeOf(first)).toBe(Object.prototype);
	expect((first as unknown as Record<string, unknown>).isAdmin).toBeUndefined();
	expect(Object.hasOwn(parsed.file, '__proto__')).toBe(false);
	expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
});
