/**
 * A stored file that became unreadable (its rows damaged in the store) or that the overlay refuses
 * at start: left out and reported by name, while the other stored files are applied, at start and
 * by every later change. Over the store's rules (`createUserDataStore`, as the in-memory twin and
 * IndexedDB use them) on a map whose records the test can damage, and an overlay that records what
 * it is asked to apply.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import { OverlayError, type ActiveData, type OverlayFile, type OverlayMode } from '$lib/data/overlay';
import { acceptFile, createUserDataStore, encodeRows, isReadable, removeFile, setMode, useMine, type StoredFile, type UserDataStore } from '$lib/userdata';
import { applyStored } from '$lib/userdata/startup';

/** An overlay that keeps the names it applied; refuses any apply that includes `refuse` (by file name), naming it. */
function fakeOverlay(refuse?: string) {
	const sample = { kind: 'sample' } as ActiveData;
	const overlay = {
		shown: 'sample',
		active: sample,
		calls: [] as string[],
		async apply(files: readonly OverlayFile[], mode: OverlayMode = 'replace') {
			const names = files.map((f) => f.name).join('+');
			overlay.calls.push(names);
			if (refuse && files.some((f) => f.name === refuse)) throw new OverlayError('future-month', { file: refuse, value: '2099-01' }, 'future month');
			overlay.shown = `${names} ${mode}`;
			return { kind: 'user', files } as unknown as ActiveData;
		},
		async useSample() {
			overlay.shown = 'sample';
			return sample;
		}
	};
	return overlay;
}

const ipc = (code: string) => encodeRows('participation', [{ region_code: code, month: '2024-12-01', segment: 'PU', active: 1 }]);
const file = (name: string, code: string) => ({ name, table: 'participation' as const, ipc: ipc(code) });

let records: Map<string, StoredFile>;
let store: UserDataStore;
/** Damage a stored record's rows as a broken disk or another script would: bytes that are no Arrow stream. */
const damage = (id: string) => records.set(id, { ...records.get(id)!, ipc: new Uint8Array([0xff, 0xff, 0xff, 0xff, 1, 2, 3]) });

beforeEach(() => {
	records = new Map();
	let n = 0;
	store = createUserDataStore(
		{
			allFiles: async () => [...records.values()].map((f) => structuredClone(f)),
			putFile: async (f) => void records.set(f.id, structuredClone(f)),
			deleteFile: async (id) => void records.delete(id),
			getSettings: async () => undefined,
			putSettings: async () => {},
			clear: async () => records.clear()
		},
		{ newId: () => `f${++n}` }
	);
});

test('isReadable: stored rows that decode to the recorded count', async () => {
	const good = await store.add(file('baik.csv', '6201'));
	expect(isReadable(good)).toBe(true);
	damage(good.id);
	expect(isReadable(records.get(good.id)!)).toBe(false);
	expect(isReadable({ ...good, rows: 2 })).toBe(false);
});

describe('applyStored (a page load with stored files)', () => {
	test('an unreadable file is left out and named; the other file is applied', async () => {
		await store.add(file('baik.csv', '6201'));
		const bad = await store.add(file('rusak.csv', '6401'));
		damage(bad.id);
		const overlay = fakeOverlay();
		const started = await applyStored(overlay, { files: await store.list(), mode: 'replace' });
		expect(overlay.calls).toEqual(['baik.csv']);
		expect(started.active.kind).toBe('user');
		expect(started.error).toBeNull();
		expect(started.skipped).toEqual([{ id: 'f2', name: 'rusak.csv', reason: 'unreadable' }]);
	});

	test('a file the overlay refuses (naming it) is left out and the rest applied again', async () => {
		await store.add(file('2099.csv', '6201'));
		await store.add(file('baik.csv', '6401'));
		const overlay = fakeOverlay('2099.csv');
		const started = await applyStored(overlay, { files: await store.list(), mode: 'only-mine' });
		expect(overlay.calls).toEqual(['2099.csv+baik.csv', 'baik.csv']);
		expect(overlay.shown).toBe('baik.csv only-mine');
		expect(started.error).toBeNull();
		expect(started.skipped).toMatchObject([{ name: '2099.csv', reason: 'refused', error: { kind: 'future-month' } }]);
	});

	test('every file left out: the sample, with the first refusal as the error', async () => {
		await store.add(file('2099.csv', '6201'));
		const bad = await store.add(file('rusak.csv', '6401'));
		damage(bad.id);
		const overlay = fakeOverlay('2099.csv');
		const started = await applyStored(overlay, { files: await store.list(), mode: 'replace' });
		expect(started.active.kind).toBe('sample');
		expect(started.error).toMatchObject({ kind: 'future-month', detail: { file: '2099.csv' } });
		expect(started.skipped.map((s) => [s.name, s.reason])).toEqual([['rusak.csv', 'unreadable'], ['2099.csv', 'refused']]);
	});
});

describe('later changes leave the skipped files out', () => {
	test('accept, mode, use mine and remove apply only the usable files; the bad one stays stored until removed', async () => {
		const overlay = fakeOverlay('2099.csv');
		await store.add(file('baik.csv', '6201'));
		const bad = await store.add(file('rusak.csv', '6401'));
		const refused = await store.add(file('2099.csv', '6301'));
		damage(bad.id);
		const skip = { skip: new Set([refused.id]) };
		await acceptFile(store, overlay, file('baru.csv', '6501'), skip);
		expect(overlay.shown).toBe('baik.csv+baru.csv replace');
		await setMode(store, overlay, 'only-mine', { inUse: true, ...skip });
		expect(overlay.shown).toBe('baik.csv+baru.csv only-mine');
		await useMine(store, overlay, skip);
		expect(overlay.calls.every((c) => !c.includes('rusak') && !c.includes('2099'))).toBe(true);
		expect((await store.list()).map((f) => f.name)).toEqual(['baik.csv', 'rusak.csv', '2099.csv', 'baru.csv']);
		await removeFile(store, overlay, bad.id, { inUse: true, ...skip });
		expect((await store.list()).map((f) => f.name)).toEqual(['baik.csv', '2099.csv', 'baru.csv']);
		expect(overlay.shown).toBe('baik.csv+baru.csv replace');
	});
});
