/**
 * Writes `.br` and `.gz` beside every compressible file of the built site, for hosts that serve
 * precompressed files (README, "Deploy"). Replaces adapter-static's own `precompress`, which on
 * this build wrote a truncated `.br` of the 34 MB DuckDB engine (brotliDecompress: "unexpected
 * end of file") and took minutes at brotli quality 11. Large files get quality 6 (the engine:
 * 34.2 MB -> 6.1 MB in ~2.3 s here, vs 7.7 MB gzip -9); small ones the maximum. Each output is
 * checked by decompressing it before it is written.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync, gzipSync } from 'node:zlib';

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.wasm', '.duckdb', '.txt', '.webmanifest', '.xml', '.topojson']);
const LARGE = 1_000_000;
const MIN = 1_024;

function* files(dir: string): Generator<string> {
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) yield* files(path);
		else if (COMPRESSIBLE.has(extname(name))) yield path;
	}
}

/** Compress one file both ways; returns bytes before and after brotli. */
export function precompressFile(path: string): { raw: number; br: number; gz: number } {
	const raw = readFileSync(path);
	const quality = raw.length > LARGE ? 6 : constants.BROTLI_MAX_QUALITY;
	const br = brotliCompressSync(raw, {
		params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length }
	});
	const gz = gzipSync(raw, { level: 9 });
	if (!brotliDecompressSync(br).equals(raw) || !gunzipSync(gz).equals(raw)) throw new Error(`compression did not round-trip: ${path}`);
	writeFileSync(`${path}.br`, br);
	writeFileSync(`${path}.gz`, gz);
	return { raw: raw.length, br: br.length, gz: gz.length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const root = process.argv[2] ?? 'build';
	const started = Date.now();
	let raw = 0;
	let br = 0;
	let count = 0;
	for (const path of files(root)) {
		if (statSync(path).size < MIN) continue;
		const sizes = precompressFile(path);
		raw += sizes.raw;
		br += sizes.br;
		count++;
	}
	console.log(`precompressed ${count} files: ${(raw / 1e6).toFixed(1)} MB -> ${(br / 1e6).toFixed(1)} MB brotli in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
