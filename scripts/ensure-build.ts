/**
 * Runs `npm run build` when the built site is missing or older than its sources, so `npm test`
 * works right after `npm install` on a fresh clone (`pretest:e2e`). CI builds first, and then
 * this only checks times.
 */
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');

/** What the site is built from (static/data is an output of `npm run db`, but new data means a new site). */
const SOURCES = [
	'src',
	'static',
	process.env.CAKUPAN_DATASET || 'data/sample',
	'scripts',
	'svelte.config.js',
	'vite.config.ts',
	'package.json'
];

/** The build's stamp: the prerendered home page, written at the end of `vite build`. */
const STAMP = join(ROOT, 'build', 'index.html');

/**
 * A folder whose own time says nothing: `npm run db` writes static/data and takes its lock
 * there (a `.build-db.lock` folder, made and removed) on every run, even one that finds the data
 * up to date, as the SQL tests' runs do; its files' times still count.
 */
const OUTPUT_DIR = resolve(ROOT, 'static/data');

function newest(path: string): number {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	// A folder's own time counts (a deleted source changes it), except the database build's output.
	let latest = resolve(path) === OUTPUT_DIR ? 0 : stat.mtimeMs;
	for (const entry of readdirSync(path)) {
		if (!entry.startsWith('.')) latest = Math.max(latest, newest(join(path, entry)));
	}
	return latest;
}

const built = existsSync(STAMP) ? statSync(STAMP).mtimeMs : 0;
const changed = SOURCES.find((source) => newest(resolve(ROOT, source)) > built);
if (built === 0 || changed) {
	console.log(built === 0 ? 'ensure-build: no build/ yet, running npm run build' : `ensure-build: ${changed} changed since the last build, running npm run build`);
	execSync('npm run build', { cwd: ROOT, stdio: 'inherit' });
} else {
	console.log('ensure-build: build/ is up to date');
}
