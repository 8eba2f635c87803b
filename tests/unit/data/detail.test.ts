import { describe, expect, test } from 'vitest';
import { detailAttachStatement, detailFileName, detailSchema, hasDetail, type DetailFile } from '$lib/data/database';
import { detailAttacher, type DetailEngine } from '$lib/data/detail';
import { sha256Hex } from '$lib/data/download';
import { DataError } from '$lib/data/errors';

/** Bytes that pass the DuckDB header check: "DUCK" at offset 8. */
function duckBytes(seed = 1): Uint8Array {
	const bytes = new Uint8Array(4096).fill(seed);
	bytes.set([0x44, 0x55, 0x43, 0x4b], 8);
	return bytes;
}

/** An engine and a file source that record every call; `fail` makes the next reads throw. */
async function fakes({ fail = 0 } = {}) {
	const bytes = duckBytes();
	const entry: DetailFile = { file: 'x-villages-61.duckdb', bytes: bytes.length, sha256: await sha256Hex(bytes), tables: { participation_village: 8 } };
	const calls: string[] = [];
	let failures = fail;
	const engine: DetailEngine = {
		registerFileBuffer: (name) => void calls.push(`register ${name}`),
		exec: (text) => void calls.push(text),
		dropFile: (name) => void calls.push(`drop ${name}`)
	};
	const read = async (file: string) => {
		calls.push(`read ${file}`);
		await new Promise((r) => setTimeout(r, 5));
		if (failures-- > 0) throw new DataError('network', `could not fetch ${file}`);
		return bytes.slice();
	};
	const attach = detailAttacher({ database: { detail: { '61': entry } }, read, engine });
	return { attach, calls, entry };
}

describe('province codes', () => {
	test.each(['61; DROP', '6', '99', '', '611', ' 61', '61\n', '６１', '__proto__', 'toString'])(
		'%j is refused before any read or SQL',
		async (province) => {
			const { attach, calls } = await fakes();
			await expect(attach(province)).rejects.toBeInstanceOf(RangeError);
			expect(calls).toEqual([]);
		}
	);

	test('detailSchema names the schema of a two-digit code and throws naming anything else', () => {
		expect(detailSchema('61')).toBe('villages_61');
		expect(() => detailSchema('61; DROP')).toThrow('invalid province code: "61; DROP"');
		expect(() => detailSchema('6')).toThrow(RangeError);
		expect(() => detailSchema(61 as unknown as string)).toThrow(RangeError);
	});

	test('file names and the attach statement', () => {
		expect(detailFileName('cakupan-sample.duckdb', '09')).toBe('cakupan-sample-villages-09.duckdb');
		expect(detailAttachStatement("it's-villages-61.duckdb", '61')).toBe(`ATTACH 'it''s-villages-61.duckdb' AS villages_61 (READ_ONLY)`);
		expect(() => detailFileName('x.duckdb', '9')).toThrow(RangeError);
	});

	test('hasDetail: well-formed and listed', () => {
		const database = { detail: { '61': {} as DetailFile } };
		expect(hasDetail(database, '61')).toBe(true);
		expect(hasDetail(database, '62')).toBe(false);
		expect(hasDetail(database, '61; DROP')).toBe(false);
		expect(hasDetail(database, 'hasOwnProperty')).toBe(false);
	});
});

describe('attaching', () => {
	test('once per province: concurrent callers share one read and one ATTACH', async () => {
		const { attach, calls } = await fakes();
		await Promise.all([attach('61'), attach('61')]);
		await attach('61');
		expect(calls).toEqual([
			'read x-villages-61.duckdb',
			'drop x-villages-61.duckdb',
			'register x-villages-61.duckdb',
			"ATTACH 'x-villages-61.duckdb' AS villages_61 (READ_ONLY)"
		]);
	});

	test('a failure rejects every waiting caller; the next call tries again', async () => {
		const { attach, calls } = await fakes({ fail: 1 });
		const results = await Promise.allSettled([attach('61'), attach('61')]);
		expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
		expect((results[0] as PromiseRejectedResult).reason).toMatchObject({ kind: 'network' });
		await attach('61');
		expect(calls.filter((c) => c.startsWith('read'))).toHaveLength(2);
		expect(calls.at(-1)).toBe("ATTACH 'x-villages-61.duckdb' AS villages_61 (READ_ONLY)");
	});

	test('bytes that differ from the manifest are refused before they are registered', async () => {
		const bytes = duckBytes(2);
		const calls: string[] = [];
		const attach = detailAttacher({
			database: { detail: { '62': { file: 'x-villages-62.duckdb', bytes: bytes.length, sha256: 'f'.repeat(64), tables: {} } } },
			read: async () => bytes,
			engine: { registerFileBuffer: (n) => void calls.push(n), exec: (t) => void calls.push(t), dropFile: () => {} }
		});
		await expect(attach('62')).rejects.toMatchObject({ name: 'DataError', kind: 'file', message: expect.stringMatching(/sha256/) });
		expect(calls).toEqual([]);
	});
});
