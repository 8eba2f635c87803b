import { describe } from 'vitest';
import { createMemoryUserDataStore } from '$lib/userdata';
import { userDataStoreContract } from './store-contract';

describe('in-memory store of accepted files', () => {
	userDataStoreContract(async (clock) => createMemoryUserDataStore(clock));
});
