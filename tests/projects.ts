/**
 * Which Vitest project runs a test file (vite.config.ts). `unit`: plain unit tests under
 * tests/unit, which share their worker's modules (no fresh import of the app's modules for each
 * file: the 80 files took 22–25 s instead of 34–35 s on two cores). `engine`: every other file,
 * each with modules of its own: the SQL, validator and sample suites and the unit files listed
 * here, which start a DuckDB engine (with shared modules, one file's engines broke another's: "Max
 * expression depth limit of 0") or mock modules (a mock must not leak into the next file).
 * tests/unit/build/projects.test.ts keeps this list true.
 */

/** Files, or folders (ending in `/`), of tests/unit that need modules of their own. */
export const ISOLATED_UNIT: readonly string[] = [
	'tests/unit/import/',
	'tests/unit/views/',
	'tests/unit/components/data-findings.svelte.test.ts',
	'tests/unit/components/template-downloads.svelte.test.ts',
	'tests/unit/data/status-stopped.test.ts',
	'tests/unit/state/location.test.ts'
];

/** Whether a test file (a path from the repository's root) is one of ISOLATED_UNIT. */
export function isIsolatedUnit(file: string): boolean {
	return ISOLATED_UNIT.some((entry) => (entry.endsWith('/') ? file.startsWith(entry) : file === entry));
}

/** The `include` globs of ISOLATED_UNIT. */
export const ISOLATED_UNIT_GLOBS: readonly string[] = ISOLATED_UNIT.map((entry) => (entry.endsWith('/') ? `${entry}**/*.test.ts` : entry));
