/**
 * Which Vitest project runs a test file (vite.config.ts).
 *
 * `shared`: every file but those listed here. The files a worker runs share its modules, so the
 * app's modules, the engines' glue and the test helpers load once per worker instead of once per
 * file (the whole Vitest run on two cores: 181 s with modules per file, 145 s shared, back to
 * back). Helpers that keep a database for a file (tests/sql/setup.ts, tests/unit/import/helpers.ts)
 * hold it with `perTestFile` (tests/helpers/per-test-file.ts), which closes the last file's, so
 * no file sees another's engine.
 *
 * `isolated`: the files listed here, each with modules of its own, because they mock modules (a
 * mock must not leak into the next file's imports). tests/unit/build/projects.test.ts keeps this
 * list true.
 */
export const ISOLATED: readonly string[] = [
	'tests/unit/components/template-downloads.svelte.test.ts',
	'tests/unit/data/status-stopped.test.ts',
	'tests/unit/state/location.test.ts'
];
