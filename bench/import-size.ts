/**
 * How large a file the data page handles comfortably: participation CSVs of 5, 10, 25 and 50 MB
 * (by default) taken through the browser's whole path in Node, on the browser's engine
 * (DuckDB-WASM's blocking bundle over the built `static/data/<name>.duckdb`):
 *
 *   parse   parseFile: sniff, papaparse, header match, every cell read (Indonesian numbers and months)
 *   check   checkParsedFile: the rows into a scratch schema, the dataset validator over them
 *   encode  the accepted rows as Arrow IPC (what the store keeps and the overlay inserts)
 *   apply   the overlay: the user's rows replace the sample's for their provinces, rollups rebuilt
 *
 * Each size runs in a child process of its own, so its peak memory (`resourceUsage().maxRSS`: the
 * JS heap, the file's bytes and the engine's wasm memory together) is that file's alone; a child
 * with no file gives the engine's own footprint. Times are wall clock on this machine.
 *
 * The files come from bench/import-files.ts (shaped like data/examples/partisipasi-62.csv, the
 * sample's real regencies, seeded figures).
 *
 * Usage: npx tsx bench/import-size.ts [--sizes 5,10,25,50] [--no-apply]
 * Needs the built data (`npm run db`, or a copy of static/data). Files go to bench/out/import-size/.
 * Not part of `npm run bench`: about a minute per 50 MB on this 2-core machine, one core used.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { participationCsv } from './import-files';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..');
const OUT = join(HERE, 'out', 'import-size');
const DATA = join(ROOT, 'static', 'data');

/** What one child reports. */
export interface SizeResult {
	readonly file: string | null;
	readonly bytes: number;
	readonly rows: number;
	readonly ms: { readonly parse: number; readonly check: number; readonly encode: number; readonly apply: number | null; readonly total: number };
	/** Peak resident memory of the child process, bytes. */
	readonly maxRss: number;
	/** JS heap and ArrayBuffers (the wasm memory among them) after the last step, bytes. */
	readonly after: { readonly heapUsed: number; readonly arrayBuffers: number; readonly rss: number };
	readonly errors: number;
	readonly findings: readonly string[];
}

/** One file through parse, check, encode and apply, in this (child) process. */
async function child(path: string | null, apply: boolean): Promise<SizeResult> {
	const [{ openNodeDatabase }, { checkParsedFile, parseFile }, { encodeRows }, { createOverlay }, { sha256Hex }] = await Promise.all([
		import('../src/lib/data/node'),
		import('../src/lib/import'),
		import('../src/lib/userdata/arrow'),
		import('../src/lib/data/overlay'),
		import('../src/lib/data/download')
	]);
	const manifest = JSON.parse(readFileSync(join(DATA, 'dataset.json'), 'utf8'));
	const db = await openNodeDatabase({ path: join(DATA, manifest.database.file), database: manifest.database });
	const memory = () => {
		const m = process.memoryUsage();
		return { heapUsed: m.heapUsed, arrayBuffers: m.arrayBuffers, rss: m.rss };
	};
	if (path === null) {
		return { file: null, bytes: 0, rows: 0, ms: { parse: 0, check: 0, encode: 0, apply: null, total: 0 }, maxRss: process.resourceUsage().maxRSS * 1024, after: memory(), errors: 0, findings: [] };
	}
	const bytes = new Uint8Array(readFileSync(path));
	const t0 = performance.now();
	const parsed = await parseFile({ name: relative(ROOT, path), bytes });
	const t1 = performance.now();
	// The scratch schema goes in the in-memory catalog: the attached sample is read-only.
	db.connection.query('USE memory');
	const findings = await checkParsedFile(db, parsed, { reference: { database: 'cakupan' } });
	db.connection.query('USE cakupan');
	const t2 = performance.now();
	const ipc = encodeRows('participation', parsed.rows);
	const t3 = performance.now();
	let applyMs: number | null = null;
	if (apply) {
		const overlay = createOverlay(db.overlayTarget(), { sample: manifest });
		await overlay.apply([{ id: 'size', name: parsed.file, table: 'participation', ipc, sha256: await sha256Hex(bytes), loadedAt: new Date().toISOString() }]);
		applyMs = performance.now() - t3;
	}
	const t4 = performance.now();
	const result: SizeResult = {
		file: relative(ROOT, path),
		bytes: bytes.length,
		rows: parsed.rows.length,
		ms: { parse: t1 - t0, check: t2 - t1, encode: t3 - t2, apply: applyMs, total: t4 - t0 },
		maxRss: process.resourceUsage().maxRSS * 1024,
		after: memory(),
		errors: findings.filter((f) => f.severity === 'error').length,
		findings: findings.map((f) => `${f.severity} ${f.code}${f.column ? ` ${f.column}` : ''}`)
	};
	db.close();
	return result;
}

function runChild(path: string | null, apply: boolean): SizeResult {
	const args = ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', path ?? '-', ...(apply ? [] : ['--no-apply'])];
	const run = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
	const line = run.stdout.trim().split('\n').at(-1) ?? '';
	if (run.status !== 0 || !line.startsWith('{')) throw new Error(`child for ${path} failed (${run.status}): ${run.stderr.slice(-2000)}`);
	return JSON.parse(line) as SizeResult;
}

const mb = (b: number) => `${(b / 1e6).toFixed(1)} MB`;
const sec = (ms: number | null) => (ms === null ? '-' : `${(ms / 1000).toFixed(1)} s`);

async function main(): Promise<void> {
	const argv = process.argv.slice(2);
	const apply = !argv.includes('--no-apply');
	if (argv[0] === '--child') {
		const path = argv[1] === '-' ? null : argv[1]!;
		console.log(JSON.stringify(await child(path, apply)));
		return;
	}
	const sizesArg = argv.indexOf('--sizes');
	const sizes = (sizesArg >= 0 ? argv[sizesArg + 1]! : '5,10,25,50').split(',').map((x) => Number(x) * 1e6);
	if (!existsSync(join(DATA, 'dataset.json'))) throw new Error('no static/data/dataset.json: run `npm run db` first');
	const base = runChild(null, apply);
	console.log(`engine with the sample attached, no file: peak ${mb(base.maxRss)} resident`);
	console.log('file  rows  parse  check  encode  apply  total  peak RSS (above engine)  findings');
	const results: SizeResult[] = [];
	for (const size of sizes) {
		const path = await participationCsv(size, OUT);
		const r = runChild(path, apply);
		results.push(r);
		const kinds = [...new Set(r.findings)].join(', ') || 'none';
		console.log(
			`${mb(r.bytes)}  ${r.rows}  ${sec(r.ms.parse)}  ${sec(r.ms.check)}  ${sec(r.ms.encode)}  ${sec(r.ms.apply)}  ${sec(r.ms.total)}  ${mb(r.maxRss)} (+${mb(r.maxRss - base.maxRss)})  ${r.errors} errors; ${kinds}`
		);
	}
	mkdirSync(OUT, { recursive: true });
	writeFileSync(join(OUT, 'results.json'), JSON.stringify({ base, results }, null, '\t') + '\n');
	console.log(`raw figures: ${relative(ROOT, join(OUT, 'results.json'))}`);
}

main().catch((error: unknown) => {
	console.error(`import-size: ${(error as Error)?.stack ?? error}`);
	process.exitCode = 1;
});
