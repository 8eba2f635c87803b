/**
 * The reference `regions` a file is checked against is the sample's, checked when the sample was
 * built: checkParsedFile names it as the validator's `reference`, so only the file's own rows are
 * checked (the reference's own checks were a sixth of a 10 MB file's check time; their findings
 * were dropped anyway), while codes are still looked up in it. Here the reference carries defects
 * of its own (a repeated code, a wrong parent): the validator finds them when asked to check
 * `regions`, and the file's check still finds the file's unknown code, and only that.
 */
import { beforeAll, expect, test } from 'vitest';
import type { Db } from '$lib/data/connector';
import { checkParsedFile, parseFile } from '$lib/import';
import { validateDataset } from '$lib/validate';
import { example, nativeReferenceDb, REGIONS } from './helpers';

const NOW = new Date('2026-01-15T12:00:00+07:00');
let db: Db;

beforeAll(async () => {
	const reference = await nativeReferenceDb();
	db = reference.db;
	const conn = reference.conn;
	// Two defects of the reference itself: Kota Palangka Raya (6271) twice, and Kotawaringin Barat under the wrong province.
	await conn.run(`INSERT INTO ref.regions SELECT * FROM ref.regions WHERE code = '6271'`);
	await conn.run(`UPDATE ref.regions SET parent_code = '63' WHERE code = '6201'`);
});

test('the defects of the reference are there to be found when regions itself is checked', async () => {
	const rules = new Set((await validateDataset(db, { schema: 'ref', tables: ['regions'], now: NOW })).map((f) => f.rule));
	expect(rules).toContain('duplicate_key');
	expect(rules).toContain('region_inconsistent');
});

test("a file's check reports its own unknown code, not the reference's defects", async () => {
	const parsed = await parseFile(example('rusak-kode-tidak-dikenal.csv'), { regions: REGIONS });
	const findings = await checkParsedFile(db, parsed, { reference: { schema: 'ref' }, now: NOW });
	// data/examples/README.md: region code 6299, 48 rows, first at row 2.
	const errors = findings.filter((f) => f.severity === 'error');
	expect(errors.map((f) => [f.code, f.table, f.row, f.count])).toEqual([['unknown_region', 'participation', 2, 48]]);
	expect(findings.some((f) => f.table === 'regions')).toBe(false);
});

test('named as a reference, regions is looked at but its rows are not checked', async () => {
	const rules = (await validateDataset(db, { schema: 'ref', tables: ['regions'], reference: ['regions'], now: NOW })).map((f) => f.rule);
	expect(rules).not.toContain('duplicate_key');
	expect(rules).not.toContain('region_inconsistent');
});
