/**
 * checkParsedFile on the browser's engine (DuckDB-WASM's blocking bundle) with a file larger than
 * one INSERT can carry: Kalimantan Tengah's 14 regencies × 312 months (2000-01 to 2025-12) × 4
 * segments = 17,472 rows. DuckDB-WASM copies a statement's parameters as JSON onto its 1 MiB wasm
 * stack, so one INSERT of all of them (about 1.5 MB of JSON) failed with "memory access out of
 * bounds"; `batches` keeps each INSERT's bound text within a quarter of the stack.
 */
import { beforeAll, expect, test } from 'vitest';
import type { CachedDb } from '$lib/data/create-db';
import { checkParsedFile, parseFile } from '$lib/import';
import { batches } from '$lib/import/check';
import { REGIONS, wasmRegionsDb } from './helpers';

const NOW = new Date('2026-01-15T12:00:00+07:00');
let db: CachedDb;
let inserts = 0;

beforeAll(async () => {
	({ db } = await wasmRegionsDb((text) => {
		if (text.startsWith('INSERT INTO "cakupan_import')) inserts++;
	}));
});

function largeFile(): { name: string; bytes: Uint8Array } {
	const regencies = REGIONS.filter((r) => /^62\d\d$/.test(r.code)).map((r) => r.code);
	expect(regencies).toHaveLength(14);
	const lines = ['region_code;month;segment;active;non_active;new_registrations;contributions_idr'];
	for (const code of regencies)
		for (let m = 0; m < 312; m++)
			for (const segment of ['BPU', 'JAKON', 'PMI', 'PU']) {
				const month = `${2000 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
				lines.push(`${code};${month};${segment};${1000 + m};${500 + m};${m};${25_000 * (1000 + m)}`);
			}
	return { name: 'partisipasi-62-2000-2025.csv', bytes: new TextEncoder().encode(lines.join('\r\n')) };
}

test('17,472 rows pass the validator on DuckDB-WASM, in INSERTs small enough for its stack', async () => {
	const parsed = await parseFile(largeFile(), { regions: REGIONS });
	expect(parsed.rows).toHaveLength(14 * 312 * 4);
	const findings = await checkParsedFile(db, parsed, { now: NOW });
	expect(findings).toEqual([]);
	// About 96 JSON characters a row: 17,472 rows take 7 INSERTs of at most 250,000.
	expect(inserts).toBe(7);
});

test('batches: every row once, in order, each batch within the budget unless a single row exceeds it', () => {
	const columns = [{ name: 'a' }, { name: 'b' }];
	const rows = Array.from({ length: 10_000 }, (_, i) => ({ a: 'x'.repeat(i % 50), b: i }));
	const out = [...batches(rows, columns)];
	expect(out.flat()).toEqual(rows);
	expect(out.length).toBeGreaterThan(1);
	const size = (batch: typeof rows) => batch.reduce((n, r) => n + r.a.length + String(r.b).length + 12, 0);
	expect(out.every((batch) => size(batch) <= 250_000)).toBe(true);
	expect([...batches([{ a: 'y'.repeat(300_000), b: 1 }], columns)]).toEqual([[{ a: 'y'.repeat(300_000), b: 1 }]]);
	expect([...batches([], columns)]).toEqual([]);
});
