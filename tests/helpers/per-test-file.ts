/**
 * A value kept for the running test file only. Vitest may run many files in one module graph
 * (tests/projects.ts), so a memo at a helper module's top level would outlive its file: this one
 * is made on a file's first call, and when a call comes from another file the previous file's
 * value is disposed of and a new one made.
 *
 * @example
 * const connection = perTestFile(() => openNative(), (p) => void p.then((c) => c.closeSync()));
 */
import { expect } from 'vitest';

export function perTestFile<T>(make: () => T, dispose: (value: T) => void): () => T {
	let held: { file: string | undefined; value: T } | undefined;
	return () => {
		const file = expect.getState().testPath;
		if (held && held.file === file) return held.value;
		if (held) dispose(held.value);
		const value = make();
		held = { file, value };
		return value;
	};
}
