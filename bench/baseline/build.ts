/**
 * Builds the baseline page (this folder's index.html and modules) with Vite into
 * `<site buildDir>/baseline/`, so the bench server serves it from the app's own origin beside
 * the app, with the same `/data/` files, then writes `.br`/`.gz` beside its assets with the
 * app's own precompression (scripts/precompress.ts), so its engine travels brotli like the app's.
 * Runs in Node (the bench), never in the page.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { precompressFile } from '../../scripts/precompress';
import { BASELINE } from '../config';

/** This folder: the page's sources. */
const SOURCE_DIR = dirname(fileURLToPath(import.meta.url));

// scripts/precompress.ts's choice: compressible types, files of 1 kB and more.
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.wasm']);
const MIN_BYTES = 1_024;

function* filesUnder(dir: string): Generator<string> {
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) yield* filesUnder(path);
		else yield path;
	}
}

/** sha256 over the page's sources and the versions of the two libraries it bundles. */
function sourceStamp(): string {
	const hash = createHash('sha256');
	for (const file of [...filesUnder(SOURCE_DIR)].sort()) {
		hash.update(relative(SOURCE_DIR, file));
		hash.update(readFileSync(file));
	}
	for (const pkg of ['@duckdb/duckdb-wasm', '@observablehq/plot']) {
		hash.update(readFileSync(join(SOURCE_DIR, '..', '..', 'node_modules', pkg, 'package.json')));
	}
	return hash.digest('hex');
}

/**
 * Build the baseline into `<buildDir>/baseline/` unless it is there and its sources did not
 * change (`force` builds anyway; `build: false` only checks it exists). Returns its URL path.
 */
export async function prepareBaseline(
	buildDir: string,
	{ build: allowed, force, say }: { build: boolean; force: boolean; say: (line: string) => void }
): Promise<string> {
	const outDir = join(buildDir, ...BASELINE.path.split('/').filter(Boolean));
	// Beside build/, not in it: the app's build wipes build/, and the stamp is not for serving.
	const stampFile = join(buildDir, '..', '.baseline-stamp');
	const stamp = sourceStamp();
	const built = existsSync(join(outDir, 'index.html'));
	if (!allowed) {
		if (!built) throw new Error(`--no-build, but ${outDir} has no baseline page yet: run once without --no-build`);
		return BASELINE.path;
	}
	if (built && !force && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) {
		say(`  baseline: ${outDir} is up to date`);
		return BASELINE.path;
	}
	const started = performance.now();
	await build({
		configFile: false,
		root: SOURCE_DIR,
		base: BASELINE.path,
		logLevel: 'warn',
		// DuckDB-WASM ships prebuilt workers; the app's vite.config.ts keeps them out of pre-bundling too.
		optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
		build: { outDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 40_000, reportCompressedSize: false }
	});
	let raw = 0;
	let br = 0;
	for (const file of filesUnder(outDir)) {
		if (!COMPRESSIBLE.has(extname(file)) || statSync(file).size < MIN_BYTES) continue;
		const sizes = precompressFile(file);
		raw += sizes.raw;
		br += sizes.br;
	}
	writeFileSync(stampFile, stamp);
	say(`  baseline: built ${relative(join(buildDir, '..'), outDir)} in ${((performance.now() - started) / 1000).toFixed(0)} s (${(raw / 1e6).toFixed(1)} MB -> ${(br / 1e6).toFixed(1)} MB brotli)`);
	return BASELINE.path;
}
