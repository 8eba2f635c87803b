/**
 * One database build at a time per output folder. Parallel test files each call
 * `buildSiteData`; DuckDB files are not byte-for-byte reproducible, so two builds racing into
 * one folder could leave a dataset.json whose sha256 names the other build's files. The lock
 * is a directory (`mkdir` is atomic) holding the builder's pid; the second build waits, then
 * finds the data up to date.
 */
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const LOCK_DIR = '.build-db.lock';

/** Whether the build that holds a lock is gone (its process ended without releasing it, e.g. Ctrl-C). */
function abandoned(lock: string): boolean {
	let pid: number;
	try {
		pid = Number(readFileSync(join(lock, 'pid'), 'utf8'));
	} catch {
		// No pid yet: just taken (or a crash right then, which the age catches).
		try {
			return Date.now() - statSync(lock).mtimeMs > 60_000;
		} catch {
			return false;
		}
	}
	try {
		process.kill(pid, 0);
		return false;
	} catch (e) {
		return (e as NodeJS.ErrnoException).code === 'ESRCH';
	}
}

/** Run `work` while holding `outDir`'s build lock, waiting for another build to finish first. */
export async function withBuildLock<T>(outDir: string, work: () => Promise<T>): Promise<T> {
	mkdirSync(outDir, { recursive: true });
	const lock = join(outDir, LOCK_DIR);
	for (;;) {
		try {
			mkdirSync(lock);
			writeFileSync(join(lock, 'pid'), String(process.pid));
			break;
		} catch (e) {
			if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
			if (abandoned(lock)) rmSync(lock, { recursive: true, force: true });
			else await new Promise((r) => setTimeout(r, 100));
		}
	}
	try {
		return await work();
	} finally {
		rmSync(lock, { recursive: true, force: true });
	}
}

