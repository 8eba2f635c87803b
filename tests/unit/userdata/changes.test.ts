/**
 * The changes of the data in use over the in-memory store and an overlay that records what it is
 * asked to apply (or refuses, as the real one does with an OverlayError): the store always
 * matches what the views read, and a refused change leaves both as they were.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import { OverlayError, type OverlayFile, type OverlayMode } from '$lib/data/overlay';
import { acceptFile, createMemoryUserDataStore, encodeRows, removeFile, setMode, useMine, useSample, type OverlaySwitch, type UserDataStore } from '$lib/userdata';

/** An overlay that keeps what it shows: the applied file names and mode, or 'sample'. */
function fakeOverlay() {
	let refuse: OverlayError | null = null;
	const calls: string[] = [];
	const overlay: OverlaySwitch & { shown: string; calls: string[]; refuseNext(e: OverlayError): void } = {
		shown: 'sample',
		calls,
		refuseNext(e) {
			refuse = e;
		},
		async apply(files: readonly OverlayFile[], mode: OverlayMode = 'replace') {
			calls.push(`apply ${files.map((f) => f.name).join('+')} ${mode}`);
			if (refuse) {
				const e = refuse;
				refuse = null;
				throw e;
			}
			overlay.shown = `${files.map((f) => f.name).join('+')} ${mode}`;
			return undefined as never;
		},
		async useSample() {
			calls.push('sample');
			overlay.shown = 'sample';
			return undefined as never;
		}
	};
	return overlay;
}

const ipc = (code: string) => encodeRows('participation', [{ region_code: code, month: '2024-12-01', segment: 'PU', active: 1 }]);
const file = (name: string, code: string) => ({ name, table: 'participation' as const, ipc: ipc(code) });
const names = async (store: UserDataStore) => (await store.list()).map((f) => f.name);

let store: UserDataStore;
let overlay: ReturnType<typeof fakeOverlay>;
beforeEach(() => {
	let n = 0;
	store = createMemoryUserDataStore({ newId: () => `f${++n}` });
	overlay = fakeOverlay();
});

describe('acceptFile', () => {
	test('stores the file and applies every stored file in the kept mode', async () => {
		await acceptFile(store, overlay, file('a.csv', '6201'));
		await setMode(store, overlay, 'only-mine', { inUse: true });
		await acceptFile(store, overlay, file('b.csv', '6401'));
		expect(await names(store)).toEqual(['a.csv', 'b.csv']);
		expect(overlay.shown).toBe('a.csv+b.csv only-mine');
	});

	test('a refused apply removes the file again: the store and the views keep what they had', async () => {
		await acceptFile(store, overlay, file('a.csv', '6201'));
		const error = new OverlayError('duplicate-key', { file: 'b.csv', table: 'participation', value: '6201' }, 'duplicate');
		overlay.refuseNext(error);
		await expect(acceptFile(store, overlay, file('b.csv', '6201'))).rejects.toBe(error);
		expect(await names(store)).toEqual(['a.csv']);
		expect(overlay.shown).toBe('a.csv replace');
	});

	test('accepting while the sample is in use brings the stored files back into use', async () => {
		await acceptFile(store, overlay, file('a.csv', '6201'));
		await useSample(store, overlay);
		expect((await store.settings()).useMine).toBe(false);
		await acceptFile(store, overlay, file('b.csv', '6401'));
		expect(overlay.shown).toBe('a.csv+b.csv replace');
		expect((await store.settings()).useMine).toBe(true);
	});
});

describe('removeFile', () => {
	test('the views drop it first, then the store; the last one brings the sample back', async () => {
		await acceptFile(store, overlay, file('a.csv', '6201'));
		await acceptFile(store, overlay, file('b.csv', '6401'));
		await removeFile(store, overlay, 'f1', { inUse: true });
		expect(overlay.shown).toBe('b.csv replace');
		expect(await names(store)).toEqual(['b.csv']);
		await removeFile(store, overlay, 'f2', { inUse: true });
		expect(overlay.shown).toBe('sample');
		expect(await names(store)).toEqual([]);
	});

	test('a refused apply keeps the file stored', async () => {
		await acceptFile(store, overlay, file('a.csv', '6201'));
		await acceptFile(store, overlay, file('b.csv', '6401'));
		overlay.refuseNext(new OverlayError('engine', {}, 'out of memory'));
		await expect(removeFile(store, overlay, 'f1', { inUse: true })).rejects.toThrow('out of memory');
		expect(await names(store)).toEqual(['a.csv', 'b.csv']);
		expect(overlay.shown).toBe('a.csv+b.csv replace');
	});

	test('with the sample in use only the store changes', async () => {
		await acceptFile(store, overlay, file('a.csv', '6201'));
		await useSample(store, overlay);
		overlay.calls.length = 0;
		await removeFile(store, overlay, 'f1', { inUse: false });
		expect(overlay.calls).toEqual([]);
		expect(await names(store)).toEqual([]);
	});
});

describe('modes and switches', () => {
	test('a refused mode change is not kept', async () => {
		await acceptFile(store, overlay, file('a.csv', '6201'));
		overlay.refuseNext(new OverlayError('engine', {}, 'no'));
		await expect(setMode(store, overlay, 'only-mine', { inUse: true })).rejects.toThrow('no');
		expect((await store.settings()).mode).toBe('replace');
		expect(overlay.shown).toBe('a.csv replace');
	});

	test('the mode is kept without applying while the sample is in use, and used when the files come back', async () => {
		await acceptFile(store, overlay, file('a.csv', '6201'));
		await useSample(store, overlay);
		overlay.calls.length = 0;
		await setMode(store, overlay, 'only-mine', { inUse: false });
		expect(overlay.calls).toEqual([]);
		await useMine(store, overlay);
		expect(overlay.shown).toBe('a.csv only-mine');
		expect(await store.settings()).toEqual({ useMine: true, mode: 'only-mine' });
	});
});
