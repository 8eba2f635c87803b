/**
 * The village list of the `/kantor/` view: what it loads for a regency and month (the province's
 * detail file first, with its download progress, then the list and the regency's data-quality
 * rows) and pure helpers over the loaded rows: search, totals, table columns and rows.
 * The panel (`routes/kantor/_kantor/Villages.svelte`) keeps markup and wiring.
 */
import { isSegment } from '$lib/contract/domain';
import type { Db, QueryOptions, Sql } from '$lib/data/connector';
import type { AttachDetail } from '$lib/data/detail';
import type { OnProgress } from '$lib/data/download';
import { abortReason } from '$lib/data/errors';
import type { ColumnSpec, TableRow } from '$lib/export/columns';
import { segmentKey, type MessageKey, type Translate } from '$lib/i18n';
import type { Month } from '$lib/period';
import {
	checkRegency,
	VILLAGE_MEASURES,
	villageExcess,
	villageList,
	type VillageExcessRow,
	type VillageKind,
	type VillageMeasure,
	type VillageRow
} from '$lib/queries/villages';

/** What one load of the village list returns. */
export interface VillagesData {
	/** Every village and kelurahan of the regency, by district then code. */
	rows: VillageRow[];
	/** The query behind `rows` (shown and exported with the table). */
	query: Sql;
	/** The regency's months and segments whose villages sum above the regency (build-time rollup). */
	excess: VillageExcessRow[];
}

/** Options of one load. */
export interface LoadVillagesOptions {
	/** Abort to stop waiting (a newer regency or month); a download under way goes on for others. */
	readonly signal?: AbortSignal;
	/** Bytes of the province's detail file so far and its size, while it downloads. */
	readonly onProgress?: OnProgress;
}

/** The province of a regency code: the file `attachDetail` needs. */
export function provinceOfRegency(regency: string): string {
	return checkRegency(regency).slice(0, 2);
}

/** `promise`, or the signal's reason as soon as it aborts (the work itself goes on). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
	if (!signal) return promise;
	if (signal.aborted) return Promise.reject(abortReason(signal));
	return new Promise<T>((resolve, reject) => {
		const onAbort = () => reject(abortReason(signal));
		signal.addEventListener('abort', onAbort, { once: true });
		promise.then(
			(value) => {
				signal.removeEventListener('abort', onAbort);
				resolve(value);
			},
			(error: unknown) => {
				signal.removeEventListener('abort', onAbort);
				reject(error);
			}
		);
	});
}

/**
 * Load the village list of `regency` for `month`: attaches the province's detail file (once per
 * session; `onProgress` hears its download), then queries it. The data-quality rows come from the
 * core file and are read while the file downloads. Rejects like `attachDetail` (RangeError for a
 * province without village data: check `hasDetail` first; DataError when the file fails, after
 * which a new call tries again) or with a QueryError.
 * @example const { rows } = await loadVillages(db, attachDetail, { regency: '6201', month: '2024-12' }, { onProgress });
 */
export async function loadVillages(
	db: Db,
	attachDetail: AttachDetail,
	{ regency, month }: { regency: string; month: Month },
	{ signal, onProgress }: LoadVillagesOptions = {}
): Promise<VillagesData> {
	const query = villageList({ regency, month });
	const options: QueryOptions = signal ? { signal } : {};
	const excess = db.query<VillageExcessRow & Record<string, unknown>>(villageExcess({ codes: [regency] }), options);
	excess.catch(() => {}); // awaited below, after the attach that may fail first
	await untilAborted(attachDetail(provinceOfRegency(regency), onProgress ? { onProgress } : {}), signal);
	const [rows, excessRows] = await Promise.all([db.query<VillageRow & Record<string, unknown>>(query, options), excess]);
	return { rows, query, excess: excessRows };
}

/** Column totals of the list: the sum of each measure over rows that have it; null when none has. */
export type VillageTotals = Record<VillageMeasure, number | null>;

/** The totals row of `rows` (all villages, or a search's result). */
export function villageTotals(rows: readonly Pick<VillageRow, VillageMeasure>[]): VillageTotals {
	const totals = Object.fromEntries(VILLAGE_MEASURES.map((m) => [m, null])) as VillageTotals;
	for (const row of rows) {
		for (const measure of VILLAGE_MEASURES) {
			const value = row[measure];
			if (value != null) totals[measure] = (totals[measure] ?? 0) + value;
		}
	}
	return totals;
}

const KIND_KEYS: Readonly<Record<VillageKind, MessageKey>> = {
	desa: 'villages.kind.desa',
	kelurahan: 'villages.kind.kelurahan',
	desa_adat: 'villages.kind.desaAdat'
};

/** The localized name of a village kind (the code itself for a kind the contract does not know). */
export function kindLabel(kind: string, t: Translate): string {
	return Object.hasOwn(KIND_KEYS, kind) ? t(KIND_KEYS[kind as VillageKind]) : kind;
}

/** The table's and the exports' columns, in the order; `kind_label` is {@link villageTableRows}'. */
export function villageColumns(t: Translate): ColumnSpec[] {
	return [
		{ key: 'district_name', label: t('villages.col.district'), kind: 'text' },
		{ key: 'name', label: t('villages.col.village'), kind: 'text' },
		{ key: 'code', label: t('villages.col.code'), kind: 'code' },
		{ key: 'kind_label', label: t('villages.col.kind'), kind: 'text' },
		{ key: 'active_pu', label: t('villages.col.pu'), kind: 'count' },
		{ key: 'active_bpu', label: t('villages.col.bpu'), kind: 'count' },
		{ key: 'active_jakon', label: t('villages.col.jakon'), kind: 'count' },
		{ key: 'active_pmi', label: t('villages.col.pmi'), kind: 'count' },
		{ key: 'officials_covered', label: t('villages.col.officials'), kind: 'count' },
		{ key: 'vulnerable_covered', label: t('villages.col.vulnerable'), kind: 'count' },
		{ key: 'apbdes_people', label: t('villages.col.apbdesPeople'), kind: 'count' },
		{ key: 'apbdes_idr', label: t('villages.col.apbdesIdr'), kind: 'rupiah' }
	];
}

/** A row as the table shows and exports it. */
export type VillageTableRow = VillageRow & { kind_label: string } & TableRow;

/** The rows as the table shows and exports them: each with its kind in words. */
export function villageTableRows(rows: readonly VillageRow[], t: Translate): VillageTableRow[] {
	// `search` is what the table's search box reads: village, district and code together.
	return rows.map((row) => ({ ...row, kind_label: kindLabel(row.kind, t), search: `${row.name} ${row.district_name} ${row.code}` }));
}

/** One data-quality note per excess row, in words (`formatCount`: the locale's integer formatter). */
export function excessNotes(
	rows: readonly VillageExcessRow[],
	{ t, regencyName, formatCount, formatMonth }: { t: Translate; regencyName: string; formatCount: (n: number) => string; formatMonth: (m: Month) => string }
): string[] {
	return rows.map((row) =>
		t('villages.excess', {
			segment: isSegment(row.segment) ? t(segmentKey(row.segment)) : row.segment,
			villages: formatCount(row.villages_active),
			regency: regencyName,
			regencyValue: formatCount(row.regency_active),
			month: formatMonth(row.month)
		})
	);
}
