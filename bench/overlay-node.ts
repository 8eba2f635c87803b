/**
 * Time of applying a one-province participation file over the sample, in Node, on the browser's
 * engine (DuckDB-WASM's blocking bundle over the built `static/data/<name>.duckdb`): Kalimantan
 * Tengah (62), its 14 regencies × 84 months × 4 segments = 4,704 rows, taken from the sample with
 * every `active` count + 1 (so the merge really changes figures).
 *
 *   cold  the first apply on a fresh engine (reads the sample's table list, builds, switches)
 *   warm  later applies of the same file (each builds a new generation and drops the last)
 *   back  switching back to the sample
 * plus the first views' query after a switch (area_monthly of the province, statements re-prepared).
 *
 * Usage: npx tsx bench/overlay-node.ts [--runs 5]
 * Not part of `npm run bench` (no browser); a figure for the data layer alone.
 */
import { join } from 'node:path';
import { buildSiteData, DEFAULT_OUT_DIR } from '../scripts/build-db';
import { sha256Hex } from '../src/lib/data/download';
import { openNodeDatabase } from '../src/lib/data/node';
import { createOverlay, type OverlayFile } from '../src/lib/data/overlay';
import { areaMonthly } from '../src/lib/queries/monthly';
import { encodeRows } from '../src/lib/userdata/arrow';

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
async function time<T>(run: () => Promise<T>): Promise<[number, T]> {
	const start = performance.now();
	const result = await run();
	return [performance.now() - start, result];
}

const { manifest } = await buildSiteData();
const db = await openNodeDatabase({ path: join(DEFAULT_OUT_DIR, manifest.database.file), database: manifest.database });
const rows = (await db.query({ text: `SELECT region_code, strftime(month, '%Y-%m-%d') AS month, segment, active + 1 AS active, non_active, new_registrations, contributions_idr FROM participation WHERE left(region_code, 2) = '62' ORDER BY ALL`, params: [] }));
const [encodeMs, ipc] = await time(async () => encodeRows('participation', rows));
const file: OverlayFile = { id: 'kalteng', name: 'kalteng.parquet', table: 'participation', ipc, sha256: await sha256Hex(ipc), loadedAt: new Date().toISOString() };
const overlay = createOverlay(db.overlayTarget(), { sample: manifest });

const [cold] = await time(() => overlay.apply([file]));
const [firstQuery] = await time(() => db.query(areaMonthly({ area: '62' })));
const warm: number[] = [];
const back: number[] = [];
for (let i = 0; i < RUNS; i++) {
	back.push((await time(() => overlay.useSample()))[0]);
	warm.push((await time(() => overlay.apply([file])))[0]);
}
const ms = (x: number) => `${Math.round(x)} ms`;
console.log(`1-province participation file: ${rows.length} rows, ${(ipc.byteLength / 1e3).toFixed(0)} kB as Arrow IPC (encoded in ${ms(encodeMs)})`);
console.log(`engine ${db.version}; sample ${manifest.name} ${manifest.version}`);
console.log(`cold apply ${ms(cold)}; first area query after it ${ms(firstQuery)}`);
console.log(`warm apply median ${ms(median(warm))} (${warm.map(ms).join(', ')})`);
console.log(`back to the sample median ${ms(median(back))}`);
db.close();
