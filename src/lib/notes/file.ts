import { CANDIDATE_ID, MAX_HISTORY, MAX_NOTE_TEXT, MAX_NOTES, REV_ID, type PanelNote } from './types';

/** The dataset a file's notes were written against (the manifest's name, version and checksum). */
export interface NotesDataset {
	readonly name: string;
	readonly version: string;
	readonly checksum: string;
}

/** A notes file, as exported and as parsed. */
export interface NotesFile {
	readonly format: 'cakupan-notes';
	readonly version: 1;
	readonly dataset: NotesDataset;
	readonly exported_at: string;
	readonly notes: PanelNote[];
}

/** Why a file was refused. */
export type NotesFileProblem = 'notJson' | 'tooLarge' | 'wrongFormat' | 'wrongVersion' | 'badNote';

export type ParsedNotesFile = { readonly ok: true; readonly file: NotesFile } | { readonly ok: false; readonly problem: NotesFileProblem; readonly detail?: string };

export const NOTES_FORMAT = 'cakupan-notes';
export const NOTES_FILE_VERSION = 1;
/**
 * Longest file text read: {@link MAX_NOTES} notes of {@link MAX_NOTE_TEXT} characters would be 100
 * million; a real panel's file is kilobytes, so anything past 32 MiB is refused before parsing.
 */
export const MAX_FILE_CHARS = 32 * 1024 * 1024;
const MAX_LABEL = 200;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

const byCandidate = (a: PanelNote, b: PanelNote) => (a.candidateId < b.candidateId ? -1 : a.candidateId > b.candidateId ? 1 : 0);

/** The export file's text: the notes (by candidate id) with the dataset they belong to. */
export function notesFile(dataset: NotesDataset, notes: readonly PanelNote[], exportedAt: Date): string {
	const file: NotesFile = {
		format: NOTES_FORMAT,
		version: NOTES_FILE_VERSION,
		dataset: { name: dataset.name, version: dataset.version, checksum: dataset.checksum },
		exported_at: exportedAt.toISOString(),
		notes: [...notes].sort(byCandidate).map((n) => copyNote(n))
	};
	return JSON.stringify(file, null, '\t') + '\n';
}

/** A suggested file name: `catatan-<dataset>-<yyyy-mm-dd>.json`. */
export function notesFileName(datasetName: string, exportedAt: Date): string {
	const safe = datasetName.replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 60) || 'data';
	return `catatan-${safe}-${exportedAt.toISOString().slice(0, 10)}.json`;
}

/** Thrown inside the parser only: unwinds to `parseNotesFile`'s single place that turns it into a problem. */
class Refused extends Error {
	constructor(
		readonly problem: NotesFileProblem,
		readonly detail: string
	) {
		super(detail);
	}
}

type Bag = Record<string, unknown>;
const isBag = (v: unknown): v is Bag => typeof v === 'object' && v !== null && !Array.isArray(v);
const own = (bag: Bag, field: string): unknown => (Object.hasOwn(bag, field) ? bag[field] : undefined);

function text(bag: Bag, field: string, at: string, problem: NotesFileProblem, max: number, shape?: RegExp): string {
	const value = own(bag, field);
	if (typeof value !== 'string') throw new Refused(problem, `${at}.${field}: expected a string`);
	if (value.length > max) throw new Refused(problem, `${at}.${field}: longer than ${max} characters`);
	if (shape && !shape.test(value)) throw new Refused(problem, `${at}.${field}: not of the form ${shape.source}`);
	return value;
}

function optionalText(bag: Bag, field: string, at: string, max: number): string | undefined {
	return own(bag, field) === undefined ? undefined : text(bag, field, at, 'badNote', max);
}

function instant(bag: Bag, field: string, at: string, problem: NotesFileProblem): string {
	const value = text(bag, field, at, problem, 40, ISO_INSTANT);
	if (Number.isNaN(Date.parse(value))) throw new Refused(problem, `${at}.${field}: not a date`);
	return value;
}

/** Copies only the known fields (never `__proto__` or anything else a hostile file adds). */
function copyNote(n: PanelNote): PanelNote {
	return {
		candidateId: n.candidateId,
		...(n.datasetName !== undefined ? { datasetName: n.datasetName } : {}),
		text: n.text,
		updatedAt: n.updatedAt,
		rev: n.rev,
		history: [...n.history],
		...(n.author !== undefined ? { author: n.author } : {})
	};
}

