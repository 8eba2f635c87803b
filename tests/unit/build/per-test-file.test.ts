/** perTestFile: one value per running test file; the last file's is disposed of when another file asks. */
import { expect, test } from 'vitest';
import { perTestFile } from '../../helpers/per-test-file';

test('the same value within a file; another file gets a new one and the old one is disposed of', () => {
	const disposed: number[] = [];
	let made = 0;
	const value = perTestFile(
		() => ++made,
		(old) => disposed.push(old)
	);
	const own = expect.getState().testPath;
	expect(value()).toBe(1);
	expect(value()).toBe(1);
	expect(disposed).toEqual([]);
	expect.setState({ testPath: 'tests/unit/elsewhere.test.ts' });
	try {
		expect(value()).toBe(2);
		expect(disposed).toEqual([1]);
	} finally {
		expect.setState({ testPath: own });
	}
	expect(value()).toBe(3);
	expect(disposed).toEqual([1, 2]);
});
