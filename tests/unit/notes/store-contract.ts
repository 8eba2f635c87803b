import { expect, test } from 'vitest';
import type { NotesStore, RevisionSource } from '$lib/notes';
import { note } from './fixtures';

export type MakeStore = (datasetName: string, revisions?: RevisionSource) => Promise<NotesStore>;

/** The behaviour every NotesStore must have; run against the memory store and the IndexedDB one. */
export function notesStoreContract(make: MakeStore): void {
	test('a new store is empty', async () => {
		const store = await make('cakupan-sample');
		expect(store.datasetName).toBe('cakupan-sample');
		expect(await store.get('prov-62')).toBeNull();
		expect(await store.all()).toEqual([]);
		expect(await store.conflicts()).toEqual([]);
	});

	test('put stamps the dataset; get and all return the notes, all sorted by candidate id', async () => {
		const store = await make('cakupan-sample');
		await store.put(note('prov-62', 'r1', 'Perda 2023 ada'));
		await store.put(note('kab-6201', 'r2', 'Tanya soal BPU', [], { author: 'Sari' }));
		expect(await store.get('prov-62')).toEqual({ ...note('prov-62', 'r1', 'Perda 2023 ada'), datasetName: 'cakupan-sample' });
		// 'kab-6201' < 'prov-62' ('k' before 'p'), whatever the order they were put in.
		expect((await store.all()).map((n) => [n.candidateId, n.text, n.datasetName, n.author])).toEqual([
			['kab-6201', 'Tanya soal BPU', 'cakupan-sample', 'Sari'],
			['prov-62', 'Perda 2023 ada', 'cakupan-sample', undefined]
		]);
	});

	test('values are copies: changing what get returned, or what was put, leaves the store as it was', async () => {
		const store = await make('cakupan-sample');
		const put = note('prov-62', 'r2', 'asli', ['r1']);
		await store.put(put);
		(put.history as string[]).push('xx');
		const got = await store.get('prov-62');
		(got!.history as string[]).push('yy');
		expect((await store.get('prov-62'))!.history).toEqual(['r1']);
	});

	test('put replaces the candidate note; delete removes it (and deleting nothing is fine)', async () => {
		const store = await make('cakupan-sample');
		await store.put(note('prov-62', 'r1', 'pertama'));
		await store.put(note('prov-62', 'r2', 'kedua', ['r1']));
		expect((await store.all()).map((n) => n.rev)).toEqual(['r2']);
		await store.delete('prov-62');
		await store.delete('tidak-ada');
		expect(await store.get('prov-62')).toBeNull();
		expect(await store.all()).toEqual([]);
	});

	test('refuses a malformed candidate id and a note of another dataset', async () => {
		const store = await make('cakupan-sample');
		await expect(store.put(note('bad id!', 'r1', 'x'))).rejects.toThrow(RangeError);
		await expect(store.put(note('prov-62', 'r1', 'x', [], { datasetName: 'milik-saya' }))).rejects.toThrow(RangeError);
		expect(await store.all()).toEqual([]);
	});

	test("two datasets never mix: each sees only its notes and conflicts, and clear clears its own", async () => {
		const sample = await make('cakupan-sample');
		const own = await make('milik-saya');
		await sample.put(note('prov-62', 'r1', 'sampel'));
		await sample.putConflict({ candidateId: 'prov-62', local: note('prov-62', 'r1', 'sampel'), incoming: note('prov-62', 'r9', 'lain') });
		await own.put(note('prov-62', 'm1', 'data saya'));
		expect((await own.all()).map((n) => n.text)).toEqual(['data saya']);
		expect(await own.conflicts()).toEqual([]);
		await own.clear();
		expect(await own.all()).toEqual([]);
		expect((await sample.all()).map((n) => n.text)).toEqual(['sampel']);
		expect((await sample.conflicts()).map((c) => c.incoming.rev)).toEqual(['r9']);
	});

	test('conflicts are kept per candidate, a later one replacing the earlier', async () => {
		const store = await make('cakupan-sample');
		await store.putConflict({ candidateId: 'prov-62', local: note('prov-62', 'a2', 'A', ['r1']), incoming: note('prov-62', 'b2', 'B', ['r1']) });
		await store.putConflict({ candidateId: 'kab-6201', local: note('kab-6201', 'a5', 'A'), incoming: note('kab-6201', 'b5', 'B') });
		await store.putConflict({ candidateId: 'prov-62', local: note('prov-62', 'a2', 'A', ['r1']), incoming: note('prov-62', 'c2', 'C', ['r1']) });
		expect((await store.conflicts()).map((c) => [c.candidateId, c.incoming.rev])).toEqual([
			['kab-6201', 'b5'],
			['prov-62', 'c2']
		]);
		await expect(store.putConflict({ candidateId: 'prov-62', local: note('kab-6201', 'a', 'A'), incoming: note('prov-62', 'b', 'B') })).rejects.toThrow(RangeError);
	});

	test('resolveConflict stores a revision descending from both sides and drops the conflict', async () => {
		const store = await make('cakupan-sample', { now: () => new Date('2025-07-15T03:30:00Z'), newRev: () => 'res1' });
		await store.put(note('prov-62', 'a2', 'versi A', ['r1']));
		await store.putConflict({ candidateId: 'prov-62', local: note('prov-62', 'a2', 'versi A', ['r1']), incoming: note('prov-62', 'b2', 'versi B', ['r1']) });
		const resolved = await store.resolveConflict('prov-62', 'versi A + B');
		// history: the common base r1, then local a2, then incoming b2.
		const expected = { candidateId: 'prov-62', datasetName: 'cakupan-sample', text: 'versi A + B', updatedAt: '2025-07-15T03:30:00.000Z', rev: 'res1', history: ['r1', 'a2', 'b2'] };
		expect(resolved).toEqual(expected);
		expect(await store.get('prov-62')).toEqual(expected);
		expect(await store.conflicts()).toEqual([]);
		expect(await store.resolveConflict('prov-62', 'lagi')).toBeNull();
	});

	test('resolveConflict descends from the stored note when it was edited after the import', async () => {
		const store = await make('cakupan-sample', { newRev: () => 'res1' });
		await store.putConflict({ candidateId: 'prov-62', local: note('prov-62', 'a2', 'A', ['r1']), incoming: note('prov-62', 'b2', 'B', ['r1']) });
		await store.put(note('prov-62', 'a3', 'A lagi', ['r1', 'a2']));
		const resolved = await store.resolveConflict('prov-62', 'B');
		expect(resolved!.history).toEqual(['r1', 'a2', 'a3', 'b2']);
	});

	test('clear removes the notes and the conflicts', async () => {
		const store = await make('cakupan-sample');
		await store.put(note('prov-62', 'r1', 'x'));
		await store.putConflict({ candidateId: 'prov-62', local: note('prov-62', 'r1', 'x'), incoming: note('prov-62', 'r2', 'y') });
		await store.clear();
		expect(await store.all()).toEqual([]);
		expect(await store.conflicts()).toEqual([]);
	});
}
