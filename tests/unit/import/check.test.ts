/**
 * checkParsedFile: the dataset validator over a parsed file's rows, on native DuckDB with the
 * sample's `regions` as the reference. Good files give no error; what only the validator sees
 * (unknown codes, duplicate keys, negative and fractional counts, months in the future) comes back
 * as the validator's rule, pointing at the file's own row.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { Db } from '$lib/data/connector';
import { checkParsedFile, hasErrors, parseFile, SCRATCH_SCHEMA, type ImportFinding } from '$lib/import';
import { example, nativeReferenceDb, REGIONS } from './helpers';

/** After the examples' last month (December 2025), as the validator tests pin it. */
const NOW = new Date('2026-01-15T12:00:00+07:00');

let db: Db;

beforeAll(async () => {
	({ db } = await nativeReferenceDb());
});

async function check(name: string, now = NOW): Promise<ImportFinding[]> {
	const parsed = await parseFile(example(name), { regions: REGIONS });
	return checkParsedFile(db, parsed, { reference: { schema: 'ref' }, now });
}

const located = (fs: readonly ImportFinding[]) => fs.map((f) => ({ code: f.code, column: f.column, row: f.row }));

describe('good files pass the validator', () => {
	test.each(['partisipasi-62-zstd.parquet', 'partisipasi-62-snappy.parquet', 'partisipasi-62.csv', 'partisipasi-62.xlsx', 'unicode-utf16.txt'])('%s', async (name) => {
		const findings = await check(name);
		expect(findings.filter((f) => f.severity !== 'notice')).toEqual([]);
	});

	test('the scratch schema is dropped afterwards', async () => {
		await check('partisipasi-62.csv');
		const left = await db.query({ text: "SELECT schema_name FROM information_schema.schemata WHERE schema_name LIKE ? || '%'", params: [SCRATCH_SCHEMA] });
		expect(left).toEqual([]);
	});
});

describe("bad files get the validator's rule at the file's row", () => {
	test('unknown region code 6299: one finding for its 48 rows, the first at row 2', async () => {
		const findings = await check('rusak-kode-tidak-dikenal.csv');
		expect(located(findings)).toEqual([{ code: 'unknown_region', column: 'region_code', row: 2 }]);
		expect(findings[0]!.message.id).toContain('6299');
		expect(findings[0]!.message.id).toContain('48 baris');
		expect(findings[0]!.header).toBe('region_code');
	});

	test('duplicate key: the 10th data row repeated as the last', async () => {
		const findings = await check('rusak-kunci-ganda.csv');
		// The first of the two rows sharing the key is data row 10, file row 11.
		expect(located(findings)).toEqual([{ code: 'duplicate_key', column: undefined, row: 11 }]);
		expect(findings[0]!.message.id).toContain('region_code=6201, month=2024-03-01, segment=JAKON');
	});

	test('negative count: -12 non-active in file row 4', async () => {
		const findings = await check('rusak-negatif.csv');
		expect(located(findings)).toEqual([{ code: 'negative_count', column: 'non_active', row: 4 }]);
		expect(findings[0]!.message.id).toContain('−12');
	});

	test('fractional count: wrong_type on active, file row 9', async () => {
		const findings = await check('rusak-pecahan.csv');
		expect(located(findings)).toEqual([{ code: 'wrong_type', column: 'active', row: 9 }]);
		expect(findings[0]!.message.id).toContain('.5');
	});

	test('pre-2022 Papua codes: the import\'s message only, no second "unknown" or "empty" finding', async () => {
		const findings = await check('rusak-kode-papua-lama.csv');
		expect(new Set(findings.map((f) => f.code))).toEqual(new Set(['old_papua_code']));
		expect(hasErrors(findings)).toBe(true);
	});

	test('months after "now" are refused: the same good file checked in mid-2025', async () => {
		const findings = await check('partisipasi-62.csv', new Date('2025-06-15T12:00:00+07:00'));
		// The first example is July 2025's first row: Kotawaringin Barat (6201) comes first, its
		// July 2025 is month 79 of 84, segments sorted BPU first: data row 78 × 4 + 1 = 313, file row 314.
		expect(findings[0]).toMatchObject({ code: 'month_out_of_range', column: 'month', row: 314, severity: 'error' });
		// 14 regencies × 6 months (July–December 2025) × 4 segments.
		expect(findings[0]!.count).toBe(336);
	});

	test('a file the import refused is not validated', async () => {
		expect(located(await check('rusak-kosong.csv'))).toEqual([{ code: 'empty_file', column: undefined, row: undefined }]);
	});
});
