/**
 * The panel view's loads beyond the snapshot's rows: a village group's village lists (the
 * province's detail file, December of the assessment year and of the year before) and a
 * province's employers. Each returns rows indexed for the model; the queries are returned too,
 * so a scorecard can show and export the statement behind its figures.
 */
import type { Db, QueryOptions, Sql } from '$lib/data/connector';
import type { AttachDetail, AttachDetailOptions } from '$lib/data/detail';
import { employersOf, type EmployerRow } from '$lib/queries/candidates';
import type { DatabaseTables } from '$lib/queries/policy';
import { villageList, type VillageRow } from '$lib/queries/villages';
import { assessmentMonth } from './model';

/** A regency's villages in December of the assessment year and of the year before, by village code. */
export interface VillageYears {
	regency: string;
	now: ReadonlyMap<string, VillageRow>;
	prev: ReadonlyMap<string, VillageRow>;
	queries: readonly Sql[];
}

/**
 * The villages of each of `regencies` (a village group's regencies, ambiguous candidates' both)
 * for `year` and the year before. Attaches each province's detail file once (a download the
 * first time: `onProgress` hears it).
 */
export async function loadVillageYears(
	db: Db,
	attachDetail: AttachDetail,
	{ regencies, year }: { regencies: readonly string[]; year: number },
	{ signal, onProgress }: QueryOptions & AttachDetailOptions = {}
): Promise<Map<string, VillageYears>> {
	for (const province of new Set(regencies.map((r) => r.slice(0, 2)))) await attachDetail(province, onProgress ? { onProgress } : {});
	signal?.throwIfAborted();
	const out = new Map<string, VillageYears>();
	await Promise.all(
		regencies.map(async (regency) => {
			const queries = [villageList({ regency, month: assessmentMonth(year) }), villageList({ regency, month: assessmentMonth(year - 1) })];
			const [now, prev] = await Promise.all(queries.map((q) => db.query<VillageRow & Record<string, unknown>>(q, { signal })));
			out.set(regency, { regency, now: new Map(now!.map((r) => [r.code, r])), prev: new Map(prev!.map((r) => [r.code, r])), queries });
		})
	);
	return out;
}

/** A province's employers in the assessment year, by id; null rows when the data has no `employers`. */
export interface ProvinceEmployers {
	byId: ReadonlyMap<string, EmployerRow>;
	rows: readonly EmployerRow[];
	query: Sql | null;
}

export async function loadEmployers(db: Db, { province, year, tables }: { province: string; year: number; tables: DatabaseTables }, options: QueryOptions = {}): Promise<ProvinceEmployers> {
	const query = employersOf({ province, years: [year], tables });
	const rows = query ? await db.query<EmployerRow & Record<string, unknown>>(query, options) : [];
	return { byId: new Map(rows.map((r) => [r.employer_id, r])), rows, query };
}
