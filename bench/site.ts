/**
 * The built site for one scale. Each scale is built in its own copy of the working tree under
 * bench/out/site-<scale>/ (node_modules and data/ are symlinks), with the project's own
 * `npm run build` and CAKUPAN_DATASET pointing at the scale's dataset. So the bench never
 * overwrites the repo's build/ or static/data/ while others work in it, both scales stay built
 * side by side, and a scale whose sources and dataset did not change is not rebuilt.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { OUT_DIR, ROOT } from './config';
import type { Scale } from './targets';

/** The dataset folder of each named scale (relative to the repo). */
export const DATASETS: Record<Exclude<Scale, 'custom'>, string> = {
	sample: 'data/sample',
	village: 'data/generated/village'
};

/** How to make a missing dataset. */
export const MAKE_DATASET: Record<Exclude<Scale, 'custom'>, string> = {
	sample: 'npm run data',
	village: 'npm run data -- --scale village --out data/generated/village'
};

/** A scale ready to serve. */
export interface Site {
	readonly scale: Scale;
	readonly datasetDir: string;
	/** The adapter-static output (what the server serves). */
	readonly buildDir: string;
	/** The built database file and the served manifest. */
	readonly databaseFile: string;
	readonly manifest: ServedManifestLite;
}

/** The parts of the served dataset.json the bench reads. */
export interface ServedManifestLite {
	readonly name: string;
	readonly period: { from: string; to: string };
	readonly database: {
		file: string;
		bytes: number;
		tables: Record<string, number>;
		/** The provinces' village detail files (not part of the first visit). */
		detail: Record<string, { file: string; bytes: number; sha256: string; tables: Record<string, number> }>;
	};
}

/** Why a dataset folder cannot be used, or null when it can. */
export function datasetProblem(dir: string): string | null {
	if (!existsSync(join(dir, 'dataset.json'))) return `no dataset at ${relative(ROOT, dir) || dir} (dataset.json missing)`;
	return null;
}

// Top-level entries never copied: outputs, VCS, the bench itself (its out/ holds the copies).
const SKIP_TOP = new Set(['.git', 'node_modules', 'build', '.svelte-kit', 'bench', 'data', 'test-results', 'playwright-report']);
// Shared read-only inputs, linked rather than copied.
const LINKED = ['node_modules', 'data'];

function skipped(rel: string): boolean {
	const top = rel.split('/')[0]!;
	if (SKIP_TOP.has(top)) return true;
	if (rel === 'static/data' || rel.startsWith('static/data/')) return true;
	return /\.log$/.test(rel);
}

/** Every file the build reads from the working tree, sorted (relative paths). */
function sourceFiles(dir = ROOT, out: string[] = []): string[] {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const abs = join(dir, entry.name);
		const rel = relative(ROOT, abs);
		if (skipped(rel)) continue;
		if (entry.isDirectory()) sourceFiles(abs, out);
		else if (entry.isFile()) out.push(rel);
	}
	return out.sort();
}

/** sha256 over the sources and the dataset's manifest: an unchanged stamp means an unchanged site. */
function inputStamp(files: readonly string[], datasetDir: string): string {
	const hash = createHash('sha256');
	for (const file of files) {
		hash.update(`${file}\n`);
		hash.update(readFileSync(join(ROOT, file)));
	}
	hash.update(`dataset ${datasetDir}\n`);
	hash.update(readFileSync(join(datasetDir, 'dataset.json')));
	return hash.digest('hex');
}

/** Mirror the working tree into `siteDir`, keeping its build outputs (static/data, .svelte-kit). */
function syncTree(siteDir: string, files: readonly string[]): void {
	mkdirSync(siteDir, { recursive: true });
	for (const entry of readdirSync(siteDir)) {
		if (LINKED.includes(entry) || entry === '.svelte-kit' || entry === 'build' || entry === '.bench-stamp') continue;
		if (entry === 'static') {
			for (const s of readdirSync(join(siteDir, 'static'))) if (s !== 'data') rmSync(join(siteDir, 'static', s), { recursive: true, force: true });
			continue;
		}
		rmSync(join(siteDir, entry), { recursive: true, force: true });
	}
	for (const file of files) {
		mkdirSync(join(siteDir, file, '..'), { recursive: true });
		cpSync(join(ROOT, file), join(siteDir, file));
	}
	for (const name of LINKED) {
		const link = join(siteDir, name);
		if (!existsSync(link)) symlinkSync(join(ROOT, name), link, 'dir');
	}
}

