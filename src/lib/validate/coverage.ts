/**
 * `coverage_above_100` (a warning, never an error): a regency whose December coverage exceeds
 * 100 %. Coverage is `ucj` of DOMAIN.md section 2, as a ratio of sums: active PU + BPU + JAKON
 * in December of a year over that year's eligible workers (PMI excluded). It can happen, as
 * participants are counted where the employer is, so it is shown and flagged, never clipped.
 */
import { UCJ_SEGMENTS } from '$lib/contract/domain';
import { ucj } from '$lib/metrics/formulas';
import { list, sql } from '$lib/queries/sql';
import { allUsable, regionLabels, relation, value, type Context } from './context';
import { MAX_EXAMPLES } from './examples';
import { finding, integer, message, percent, type Finding } from './finding';
import { COVERAGE_ABOVE_100 } from './rules';

/** Regency × years whose December ucj is above 100, the highest first. */
export async function checkCoverage(ctx: Context): Promise<Finding[]> {
	if (
		!allUsable(ctx, 'participation', ['region_code', 'month', 'segment', 'active']) ||
		!allUsable(ctx, 'workforce', ['region_code', 'year', 'eligible'])
	) {
		return [];
	}
	const p = (c: string) => value(ctx, 'participation', c);
	const w = (c: string) => value(ctx, 'workforce', c);
	const rows = await ctx.db.query<{ region_code: string; year: number; active: number; eligible: number; __total: number }>(sql`
		WITH act AS (
			SELECT ${p('region_code')} AS r, CAST(year(${p('month')}) AS INTEGER) AS y, sum(${p('active')}) AS a
			FROM ${relation(ctx, 'participation')}
			WHERE month(${p('month')}) = 12 AND ${p('segment')} IN (${list(UCJ_SEGMENTS)})
			GROUP BY r, y),
		wf AS (
			SELECT ${w('region_code')} AS r, ${w('year')} AS y, sum(${w('eligible')}) AS e
			FROM ${relation(ctx, 'workforce')}
			GROUP BY r, y)
		SELECT act.r AS region_code, act.y AS year, CAST(act.a AS DOUBLE) AS active, CAST(wf.e AS DOUBLE) AS eligible,
			CAST(count(*) OVER () AS DOUBLE) AS __total
		FROM act JOIN wf ON act.r = wf.r AND act.y = wf.y
		-- SQL only selects and orders (active above eligible, largest excess first); the figure
		-- reported is computed by ucj() in lib/metrics, the one definition.
		WHERE wf.e > 0 AND act.a > wf.e
		ORDER BY CAST(act.a AS DOUBLE) / CAST(wf.e AS DOUBLE) DESC, region_code, year
		LIMIT ${MAX_EXAMPLES}`);
	const labels = await regionLabels(ctx, rows.map((r) => r.region_code));
	return rows.map((r) =>
		finding(
			COVERAGE_ABOVE_100,
			{ table: 'workforce', column: 'eligible', key: { region_code: r.region_code, year: Number(r.year) }, count: Number(r.__total) },
			message('validate.coverageAbove100', {
				region: labels.get(r.region_code)!,
				year: String(r.year),
				value: percent(ucj({ activeUcj: Number(r.active), eligible: Number(r.eligible) })!),
				active: integer(Number(r.active)),
				eligible: integer(Number(r.eligible))
			})
		)
	);
}
