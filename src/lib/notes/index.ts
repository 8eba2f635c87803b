// Panel notes per candidate, kept in the browser (IndexedDB) and merged across panel members' files.
export { CANDIDATE_ID, MAX_HISTORY, MAX_NOTE_TEXT, MAX_NOTES, REV_ID, type NoteConflict, type NotesStore, type PanelNote, type RevisionSource } from './types';
export { editNote, randomRev, type NoteTarget } from './edit';
export { mergeNotes, resolveConflict, type MergeResult } from './merge';
export { MAX_FILE_CHARS, notesFile, notesFileName, parseNotesFile, type NotesDataset, type NotesFile, type NotesFileProblem, type ParsedNotesFile } from './file';
export { createMemoryNotesStore } from './memory';
export { isNotesStorageError, NotesStorageError, NOTES_DB, openIdbNotesStore } from './idb';
export { openNotesStore, type OpenedNotes } from './open';
export { importNotesFile, type ImportResult } from './import';
