/**
 * Writes `.br` and `.gz` beside every compressible file of the built site, for hosts that serve
 * precompressed files (README, "Deploy"). Replaces adapter-static's own `precompress`, which on
 * this build wrote a truncated `.br` of the 34 MB DuckDB engine (brotliDecompress: "unexpected
 * end of file") and took minutes at brotli quality 11. Each output is checked by decompressing
 * it before it is written.
 *
 * Files are compressed concurrently, one per core (zlib's async calls run on libuv's thread
 * pool), largest first so the two engines do not end up last on one core.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import {
	brotliCompress,
	brotliCompressSync,
	brotliDecompress,
	brotliDecompressSync,
	constants,
	gunzip,
	gunzipSync,
	gzip,
	gzipSync,
	type BrotliOptions,
	type ZlibOptions
} from 'node:zlib';

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.wasm', '.duckdb', '.txt', '.webmanifest', '.xml', '.topojson']);
/** Binary data: quality 11 buys ~6 % over 7 at 70× the time (measured on the village files). */
const BINARY = new Set(['.wasm', '.duckdb']);
const LARGE = 1_000_000;
const MIN = 1_024;

/**
 * How one file is compressed. Text up to 1 MB (code, snapshot JSON, HTML) gets brotli's maximum,
 * which still gains much over 9 (JSON 1.25 MB against 1.70 MB, JS 574 kB against 625 kB).
 * Binary data does not: the 33 village files take 21.5 s at 11 for 3.07 MB, 0.3 s at 7 for 3.26 MB.
 * Files over 1 MB get quality 6 (the engine: 34.2 MB -> 6.1 MB in ~2.5 s) and gzip 6, which is
 * within 0.5 % of gzip 9 on them at half the time.
 */
export function compressionFor(path: string, size: number): { brotli: BrotliOptions; gzip: ZlibOptions } {
	const large = size > LARGE;
	const quality = large ? 6 : BINARY.has(extname(path)) ? 7 : constants.BROTLI_MAX_QUALITY;
	return {
		brotli: { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: size } },
		gzip: { level: large ? 6 : 9 }
	};
}

function* files(dir: string): Generator<string> {
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) yield* files(path);
		else if (COMPRESSIBLE.has(extname(name))) yield path;
	}
}

/** Bytes before and after compression. */
export interface CompressedSizes {
	readonly raw: number;
	readonly br: number;
	readonly gz: number;
}

/** Compress one file both ways, on this thread (the benchmark's baseline page uses it). */
export function precompressFile(path: string): CompressedSizes {
	const raw = readFileSync(path);
	const options = compressionFor(path, raw.length);
	const br = brotliCompressSync(raw, options.brotli);
	const gz = gzipSync(raw, options.gzip);
	if (!brotliDecompressSync(br).equals(raw) || !gunzipSync(gz).equals(raw)) throw new Error(`compression did not round-trip: ${path}`);
	writeFileSync(`${path}.br`, br);
	writeFileSync(`${path}.gz`, gz);
	return { raw: raw.length, br: br.length, gz: gz.length };
}

const brotliAsync = promisify(brotliCompress);
const unbrotliAsync = promisify(brotliDecompress);
const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);

/** Compress one file both ways on zlib's thread pool. */
export async function precompressFileAsync(path: string): Promise<CompressedSizes> {
	const raw = await readFile(path);
	const options = compressionFor(path, raw.length);
	const [br, gz] = [await brotliAsync(raw, options.brotli), await gzipAsync(raw, options.gzip)];
	const [brBack, gzBack] = await Promise.all([unbrotliAsync(br), gunzipAsync(gz)]);
	if (!brBack.equals(raw) || !gzBack.equals(raw)) throw new Error(`compression did not round-trip: ${path}`);
	await Promise.all([writeFile(`${path}.br`, br), writeFile(`${path}.gz`, gz)]);
	return { raw: raw.length, br: br.length, gz: gz.length };
}

/** Precompress every compressible file of `root` of 1 kB or more, `concurrency` at a time. */
export async function precompressDir(root: string, concurrency = availableParallelism()): Promise<{ count: number; raw: number; br: number }> {
	const queue = [...files(root)]
		.map((path) => ({ path, size: statSync(path).size }))
		.filter((f) => f.size >= MIN)
		.sort((a, b) => b.size - a.size);
	const total = { count: 0, raw: 0, br: 0 };
	async function worker(): Promise<void> {
		for (let next = queue.shift(); next; next = queue.shift()) {
			const sizes = await precompressFileAsync(next.path);
			total.count++;
			total.raw += sizes.raw;
			total.br += sizes.br;
		}
	}
	await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
	return total;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const root = process.argv[2] ?? 'build';
	const started = Date.now();
	const { count, raw, br } = await precompressDir(root);
	console.log(`precompressed ${count} files: ${(raw / 1e6).toFixed(1)} MB -> ${(br / 1e6).toFixed(1)} MB brotli in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