function run(command: string, args: string[], { cwd, env, logFile }: { cwd: string; env: NodeJS.ProcessEnv; logFile: string }): Promise<void> {
	return new Promise((done, fail) => {
		const log = createWriteStream(logFile);
		const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
		child.stdout.pipe(log, { end: false });
		child.stderr.pipe(log, { end: false });
		child.on('error', fail);
		child.on('close', (code) => {
			log.end();
			if (code === 0) done();
			else {
				const tail = readFileSync(logFile, 'utf8').split('\n').slice(-25).join('\n');
				fail(new Error(`${command} ${args.join(' ')} exited with ${code} (log: ${relative(ROOT, logFile)})\n${tail}`));
			}
		});
	});
}

/**
 * Build (or reuse) the site of a scale. `build: false` only checks a previous build exists;
 * `force` rebuilds even when the stamp matches. Logs go to bench/out/site-<scale>.build.log.
 */
export async function prepareSite(
	scale: Scale,
	datasetDir: string,
	{ build, force, say }: { build: boolean; force: boolean; say: (line: string) => void }
): Promise<Site> {
	const siteDir = join(OUT_DIR, `site-${scale}`);
	const buildDir = join(siteDir, 'build');
	if (build) {
		const started = performance.now();
		const files = sourceFiles();
		const stamp = inputStamp(files, datasetDir);
		const stampFile = join(siteDir, '.bench-stamp');
		const fresh = existsSync(join(buildDir, 'index.html')) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp;
		if (fresh && !force) {
			say(`  site: ${relative(ROOT, buildDir)} is up to date`);
		} else {
			say(`  site: building ${relative(ROOT, buildDir)} from ${relative(ROOT, datasetDir)} (npm run build; log in bench/out/site-${scale}.build.log)`);
			syncTree(siteDir, files);
			rmSync(stampFile, { force: true });
			// `$lib` paths and generated types live in .svelte-kit/: the build's Node steps
			// (npm run db, under tsx) need them before vite build would write them.
			await run(join(siteDir, 'node_modules', '.bin', 'svelte-kit'), ['sync'], { cwd: siteDir, env: process.env, logFile: join(OUT_DIR, `site-${scale}.sync.log`) });
			await run('npm', ['run', 'build'], {
				cwd: siteDir,
				env: { ...process.env, CAKUPAN_DATASET: datasetDir },
				logFile: join(OUT_DIR, `site-${scale}.build.log`)
			});

			writeFileSync(stampFile, stamp);
			say(`  site: built in ${((performance.now() - started) / 1000).toFixed(0)} s`);
		}
	} else if (!existsSync(join(buildDir, 'index.html'))) {
		throw new Error(`--no-build, but ${relative(ROOT, buildDir)} has no site yet: run once without --no-build`);
	}
	const manifestFile = join(buildDir, 'data', 'dataset.json');
	if (!existsSync(manifestFile)) throw new Error(`${relative(ROOT, manifestFile)} missing: the build wrote no data`);
	const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as ServedManifestLite;
	const databaseFile = join(buildDir, 'data', manifest.database.file);
	for (const { file, bytes } of [manifest.database, ...Object.values(manifest.database.detail ?? {})]) {
		const path = join(buildDir, 'data', file);
		if (!existsSync(path) || statSync(path).size !== bytes) throw new Error(`${relative(ROOT, path)} is missing or not the size dataset.json says`);
	}
	return { scale, datasetDir: resolve(datasetDir), buildDir, databaseFile, manifest };
}
