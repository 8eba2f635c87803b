/**
 * The data page's independent side: the example files read here with nothing of the app's import
 * code: the CSV split by hand (its `;`, BOM, dotted codes, Indonesian months and thousands
 * separators are the README's), the .xlsx unzipped with fflate and its sheet XML read by pattern,
 * the Parquet files queried by native DuckDB. Each gives participation rows; `figures` sums them
 * the way the overview and /kantor/ show them, with the sample's workforce from its Parquet.
 */
import { readFileSync } from 'node:fs';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { strFromU8, unzipSync } from 'fflate';

/** One participation row: regency code, month `YYYY-MM`, segment, active participants. */
export interface Row {
	readonly code: string;
	readonly month: string;
	readonly segment: string;
	readonly active: number;
}

const MONTHS = ['januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'desember'];

/** The CSV example: `kode_wilayah;bulan;segmen;aktif;…`, `62.01;Januari 2019;BPU;7.263;…`. */
export function csvRows(text: string): Row[] {
	const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim() !== '');
	const header = lines[0]!.split(';');
	const at = (name: string) => header.indexOf(name);
	const [code, month, segment, active] = [at('kode_wilayah'), at('bulan'), at('segmen'), at('aktif')];
	return lines.slice(1).map((line) => {
		const cells = line.split(';');
		const [name, year] = cells[month]!.trim().split(/\s+/);
		const m = MONTHS.indexOf(name!.toLowerCase()) + 1;
		if (m < 1) throw new Error(`month not read: ${cells[month]}`);
		return { code: cells[code]!.replaceAll('.', ''), month: `${year}-${String(m).padStart(2, '0')}`, segment: cells[segment]!, active: Number(cells[active]!.replaceAll('.', '')) };
	});
}

/** The .xlsx example: sheet `Data` (the second), header row found by "Kode Wilayah" (its labels as an office writes them), Excel date serials, a JUMLAH row skipped. */
export function xlsxRows(bytes: Uint8Array): Row[] {
	const zip = unzipSync(bytes);
	const strings = [...strFromU8(zip['xl/sharedStrings.xml']!).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
		[...m[1]!.matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join('')
	);
	const sheet = strFromU8(zip['xl/worksheets/sheet2.xml']!);
	const rows = [...sheet.matchAll(/<row [^>]*?(?:\/>|>([\s\S]*?)<\/row>)/g)].map((r) => {
		const cells = new Map<string, string>();
		for (const c of (r[1] ?? '').matchAll(/<c r="([A-Z]+)\d+"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
			const value = /<v>([\s\S]*?)<\/v>/.exec(c[3] ?? '')?.[1];
			if (value === undefined) continue;
			cells.set(c[1]!, /t="s"/.test(c[2]!) ? strings[Number(value)]! : value);
		}
		return cells;
	});
	const headerIndex = rows.findIndex((r) => [...r.values()].includes('Kode Wilayah'));
	const col = (name: string) => [...rows[headerIndex]!.entries()].find(([, v]) => v === name)![0];
	const [code, month, segment, active] = [col('Kode Wilayah'), col('Bulan'), col('Segmen'), col('Peserta Aktif')];
	return rows
		.slice(headerIndex + 1)
		.filter((r) => /^\d/.test(r.get(code) ?? ''))
		.map((r) => {
			// Excel's day 0 is 1899-12-30 (its 1900 leap-year bug included).
			const date = new Date(Date.UTC(1899, 11, 30) + Number(r.get(month)) * 86_400_000);
			return { code: r.get(code)!.replaceAll('.', ''), month: date.toISOString().slice(0, 7), segment: r.get(segment)!, active: Number(r.get(active)) };
		});
}

let connection: Promise<DuckDBConnection> | null = null;
const duck = () => (connection ??= DuckDBInstance.create(':memory:').then((db) => db.connect()));

/** A Parquet example, by native DuckDB: English or Indonesian headers, text or integer codes, dates or timestamps. */
export async function parquetRows(path: string): Promise<Row[]> {
	const conn = await duck();
	const columns = (await conn.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet('${path}')`)).getRowObjectsJS().map((r) => String(r.column_name));
	const pick = (...names: string[]) => names.find((n) => columns.includes(n))!;
	const reader = await conn.runAndReadAll(
		`SELECT CAST("${pick('region_code', 'kode_wilayah')}" AS VARCHAR) AS code, strftime("${pick('month', 'bulan')}", '%Y-%m') AS month,
		        "${pick('segment', 'segmen')}" AS segment, "${pick('active', 'aktif')}"::DOUBLE AS active
		 FROM read_parquet('${path}')`
	);
	return reader.getRowObjectsJS() as unknown as Row[];
}

/** The figures a month shows for a province: the overview's active and UCJ tiles, /kantor/'s active per regency. */
export interface Figures {
	readonly active: number;
	/** Coverage of the eligible workforce, percent (PU + BPU + JAKON over the year's eligible workers). */
	readonly ucj: number;
	/** Regency name -> active participants, in code order. */
	readonly regencies: readonly (readonly [string, number])[];
}

/** Figures of `rows` (or, with no rows, of the sample's own participation) for `province` in `month`. */
export async function figures(rows: readonly Row[] | null, province: string, month: string): Promise<Figures> {
	const conn = await duck();
	const year = Number(month.slice(0, 4));
	const sample = async () =>
		(
			await conn.runAndReadAll(
				`SELECT region_code AS code, strftime(month, '%Y-%m') AS month, segment, active::DOUBLE AS active
				 FROM read_parquet('data/sample/participation.parquet') WHERE left(region_code, 2) = $1 AND strftime(month, '%Y-%m') = $2`,
				[province, month]
			)
		).getRowObjectsJS() as unknown as Row[];
	const inMonth = (rows ?? (await sample())).filter((r) => r.code.startsWith(province) && r.month === month);
	const eligible = (
		await conn.runAndReadAll(`SELECT sum(eligible)::DOUBLE AS e FROM read_parquet('data/sample/workforce.parquet') WHERE left(region_code, 2) = $1 AND year = $2`, [province, year])
	).getRowObjectsJS()[0]!.e as number;
	const names = new Map(
		(await conn.runAndReadAll(`SELECT code, name FROM read_parquet('data/sample/regions.parquet') WHERE length(code) = 4 AND left(code, 2) = $1`, [province]))
			.getRowObjectsJS()
			.map((r) => [String(r.code), String(r.name)])
	);
	const byRegency = new Map<string, number>();
	for (const r of inMonth) byRegency.set(r.code, (byRegency.get(r.code) ?? 0) + r.active);
	const active = inMonth.reduce((s, r) => s + r.active, 0);
	const ucjActive = inMonth.filter((r) => r.segment !== 'PMI').reduce((s, r) => s + r.active, 0);
	return {
		active,
		ucj: (100 * ucjActive) / eligible,
		regencies: [...byRegency].sort(([a], [b]) => a.localeCompare(b)).map(([code, n]) => [names.get(code)!, n] as const)
	};
}

/** The CSV example with December 2025's active counts raised (+7, +14, … by row): data the sample does not have. */
export function changedCsv(path: string): Buffer {
	let n = 0;
	const text = readFileSync(path, 'utf8').replace(/^(\d{2}\.\d{2};Desember 2025;[A-Z]+;)([\d.]+)/gm, (_, head: string, active: string) => {
		const value = Number(active.replaceAll('.', '')) + 7 * ++n;
		return head + value.toLocaleString('id-ID');
	});
	if (n === 0) throw new Error('no December 2025 row changed');
	return Buffer.from(text, 'utf8');
}
