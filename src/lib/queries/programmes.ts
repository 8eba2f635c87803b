/**
 * Active participants by programme (JKK, JKM, JHT, JP, JKP) for the decline finder's programme
 * panel: a set of regencies' sums in a month and the same month a year earlier, from
 * `participation_programme`. A participant holds several programmes, so these rows overlap and
 * never add up to the participants of `area_monthly`; the panel says so
 * (`decline.programmes.notAdditive`). Builds `Sql`, executes nothing.
 */
import type { Sql } from '$lib/data/connector';
import { areaLevel } from '$lib/contract/areas';
import { PROGRAMMES, type Programme } from '$lib/contract/domain';
import { monthSqlDate, yearBefore, type Month } from '$lib/period';
import { completeSumOf, join, list, sql, table } from './sql';

/** One programme's active participants over the codes, now and a year earlier. */
export interface ProgrammeChangeRow {
	programme: Programme;
	/** Null when the data has no row for the month, or a row without the count (no data, never 0 or a partial sum). */
	active: number | null;
	active_prev: number | null;
}

/** `codes` if every one is a regency/city code; throws naming the first that is not. */
function checkRegencies(codes: readonly string[]): readonly string[] {
	for (const code of codes) {
		if (areaLevel(code) !== 'regency') throw new Error(`not a regency code: ${JSON.stringify(code)}`);
	}
	return codes;
}

/**
 * Each programme's active participants summed over `codes` (regencies: one, or a province's or
 * an office's) in `month` and the same month a year earlier, one row per programme in the
 * contract's order (JKK, JKM, JHT, JP, JKP), with nulls where the data has no row.
 * @example programmeChange({ codes: ['6208'], month: '2025-12' })
 */
export function programmeChange({ codes, month }: { codes: readonly string[]; month: Month }): Sql {
	checkRegencies(codes);
	const now = monthSqlDate(month);
	const prev = monthSqlDate(yearBefore(month));
	// Every programme gets a row, so a programme without data shows as null rather than missing;
	// a regency whose row lacks the count (a user's file) makes the sum null too, never a partial sum.
	// The order travels as text ('0'…'4'): WASM binds numbers as DOUBLE, text compares the same on both engines.
	const programmes = join(PROGRAMMES.map((p, i) => sql`(${p}, ${String(i)})`), ', ');
	return sql`
SELECT p.programme,
       (${completeSumOf(sql`x.active`, sql`x.month = ${now}::DATE`)})::DOUBLE AS active,
       (${completeSumOf(sql`x.active`, sql`x.month = ${prev}::DATE`)})::DOUBLE AS active_prev
FROM (VALUES ${programmes}) AS p(programme, ord)
LEFT JOIN ${table('participation_programme')} AS x
  ON x.programme = p.programme AND x.region_code IN (${list([...codes])}) AND x.month IN (${now}::DATE, ${prev}::DATE)
GROUP BY p.programme, p.ord
ORDER BY p.ord`;
}
