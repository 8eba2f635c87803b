/**
 * The one rule for adding up values a user's file may lack (issue 11: an office summary with
 * active counts only): a total is NULL unless every row it adds up has the value, so a figure
 * that needs a missing column says "no data", never a partial sum or 0. A group without rows is
 * NULL too, as plain `sum` gives. The rollups (`rollups.ts`) splice it as text; query builders
 * with bound values use `completeSumOf` (`sql.ts`), which writes this same text.
 *
 * A leaf module (no imports): `rollups.ts` and `sql.ts` both need it, and `sql.ts` already
 * imports `rollups.ts`.
 */

/**
 * `sum(x)` that is NULL unless every row of the group has `x`. `filter` is an aggregate FILTER
 * clause, e.g. `FILTER (segment = 'PU')`.
 * @example completeSum('active', "FILTER (segment = 'PU')")
 * // CASE WHEN count(*) FILTER (segment = 'PU') = count(active) FILTER (segment = 'PU') THEN sum(active) FILTER (segment = 'PU') END
 */
export function completeSum(x: string, filter = ''): string {
	const f = filter ? ` ${filter}` : '';
	return `CASE WHEN count(*)${f} = count(${x})${f} THEN sum(${x})${f} END`;
}
