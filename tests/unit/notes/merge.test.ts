import { expect, test } from 'vitest';
import { createMemoryNotesStore, editNote, importNotesFile, mergeNotes, notesFile, parseNotesFile, resolveConflict, type NotesStore, type PanelNote } from '$lib/notes';
import { minutes, note, revs } from './fixtures';

const AT = new Date('2025-07-15T04:00:00Z');

test('absent locally → added; local notes not in the file stay', () => {
	const local = [note('prov-62', 'a1', 'lokal')];
	const result = mergeNotes(local, [note('kab-6201', 'b1', 'baru')]);
	expect(result).toEqual({ notes: [note('kab-6201', 'b1', 'baru'), note('prov-62', 'a1', 'lokal')], added: ['kab-6201'], updated: [], unchanged: [], conflicts: [] });
});

test('same rev → unchanged; same text under another rev → unchanged, the local note kept as it is', () => {
	const local = [note('kab-6201', 'k1', 'x'), note('prov-62', 'a2', 'sama', ['a1'])];
	const result = mergeNotes(local, [note('prov-62', 'b2', 'sama', ['b1']), note('kab-6201', 'k1', 'x')]);
	expect(result).toEqual({ notes: local, added: [], updated: [], unchanged: ['prov-62', 'kab-6201'], conflicts: [] });
});

test('the incoming history has the local rev → fast-forward (updated), keeping the local dataset name', () => {
	const local = [note('prov-62', 'r1', 'awal', [], { datasetName: 'cakupan-sample' })];
	const result = mergeNotes(local, [note('prov-62', 'r3', 'awal + wawancara', ['r1', 'r2'])]);
	expect(result.updated).toEqual(['prov-62']);
	expect(result.notes).toEqual([note('prov-62', 'r3', 'awal + wawancara', ['r1', 'r2'], { datasetName: 'cakupan-sample' })]);
});

test('the local history has the incoming rev → local is newer, unchanged', () => {
	const local = [note('prov-62', 'r3', 'lebih baru', ['r1', 'r2'])];
	const result = mergeNotes(local, [note('prov-62', 'r2', 'lama', ['r1'])]);
	expect(result.unchanged).toEqual(['prov-62']);
	expect(result.notes).toEqual(local);
});

test('both edited from the same base → a conflict, and the local note is kept as it is', () => {
	const ours = note('prov-62', 'a2', 'versi A', ['r1']);
	const theirs = note('prov-62', 'b2', 'versi B', ['r1']);
	const result = mergeNotes([ours], [theirs]);
	expect(result.conflicts).toEqual([{ candidateId: 'prov-62', local: ours, incoming: theirs }]);
	expect([result.added, result.updated, result.unchanged]).toEqual([[], [], []]);
	expect(result.notes).toEqual([ours]);
});

test('a resolved conflict: both revs in the history, so importing either file again is a no-op', () => {
	const ours = note('prov-62', 'a2', 'versi A', ['r1']);
	const theirs = note('prov-62', 'b2', 'versi B', ['r1']);
	const resolved = resolveConflict({ candidateId: 'prov-62', local: ours, incoming: theirs }, 'versi A dan B', AT, () => 'm1');
	expect(resolved).toEqual({ candidateId: 'prov-62', text: 'versi A dan B', updatedAt: '2025-07-15T04:00:00.000Z', rev: 'm1', history: ['r1', 'a2', 'b2'] });
	for (const file of [[ours], [theirs]]) {
		const again = mergeNotes([resolved], file);
		expect(again.unchanged).toEqual(['prov-62']);
		expect(again.notes).toEqual([resolved]);
	}
	// And the other panel member, still holding B, fast-forwards to the resolution.
	expect(mergeNotes([theirs], [resolved]).updated).toEqual(['prov-62']);
});

test('a resolution keeps both sides even when the histories fill the bound', () => {
	const long = (p: string) => Array.from({ length: 50 }, (_, i) => `${p}${i}`);
	const resolved = resolveConflict({ candidateId: 'prov-62', local: note('prov-62', 'a50', 'A', long('a')), incoming: note('prov-62', 'b50', 'B', long('b')) }, 'A', AT, () => 'm1');
	// 50 + 50 earlier revs and the two sides: the newest 50 are b2..b49 (48), then a50 and b50.
	expect(resolved.history).toHaveLength(50);
	expect(resolved.history.slice(-2)).toEqual(['a50', 'b50']);
	expect(resolved.history[0]).toBe('b2');
});

const SAMPLE = { name: 'cakupan-sample', version: '2025.1', checksum: '3f2a9c0d1b7e' };

