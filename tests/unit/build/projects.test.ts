/**
 * tests/projects.ts stays true: a test file that mocks a module runs with modules of its own
 * (the `isolated` project), every listed entry exists, and test files live where the projects
 * look for them.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ISOLATED } from '../../projects';

const ROOT = join(import.meta.dirname, '../../..');
const SELF = 'tests/unit/build/projects.test.ts';

function files(dir: string): string[] {
	return readdirSync(join(ROOT, dir)).flatMap((name) => {
		const path = `${dir}/${name}`;
		return statSync(join(ROOT, path)).isDirectory() ? files(path) : [path];
	});
}

/** What needs modules of its own: a mocked module. */
const MOCKS = /\bvi\.(mock|doMock|unmock)\(/;

describe('tests/projects.ts', () => {
	const testFiles = files('tests').filter((f) => f.endsWith('.test.ts'));

	test('a test file that mocks a module is listed', () => {
		const unlisted = testFiles.filter((f) => f !== SELF && MOCKS.test(readFileSync(join(ROOT, f), 'utf8')) && !ISOLATED.includes(f));
		expect(unlisted).toEqual([]);
	});

	test('every listed file exists and mocks a module (nothing isolated without a reason)', () => {
		for (const file of ISOLATED) {
			expect(existsSync(join(ROOT, file)), file).toBe(true);
			expect(MOCKS.test(readFileSync(join(ROOT, file), 'utf8')), file).toBe(true);
		}
	});

	test('test files live in folders under tests/, none at its top', () => {
		expect(readdirSync(join(ROOT, 'tests')).filter((name) => name.endsWith('.test.ts'))).toEqual([]);
		expect(testFiles.length).toBeGreaterThan(100);
	});
});
