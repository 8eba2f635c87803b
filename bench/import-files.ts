/**
 * Large participation CSVs for the import measures (bench/import-size.ts, the `data` group's
 * 10 MB file), shaped like data/examples/partisipasi-62.csv: `;`, a BOM, CRLF, dotted codes,
 * `Januari 2019` months, Indonesian thousands separators, plus a `nama_wilayah` column of the
 * regency's official name, as office exports often carry (ignored with a warning), which makes
 * rows wide enough for 50 MB within the contract's months. Codes and names are the sample's real
 * regencies (data/sample/regions.parquet), never invented; the figures are made up (seeded, so
 * the same file every time). Rows run regency by regency, each over the same months ending
 * December 2025 (as many months as the size needs to cover every regency), so no regency ×
 * segment misses a month in its range.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parquetReadObjects } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SEGMENTS = ['BPU', 'JAKON', 'PMI', 'PU'] as const;
const MONTHS_ID = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
/** The last month of every file; months go back from it (2000-01 is the validator's first month without a manifest). */
const LAST = { year: 2025, month: 12 };
const MAX_MONTHS = (LAST.year - 2000) * 12 + LAST.month;
const HEADER = 'kode_wilayah;nama_wilayah;bulan;segmen;aktif;nonaktif;pendaftar_baru;iuran_rp';

const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** A seeded generator (mulberry32): the same file every time. */
function random(seed: number): () => number {
	let a = seed;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

async function regencies(): Promise<{ code: string; name: string }[]> {
	const bytes = readFileSync(join(ROOT, 'data', 'sample', 'regions.parquet'));
	const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
	const rows = (await parquetReadObjects({ file, columns: ['code', 'name', 'level'], compressors })) as { code: string; name: string; level: string }[];
	return rows.filter((r) => r.level === 'regency').sort((a, b) => a.code.localeCompare(b.code));
}

/** Write (or reuse) `dir/partisipasi-<n>mb.csv` of at most `target` bytes, cut at a row boundary; its path. */
export async function participationCsv(target: number, dir: string): Promise<string> {
	const path = join(dir, `partisipasi-${Math.round(target / 1e6)}mb.csv`);
	if (existsSync(path) && statSync(path).size <= target && statSync(path).size > target * 0.99) return path;
	const places = await regencies();
	const rowBytes = 70; // below a typical row (about 76 bytes with its CRLF): enough months to reach the size
	const months = Math.min(MAX_MONTHS, Math.ceil(target / rowBytes / (places.length * SEGMENTS.length)));
	const next = random(42);
	const parts: string[] = [`\uFEFF${HEADER}\r\n`];
	let size = Buffer.byteLength(parts[0]!);
	outer: for (const place of places) {
		const code = `${place.code.slice(0, 2)}.${place.code.slice(2)}`;
		for (let m = months - 1; m >= 0; m--) {
			const index = LAST.year * 12 + LAST.month - 1 - m;
			const month = `${MONTHS_ID[index % 12]} ${Math.floor(index / 12)}`;
			for (const segment of SEGMENTS) {
				const active = Math.floor(1_000 + next() * 90_000);
				const line = `${code};${place.name};${month};${segment};${thousands(active)};${thousands(Math.floor(active * next()))};${thousands(Math.floor(active * 0.03 * next()))};${thousands(active * Math.floor(20_000 + next() * 10_000))}\r\n`;
				const bytes = Buffer.byteLength(line);
				if (size + bytes > target) break outer;
				parts.push(line);
				size += bytes;
			}
		}
	}
	mkdirSync(dir, { recursive: true });
	writeFileSync(path, parts.join(''));
	return path;
}