/** One panel member: a store, a clock and their own revision ids. */
function member(prefix: string) {
	const now = minutes();
	const newRev = revs(prefix);
	const store = createMemoryNotesStore('cakupan-sample', { now, newRev });
	return {
		store,
		async type(candidateId: string, text: string) {
			await store.put(editNote(await store.get(candidateId), text, now(), newRev, { candidateId, author: prefix }));
		},
		exported: async () => notesFile(SAMPLE, await store.all(), new Date('2025-07-15T10:00:00Z')),
		async import(text: string) {
			const parsed = parseNotesFile(text);
			if (!parsed.ok) throw new Error(parsed.problem);
			const result = await importNotesFile(store, parsed.file);
			if (!result.ok) throw new Error(result.problem);
			return result.merge;
		}
	};
}

const texts = async (store: NotesStore) => (await store.all()).map((n: PanelNote) => [n.candidateId, n.text]);

test('three-way: A and B start from the same export and edit different notes → a clean merge both ways', async () => {
	const lead = member('L');
	await lead.type('prov-62', 'Perda 2023 ada');
	await lead.type('kab-6201', 'BPU turun');
	const base = await lead.exported();
	const a = member('A');
	const b = member('B');
	expect((await a.import(base)).added).toEqual(['kab-6201', 'prov-62']);
	await b.import(base);
	await a.type('prov-62', 'Perda 2023 ada; Pergub 2024 menyusul');
	await b.type('kab-6201', 'BPU turun karena PHK pabrik');
	const intoA = await a.import(await b.exported());
	expect([intoA.updated, intoA.unchanged, intoA.conflicts]).toEqual([['kab-6201'], ['prov-62'], []]);
	const intoB = await b.import(await a.exported());
	expect([intoB.updated, intoB.unchanged, intoB.conflicts]).toEqual([['prov-62'], ['kab-6201'], []]);
	const merged = [
		['kab-6201', 'BPU turun karena PHK pabrik'],
		['prov-62', 'Perda 2023 ada; Pergub 2024 menyusul']
	];
	expect(await texts(a.store)).toEqual(merged);
	expect(await texts(b.store)).toEqual(merged);
});

test('three-way: both edit the same note → one conflict, kept until resolved; then either file is a no-op', async () => {
	const lead = member('L');
	await lead.type('prov-62', 'Perda 2023 ada');
	await lead.type('kab-6201', 'BPU turun');
	const base = await lead.exported();
	const a = member('A');
	const b = member('B');
	await a.import(base);
	await b.import(base);
	await a.type('prov-62', 'Perda 2023 ada (dicek)');
	await b.type('prov-62', 'Perda 2023 belum diundangkan');
	const fileA = await a.exported();
	const fileB = await b.exported();
	const intoA = await a.import(fileB);
	expect(intoA.conflicts.map((c) => [c.candidateId, c.local.text, c.incoming.text])).toEqual([['prov-62', 'Perda 2023 ada (dicek)', 'Perda 2023 belum diundangkan']]);
	expect(intoA.unchanged).toEqual(['kab-6201']);
	expect((await a.store.get('prov-62'))?.text).toBe('Perda 2023 ada (dicek)');
	expect((await a.store.conflicts()).map((c) => c.candidateId)).toEqual(['prov-62']);
	await a.store.resolveConflict('prov-62', 'Perda 2023: dicek, belum diundangkan');
	expect(await a.store.conflicts()).toEqual([]);
	for (const file of [fileA, fileB]) {
		const again = await a.import(file);
		expect([again.added, again.updated, again.conflicts]).toEqual([[], [], []]);
		expect(again.unchanged).toEqual(['kab-6201', 'prov-62']);
	}
	expect(await a.store.conflicts()).toEqual([]);
	// B takes A's resolved file: a fast-forward, no conflict.
	expect((await b.import(await a.exported())).updated).toEqual(['prov-62']);
	expect((await b.store.get('prov-62'))?.text).toBe('Perda 2023: dicek, belum diundangkan');
});

test("importing another dataset's file is refused and stores nothing", async () => {
	const store = createMemoryNotesStore('milik-saya');
	const parsed = parseNotesFile(notesFile(SAMPLE, [note('prov-62', 'r1', 'sampel')], AT));
	if (!parsed.ok) throw new Error(parsed.problem);
	expect(await importNotesFile(store, parsed.file)).toEqual({ ok: false, problem: 'otherDataset', detail: 'cakupan-sample, not milik-saya' });
	expect(await store.all()).toEqual([]);
});
