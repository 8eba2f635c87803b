/**
 * The village list of one regency (the `/kantor/` view's villages panel): every village and
 * kelurahan of the regency, from `regions` in the core file, with its active participants by
 * segment in one month (`participation_village`) and its village government's own effort in
 * that month's year (`villages_support`). Both detail tables live in the province's detail file,
 * attached as `detailSchema(pp)` (`lib/data/detail.ts`): attach it before running the query.
 *
 * Also the build-time data-quality table of villages summing above their regency
 * (`quality_village_excess`, `rollups.ts`) and its reader. Builders only: nothing runs here.
 */
import { areaLevel, checkArea } from '$lib/contract/areas';
import type { Sql } from '$lib/data/connector';
import { detailSchema } from '$lib/data/database';
import { monthSqlDate, type Month } from '$lib/period';
import { completeSumOf, join, rollup, sql, table } from './sql';

/** A village's kind, as `regions.kind` spells it. */
export type VillageKind = 'desa' | 'kelurahan' | 'desa_adat';

/**
 * One village or kelurahan of the list. Counts are null where the data has no row, or a row it
 * adds lacks the value (a user's file without the column: `completeSumOf`), never 0 or a partial sum.
 */
export interface VillageRow {
	/** 10-digit Kemendagri code. */
	code: string;
	name: string;
	kind: VillageKind;
	/** 6-digit code of its district (kecamatan) and the district's name. */
	district_code: string;
	district_name: string;
	active_pu: number | null;
	active_bpu: number | null;
	active_jakon: number | null;
	active_pmi: number | null;
	/** PU + BPU + JAKON: the segments `ucj` counts (PMI work abroad). */
	active_ucj: number | null;
	/** Village officials and RT/RW heads covered (the month's year, December figure). */
	officials_covered: number | null;
	/** Vulnerable workers covered (the month's year). */
	vulnerable_covered: number | null;
	/** People whose contributions the village budget (APBDes/Dana Desa) paid. */
	apbdes_people: number | null;
	/** Rupiah the village budget spent on contributions. */
	apbdes_idr: number | null;
}

/** The columns of {@link VillageRow} that hold numbers, in the list's order. */
export const VILLAGE_MEASURES = [
	'active_pu',
	'active_bpu',
	'active_jakon',
	'active_pmi',
	'active_ucj',
	'officials_covered',
	'vulnerable_covered',
	'apbdes_people',
	'apbdes_idr'
] as const satisfies readonly (keyof VillageRow)[];

/** One of {@link VILLAGE_MEASURES}. */
export type VillageMeasure = (typeof VILLAGE_MEASURES)[number];

/** `regency` if it is a 4-digit regency code; throws naming the value otherwise. */
export function checkRegency(regency: unknown): string {
	if (typeof regency !== 'string' || !/^\d{4}$/.test(regency) || areaLevel(checkArea(regency)) !== 'regency') {
		throw new RangeError(`invalid regency code: ${JSON.stringify(regency)} (expected four digits, e.g. "6201")`);
	}
	return regency;
}

/**
 * Every village and kelurahan of `regency` with its figures for `month` (`YYYY-MM`): one row per
 * village of `regions`, also those without detail rows (their counts are null), ordered by
 * district then village code. Attach the province's detail file (the code's first two digits)
 * first: the query reads `villages_<pp>`.
 *
 * The 91,599-row `regions` table is scanned once, by code prefix, for the regency's districts
 * and villages, which are then joined among themselves (a self-join of `regions` on
 * `parent_code` scanned it twice: about twice as slow in the Node twin of the browser's
 * engine); the detail rows are found by the same prefix.
 * @example await attachDetail('62'); await db.query<VillageRow>(villageList({ regency: '6201', month: '2024-12' }))
 */
export function villageList({ regency, month }: { regency: string; month: Month }): Sql {
	checkRegency(regency);
	const date = monthSqlDate(month);
	const schema = detailSchema(regency.slice(0, 2));
	return sql`
WITH area AS MATERIALIZED (
  SELECT code, name, kind, level, parent_code FROM ${table('regions')}
  WHERE starts_with(code, ${regency}) AND level IN ('district', 'village')),
villages AS (
  SELECT v.code, v.name, v.kind, d.code AS district_code, d.name AS district_name
  FROM area AS v JOIN area AS d ON d.code = v.parent_code AND d.level = 'district'
  WHERE v.level = 'village'),
active AS (
  SELECT region_code AS code,
         (${completeSumOf(sql`active`, sql`segment = 'PU'`)})::DOUBLE AS active_pu,
         (${completeSumOf(sql`active`, sql`segment = 'BPU'`)})::DOUBLE AS active_bpu,
         (${completeSumOf(sql`active`, sql`segment = 'JAKON'`)})::DOUBLE AS active_jakon,
         (${completeSumOf(sql`active`, sql`segment = 'PMI'`)})::DOUBLE AS active_pmi,
         (${completeSumOf(sql`active`, sql`segment <> 'PMI'`)})::DOUBLE AS active_ucj
  FROM ${table('participation_village', schema)}
  WHERE starts_with(region_code, ${regency}) AND month = ${date}::DATE
  GROUP BY region_code),
support AS (
  SELECT village_code AS code,
         officials_covered::DOUBLE AS officials_covered, vulnerable_covered::DOUBLE AS vulnerable_covered,
         apbdes_people::DOUBLE AS apbdes_people, apbdes_idr::DOUBLE AS apbdes_idr
  FROM ${table('villages_support', schema)}
  WHERE starts_with(village_code, ${regency}) AND year = year(${date}::DATE))
SELECT villages.code, villages.name, villages.kind, villages.district_code, villages.district_name,
       active.active_pu, active.active_bpu, active.active_jakon, active.active_pmi, active.active_ucj,
       support.officials_covered, support.vulnerable_covered, support.apbdes_people, support.apbdes_idr
FROM villages
LEFT JOIN active USING (code)
LEFT JOIN support USING (code)
ORDER BY villages.district_code, villages.code`;
}

/** One regency × month × segment whose villages add up to more active participants than the regency. */
export interface VillageExcessRow {
	region_code: string;
	/** `YYYY-MM` */
	month: string;
	segment: string;
	villages_active: number;
	regency_active: number;
}

/**
 * The build-time rows of `quality_village_excess` for the areas `codes` (a regency, a province:
 * its regencies; `ID`: every regency), by regency, month and segment. An empty list matches nothing.
 * @example db.query<VillageExcessRow>(villageExcess({ codes: ['6201'] }))
 */
export function villageExcess({ codes }: { codes: readonly string[] }): Sql {
	// A code is its regencies' prefix; Indonesia's is the empty string, which every code starts with.
	const prefixes = codes.map((code) => (areaLevel(checkArea(code)) === 'national' ? '' : code));
	const match = prefixes.length ? join(prefixes.map((prefix) => sql`starts_with(region_code, ${prefix})`), ' OR ') : sql`false`;
	return sql`
SELECT region_code, month, segment, villages_active, regency_active
FROM ${rollup('quality_village_excess')}
WHERE ${match}
ORDER BY region_code, month, segment`;
}
