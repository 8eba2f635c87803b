import { tableFromArrays, type Table } from 'apache-arrow';
import { describe, expect, test } from 'vitest';
import type { Param } from '$lib/data/connector';
import { preparedStatements, type PreparedStatement } from '$lib/data/statements';

/**
 * A fake connection: `prepare` records the text and hands out statements that answer their
 * text's number plus the first param; `SELECT fail` fails to prepare, `SELECT boom` to run.
 */
function fakeConnection({ async = false } = {}) {
	const prepared: string[] = [];
	const closed: string[] = [];
	const runs: string[] = [];
	const prepare = (text: string): PreparedStatement | Promise<PreparedStatement> => {
		prepared.push(text);
		if (text === 'SELECT fail') throw new Error('Parser Error: fail');
		const statement: PreparedStatement = {
			query: (...params: Param[]): Table => {
				runs.push(text);
				if (text === 'SELECT boom') throw new Error('Conversion Error: boom');
				return tableFromArrays({ n: Float64Array.from([Number(text.slice(7)) + Number(params[0] ?? 0)]) });
			},
			close: () => closed.push(text)
		};
		return async ? Promise.resolve(statement) : statement;
	};
	return { prepare, prepared, closed, runs };
}

const value = (table: Table) => table.getChild('n')!.get(0) as number;

describe('prepared statements', () => {
	test('a repeated text is prepared once, and each run binds its own params', async () => {
		const fake = fakeConnection({ async: true });
		const { run, size } = preparedStatements(fake.prepare);
		expect(size).toBe(0);
		expect(value(await run('SELECT 10', [1]))).toBe(11);
		expect(value(await run('SELECT 10', [2]))).toBe(12);
		expect(value(await run('SELECT 20', []))).toBe(20);
		expect(value(await run('SELECT 10', [3]))).toBe(13);
		expect(fake.prepared).toEqual(['SELECT 10', 'SELECT 20']);
		expect(fake.runs).toEqual(['SELECT 10', 'SELECT 10', 'SELECT 20', 'SELECT 10']);
		expect(fake.closed).toEqual([]);
	});

	test('concurrent first runs of one text share one prepare', async () => {
		const fake = fakeConnection({ async: true });
		const { run } = preparedStatements(fake.prepare);
		const results = await Promise.all([run('SELECT 5', [1]), run('SELECT 5', [2])]);
		expect(results.map(value)).toEqual([6, 7]);
		expect(fake.prepared).toEqual(['SELECT 5']);
	});

	test('beyond the limit the least recently used statement is closed', async () => {
		const fake = fakeConnection();
		const cache = preparedStatements(fake.prepare, { limit: 2 });
		await cache.run('SELECT 1', []);
		await cache.run('SELECT 2', []);
		await cache.run('SELECT 1', []); // 1 is now the most recent
		await cache.run('SELECT 3', []); // evicts 2
		expect(fake.closed).toEqual(['SELECT 2']);
		expect(cache.size).toBe(2);
		await cache.run('SELECT 1', []);
		await cache.run('SELECT 2', []); // prepared again, evicts 3
		expect(fake.prepared).toEqual(['SELECT 1', 'SELECT 2', 'SELECT 3', 'SELECT 2']);
		expect(fake.closed).toEqual(['SELECT 2', 'SELECT 3']);
	});

	test('a statement evicted while it runs is closed only after its run', async () => {
		let release!: () => void;
		const held = new Promise<void>((resolve) => (release = resolve));
		const closed: string[] = [];
		const cache = preparedStatements(
			(text) => ({
				query: async () => {
					if (text === 'SELECT 1') await held;
					return tableFromArrays({ n: Float64Array.from([1]) });
				},
				close: () => closed.push(text)
			}),
			{ limit: 1 }
		);
		const slow = cache.run('SELECT 1', []);
		await cache.run('SELECT 2', []); // evicts 1 while it runs
		expect(closed).toEqual([]);
		release();
		expect(value(await slow)).toBe(1);
		await Promise.resolve();
		expect(closed).toEqual(['SELECT 1']);
	});

	test('a failed prepare is not kept: the next run prepares again', async () => {
		const fake = fakeConnection();
		const { run } = preparedStatements(fake.prepare);
		await expect(run('SELECT fail', [])).rejects.toThrow('Parser Error: fail');
		await expect(run('SELECT fail', [])).rejects.toThrow('Parser Error: fail');
		expect(fake.prepared).toEqual(['SELECT fail', 'SELECT fail']);
		expect(fake.closed).toEqual([]);
	});

	test('a statement whose run fails is closed and prepared afresh next time', async () => {
		const fake = fakeConnection();
		const cache = preparedStatements(fake.prepare);
		await expect(cache.run('SELECT boom', [])).rejects.toThrow('Conversion Error: boom');
		await Promise.resolve();
		expect(fake.closed).toEqual(['SELECT boom']);
		expect(cache.size).toBe(0);
		await expect(cache.run('SELECT boom', [])).rejects.toThrow('Conversion Error: boom');
		expect(fake.prepared).toEqual(['SELECT boom', 'SELECT boom']);
	});

	test('closeAll closes every kept statement; later runs prepare anew', async () => {
		const fake = fakeConnection();
		const cache = preparedStatements(fake.prepare);
		await cache.run('SELECT 1', []);
		await cache.run('SELECT 2', []);
		cache.closeAll();
		await Promise.resolve();
		expect(fake.closed).toEqual(['SELECT 1', 'SELECT 2']);
		expect(cache.size).toBe(0);
		expect(value(await cache.run('SELECT 1', [4]))).toBe(5);
		expect(fake.prepared).toEqual(['SELECT 1', 'SELECT 2', 'SELECT 1']);
	});
});
