/**
 * The query that will feed the village view (it does not exist yet): every village of one
 * regency with its active participants by segment in one month, from `participation_village`
 * in the province's detail file (attached as `villages_<pp>`, `detailSchema`) joined to
 * `regions` in the core file. Kept in the bench until the view brings its own builder to
 * lib/queries.
 */
import type { Sql } from '$lib/data/connector';
import { detailSchema } from '$lib/data/database';
import { sql, table } from '$lib/queries/sql';

/** One village's row. */
export interface VillageRow {
	code: string;
	name: string;
	active_all: number | null;
	active_pu: number | null;
	active_bpu: number | null;
	active_jakon: number | null;
	active_pmi: number | null;
}

/**
 * The villages of `regency` (4 digits) with their active participants in `month` (`YYYY-MM`).
 * Attach the province's detail file (its first two digits) before running it.
 */
export function villagesOfRegency({ regency, month }: { regency: string; month: string }): Sql {
	if (!/^\d{4}$/.test(regency)) throw new Error(`invalid regency code: ${JSON.stringify(regency)}`);
	if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new Error(`invalid month: ${JSON.stringify(month)}`);
	return sql`
SELECT r.code, r.name,
  sum(v.active)::DOUBLE AS active_all,
  sum(v.active) FILTER (v.segment = 'PU')::DOUBLE AS active_pu,
  sum(v.active) FILTER (v.segment = 'BPU')::DOUBLE AS active_bpu,
  sum(v.active) FILTER (v.segment = 'JAKON')::DOUBLE AS active_jakon,
  sum(v.active) FILTER (v.segment = 'PMI')::DOUBLE AS active_pmi
FROM ${table('regions')} AS r
LEFT JOIN ${table('participation_village', detailSchema(regency.slice(0, 2)))} AS v ON v.region_code = r.code AND v.month = ${`${month}-01`}::DATE
WHERE r.level = 'village' AND starts_with(r.code, ${regency})
GROUP BY r.code, r.name
ORDER BY r.code`;
}

/** The December the village figures are read for: the last one in the data. */
export function lastDecember(period: { from: string; to: string }): string {
	const [year, month] = period.to.split('-').map(Number) as [number, number];
	return month === 12 ? `${year}-12` : `${year - 1}-12`;
}
