import { describe, expect, test } from 'vitest';
import { requestPersistence, storageEstimate } from '$lib/userdata';

describe('storageEstimate', () => {
	test('usage and quota as the browser reports them', async () => {
		expect(await storageEstimate({ estimate: async () => ({ usage: 1_234_567, quota: 300_000_000 }) })).toEqual({ usage: 1_234_567, quota: 300_000_000 });
	});
	test('null without navigator.storage, without estimate, with a partial answer, or when it fails', async () => {
		expect(await storageEstimate(undefined)).toBeNull();
		expect(await storageEstimate({})).toBeNull();
		expect(await storageEstimate({ estimate: async () => ({ usage: 5 }) })).toBeNull();
		expect(await storageEstimate({ estimate: () => Promise.reject(new Error('insecure')) })).toBeNull();
	});
});

describe('requestPersistence', () => {
	test('already persistent: true, without asking again', async () => {
		let asked = 0;
		expect(await requestPersistence({ persisted: async () => true, persist: async () => (asked++, false) })).toBe(true);
		expect(asked).toBe(0);
	});
	test('asks when not yet persistent: granted or refused', async () => {
		expect(await requestPersistence({ persisted: async () => false, persist: async () => true })).toBe(true);
		expect(await requestPersistence({ persisted: async () => false, persist: async () => false })).toBe(false);
		expect(await requestPersistence({ persist: () => Promise.reject(new Error('blocked')) })).toBe(false);
	});
	test('null where the browser has no such request', async () => {
		expect(await requestPersistence({})).toBeNull();
		expect(await requestPersistence(undefined)).toBeNull();
	});
});
