import { describe } from 'vitest';
import { createMemoryNotesStore } from '$lib/notes';
import { notesStoreContract } from './store-contract';

describe('memory notes store', () => {
	notesStoreContract(async (datasetName, revisions) => createMemoryNotesStore(datasetName, revisions));
});
