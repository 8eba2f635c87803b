/**
 * tests/projects.ts stays true: a unit test file that starts a DuckDB engine or mocks a module
 * runs with modules of its own (the `engine` project), every listed entry exists, and the two
 * projects together run every test file once.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ISOLATED_UNIT, isIsolatedUnit } from '../../projects';

const ROOT = join(import.meta.dirname, '../../..');

function files(dir: string): string[] {
	return readdirSync(join(ROOT, dir)).flatMap((name) => {
		const path = `${dir}/${name}`;
		return statSync(join(ROOT, path)).isDirectory() ? files(path) : [path];
	});
}

/** What needs modules of its own: a mocked module, or an engine (directly or through the SQL and import helpers). */
const NEEDS_OWN_MODULES = /\bvi\.(mock|doMock)\(|createNodeEngine|openNodeDatabase|\b(siteDb|fixtureDb|dbForDataset)\(|sql\/setup|from '\.\/helpers'/;

describe('tests/projects.ts', () => {
	const unitTests = files('tests/unit').filter((f) => f.endsWith('.test.ts'));
	const SELF = 'tests/unit/build/projects.test.ts';

	test('a unit test file that mocks a module or starts an engine is listed', () => {
		const unlisted = unitTests.filter((f) => f !== SELF && NEEDS_OWN_MODULES.test(readFileSync(join(ROOT, f), 'utf8')) && !isIsolatedUnit(f));
		expect(unlisted).toEqual([]);
	});

	test('the check sees what it looks for: a mocking file, an engine file and an import file match it', () => {
		for (const f of ['tests/unit/state/location.test.ts', 'tests/unit/views/kantor/model.test.ts', 'tests/unit/import/check.test.ts']) {
			expect(NEEDS_OWN_MODULES.test(readFileSync(join(ROOT, f), 'utf8')), f).toBe(true);
		}
		expect(isIsolatedUnit('tests/unit/import/anything.test.ts')).toBe(true);
		expect(isIsolatedUnit('tests/unit/format/number.test.ts')).toBe(false);
	});

	test('every listed file or folder exists', () => {
		expect(ISOLATED_UNIT.filter((entry) => !existsSync(join(ROOT, entry)))).toEqual([]);
	});

	test('test files live only where the projects look (tests/<folder>/…), none at the top of tests/', () => {
		const top = readdirSync(join(ROOT, 'tests')).filter((name) => name.endsWith('.test.ts'));
		expect(top).toEqual([]);
		expect(unitTests.length).toBeGreaterThan(50);
	});
});