function readNote(value: unknown, at: string, datasetName: string): PanelNote {
	if (!isBag(value)) throw new Refused('badNote', `${at}: expected an object`);
	const history = own(value, 'history');
	if (!Array.isArray(history)) throw new Refused('badNote', `${at}.history: expected an array`);
	if (history.length > MAX_HISTORY) throw new Refused('badNote', `${at}.history: more than ${MAX_HISTORY} revisions`);
	const revs = history.map((rev, i) => {
		if (typeof rev !== 'string' || !REV_ID.test(rev)) throw new Refused('badNote', `${at}.history[${i}]: not a revision id`);
		return rev;
	});
	const noteDataset = optionalText(value, 'datasetName', at, MAX_LABEL);
	// A note written against another dataset would mix data; the file's dataset is the one it belongs to.
	if (noteDataset !== undefined && noteDataset !== datasetName) throw new Refused('badNote', `${at}.datasetName: ${noteDataset} in a file of ${datasetName}`);
	const author = optionalText(value, 'author', at, MAX_LABEL);
	return copyNote({
		candidateId: text(value, 'candidateId', at, 'badNote', 40, CANDIDATE_ID),
		datasetName,
		text: text(value, 'text', at, 'badNote', MAX_NOTE_TEXT),
		updatedAt: instant(value, 'updatedAt', at, 'badNote'),
		rev: text(value, 'rev', at, 'badNote', 64, REV_ID),
		history: revs,
		...(author !== undefined ? { author } : {})
	});
}

function readFile(value: unknown): NotesFile {
	if (!isBag(value) || own(value, 'format') !== NOTES_FORMAT) throw new Refused('wrongFormat', `$.format: expected "${NOTES_FORMAT}"`);
	if (own(value, 'version') !== NOTES_FILE_VERSION) throw new Refused('wrongVersion', `$.version: expected ${NOTES_FILE_VERSION}`);
	const dataset = own(value, 'dataset');
	if (!isBag(dataset)) throw new Refused('wrongFormat', '$.dataset: expected an object');
	const name = text(dataset, 'name', '$.dataset', 'wrongFormat', MAX_LABEL);
	if (name === '') throw new Refused('wrongFormat', '$.dataset.name: empty');
	const exportedAt = instant(value, 'exported_at', '$', 'wrongFormat');
	const notes = own(value, 'notes');
	if (!Array.isArray(notes)) throw new Refused('wrongFormat', '$.notes: expected an array');
	if (notes.length > MAX_NOTES) throw new Refused('tooLarge', `$.notes: more than ${MAX_NOTES} notes`);
	const seen = new Set<string>();
	const read = notes.map((n, i) => {
		const note = readNote(n, `$.notes[${i}]`, name);
		if (seen.has(note.candidateId)) throw new Refused('badNote', `$.notes[${i}].candidateId: ${note.candidateId} appears twice`);
		seen.add(note.candidateId);
		return note;
	});
	return {
		format: NOTES_FORMAT,
		version: NOTES_FILE_VERSION,
		dataset: { name, version: text(dataset, 'version', '$.dataset', 'wrongFormat', MAX_LABEL), checksum: text(dataset, 'checksum', '$.dataset', 'wrongFormat', MAX_LABEL) },
		exported_at: exportedAt,
		notes: read
	};
}

/**
 * Reads a notes file strictly (it may come from anyone): the text is parsed with JSON.parse, only the
 * known fields are copied, and every string is bounded. The first problem found is returned with
 * where it is (`detail`, a JSON path).
 */
export function parseNotesFile(source: string): ParsedNotesFile {
	if (source.length > MAX_FILE_CHARS) return { ok: false, problem: 'tooLarge', detail: `more than ${MAX_FILE_CHARS} characters` };
	let value: unknown;
	try {
		value = JSON.parse(source);
	} catch (error) {
		return { ok: false, problem: 'notJson', detail: error instanceof Error ? error.message : String(error) };
	}
	try {
		return { ok: true, file: readFile(value) };
	} catch (error) {
		if (error instanceof Refused) return { ok: false, problem: error.problem, detail: error.detail };
		throw error;
	}
}
