/**
 * `village_exceeds_regency` (a warning): village detail summed per regency × month × segment is
 * no larger than the regency's own `participation` row, for each count both tables have
 * (`active`, `non_active`). Villages are a breakdown of the regency total, never added to it.
 * Only groups with a regency row are compared: a missing row is `missing_month`'s.
 */
import { TABLES, type TableDef } from '$lib/contract/schema';
import { ident, join, sql, type Fragment } from '$lib/queries/sql';
import { allUsable, regionLabels, relation, value, type Context } from './context';
import { MAX_EXAMPLES } from './examples';
import { finding, integer, message, month, type Finding } from './finding';
import { VILLAGE_EXCEEDS_REGENCY } from './rules';

const GROUP = ['region_code', 'month', 'segment'];

/** Regency × month × segment groups whose villages add up to more than the regency. */
export async function checkVillageTotals(ctx: Context): Promise<Finding[]> {
	if (!allUsable(ctx, 'participation_village', GROUP) || !allUsable(ctx, 'participation', GROUP)) return [];
	const regencyColumns = new Set((TABLES.participation as TableDef).columns.map((c) => c.name));
	const measures = (TABLES.participation_village as TableDef).columns.filter(
		(c) => c.unit === 'people' && regencyColumns.has(c.name) && allUsable(ctx, 'participation_village', [c.name]) && allUsable(ctx, 'participation', [c.name])
	);
	if (measures.length === 0) return [];
	const v = (c: string) => value(ctx, 'participation_village', c);
	const p = (c: string) => value(ctx, 'participation', c);
	const sums = (of: (c: string) => Fragment, prefix: string) =>
		join(measures.map((m) => sql`sum(${of(m.name)}) AS ${ident(prefix + m.name)}`), ', ');
	// One scan of each table for every measure; then a few examples per measure.
	const exceeding = join(
		measures.map(
			(m) => sql`(SELECT * FROM (
				SELECT ${m.name} AS __column, r AS region_code, CAST(m AS VARCHAR) AS month, s AS segment,
					CAST(${ident(`v_${m.name}`)} AS DOUBLE) AS villages, CAST(${ident(`g_${m.name}`)} AS DOUBLE) AS regency,
					CAST(count(*) OVER () AS DOUBLE) AS __total
				FROM joined
				WHERE ${ident(`v_${m.name}`)} > ${ident(`g_${m.name}`)}
				ORDER BY r, m, s
				LIMIT ${MAX_EXAMPLES}))`
		),
		' UNION ALL '
	);
	const rows = await ctx.db.query<{ __column: string; region_code: string; month: string; segment: string; villages: number; regency: number; __total: number }>(sql`
		WITH v AS (
			SELECT left(${v('region_code')}, 4) AS r, ${v('month')} AS m, ${v('segment')} AS s, ${sums(v, 'v_')}
			FROM ${relation(ctx, 'participation_village')}
			GROUP BY r, m, s),
		g AS (
			SELECT ${p('region_code')} AS r, ${p('month')} AS m, ${p('segment')} AS s, ${sums(p, 'g_')}
			FROM ${relation(ctx, 'participation')}
			GROUP BY r, m, s),
		joined AS MATERIALIZED (
			SELECT * FROM v JOIN g USING (r, m, s))
		${exceeding}`);
	const labels = await regionLabels(ctx, rows.map((r) => r.region_code));
	return rows.map((r) =>
		finding(
			VILLAGE_EXCEEDS_REGENCY,
			{
				table: 'participation_village',
				column: r.__column,
				key: { region_code: r.region_code, month: r.month, segment: r.segment },
				count: Number(r.__total)
			},
			message('validate.villageExceedsRegency', {
				column: r.__column,
				region: labels.get(r.region_code)!,
				segment: r.segment,
				month: month(r.month),
				villages: integer(Number(r.villages)),
				regency: integer(Number(r.regency))
			})
		)
	);
}
