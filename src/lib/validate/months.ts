/**
 * `month_out_of_range` and `missing_month`. Months are DATEs on their first day, within the
 * dataset period (dataset.json; without it, 2000-01 to the current month), and `participation`
 * has every month of the period for each regency × segment it has at all, so a trend never
 * bridges a gap silently. A mid-month date counts for its month in the gap check, so one wrong
 * day is one finding (`month_out_of_range`), not two.
 */
import { TABLES, type TableDef, type TableName } from '$lib/contract/schema';
import { sql } from '$lib/queries/sql';
import { allUsable, isUsable, regionLabels, relation, value, checkedTables, type Context } from './context';
import { MAX_EXAMPLES, valueExamples } from './examples';
import { finding, keyText, message, month, monthCount, rowCount, type Finding } from './finding';
import { MISSING_MONTH, MONTH_OUT_OF_RANGE } from './rules';

/** Months not on the first day or outside the period, in every `month` column. */
export async function checkMonthRange(ctx: Context): Promise<Finding[]> {
	const findings: Finding[] = [];
	const { from, to, source } = ctx.period;
	for (const name of checkedTables(ctx)) {
		for (const def of (TABLES[name] as TableDef).columns) {
			if (def.unit !== 'month' || !isUsable(ctx, name, def.name)) continue;
			const { total, examples } = await valueExamples(ctx, name, {
				value: value(ctx, name, def.name),
				filter: sql`${value(ctx, name, def.name)} IS NOT NULL`,
				where: sql`day(__value) <> 1
					OR date_trunc('month', __value) < ${`${from}-01`}::DATE
					OR date_trunc('month', __value) > ${`${to}-01`}::DATE`
			});
			for (const e of examples) {
				const v = String(e.data.__value);
				const outside = v.slice(0, 7) < from || v.slice(0, 7) > to;
				const key = !outside
					? 'validate.monthNotFirstDay'
					: source === 'manifest'
						? 'validate.monthOutOfPeriod'
						: 'validate.monthOutOfRange';
				findings.push(
					finding(
						MONTH_OUT_OF_RANGE,
						{ table: name, column: def.name, key: e.key, row: e.row, count: total },
						message(key, {
							table: name,
							column: def.name,
							value: v,
							from: month(from),
							to: month(to),
							rows: rowCount(e.rows),
							key: keyText(e.key, e.row)
						})
					)
				);
			}
		}
	}
	return findings;
}

const GAP_TABLE: TableName = 'participation';

/** Regency × segment series of `participation` with a month missing. */
export async function checkMissingMonths(ctx: Context): Promise<Finding[]> {
	if (!ctx.tables.has(GAP_TABLE) || !allUsable(ctx, GAP_TABLE, ['region_code', 'month', 'segment'])) return [];
	const { from, to, source } = ctx.period;
	const lo = `${from}-01`;
	const hi = `${to}-01`;
	// With a manifest every series spans the whole period; without, its own first to last month.
	const bounds =
		source === 'manifest' ? sql`${lo}::DATE AS lo, ${hi}::DATE AS hi` : sql`min(m) AS lo, max(m) AS hi`;
	const rows = await ctx.db.query<{ region_code: string; segment: string; month: string; lo: string; hi: string; __rows: number; __total: number }>(sql`
		WITH present AS (
			SELECT DISTINCT
				${value(ctx, GAP_TABLE, 'region_code')} AS r,
				${value(ctx, GAP_TABLE, 'segment')} AS s,
				CAST(date_trunc('month', ${value(ctx, GAP_TABLE, 'month')}) AS DATE) AS m
			FROM ${relation(ctx, GAP_TABLE)}),
		inside AS (
			SELECT * FROM present
			WHERE r IS NOT NULL AND s IS NOT NULL AND m BETWEEN ${lo}::DATE AND ${hi}::DATE),
		span AS (SELECT r, s, ${bounds} FROM inside GROUP BY r, s),
		expected AS (
			SELECT r, s, lo, hi, unnest(generate_series(CAST(lo AS TIMESTAMP), CAST(hi AS TIMESTAMP), INTERVAL 1 MONTH)) AS ts
			FROM span),
		missing AS (
			SELECT e.r, e.s, e.lo, e.hi, CAST(e.ts AS DATE) AS m FROM expected AS e
			WHERE NOT EXISTS (SELECT 1 FROM inside AS i WHERE i.r = e.r AND i.s = e.s AND i.m = CAST(e.ts AS DATE)))
		SELECT r AS region_code, CAST(min(m) AS VARCHAR) AS month, s AS segment,
			CAST(any_value(lo) AS VARCHAR) AS lo, CAST(any_value(hi) AS VARCHAR) AS hi,
			CAST(count(*) AS DOUBLE) AS __rows, CAST(sum(count(*)) OVER () AS DOUBLE) AS __total
		FROM missing GROUP BY r, s
		ORDER BY r, s
		LIMIT ${MAX_EXAMPLES}`);
	const labels = await regionLabels(ctx, rows.map((r) => r.region_code));
	return rows.map((r) => {
		const key = { region_code: r.region_code, month: r.month, segment: r.segment };
		return finding(
			MISSING_MONTH,
			{ table: GAP_TABLE, column: 'month', key, count: Number(r.__total) },
			message('validate.missingMonth', {
				region: labels.get(r.region_code)!,
				segment: r.segment,
				month: month(r.month),
				months: monthCount(Number(r.__rows)),
				from: month(r.lo),
				to: month(r.hi)
			})
		);
	});
}
