/**
 * Long rows to a wide table with Arquero: one row per month, one column per segment, the shape
 * people read and paste into spreadsheets. Segments missing in a month stay null, not 0.
 */
import { from } from 'arquero';

/**
 * Pivot `{ [rowKey], [columnKey], [valueKey] }` rows into one row per `rowKey`.
 * @example pivotWide(trend, { row: 'month', column: 'segment', value: 'active', columns: ['PU', 'BPU'] })
 */
export function pivotWide<T extends object>(
	rows: readonly T[],
	{ row, column, value, columns }: { row: string; column: string; value: string; columns: readonly string[] }
): Record<string, unknown>[] {
	if (rows.length === 0) return [];
	const wide = from(rows as unknown as Record<string, unknown>[])
		.groupby(row)
		.pivot(column, value)
		.orderby(row);
	return (wide.objects() as Record<string, unknown>[]).map((r) => {
		const out: Record<string, unknown> = { [row]: r[row] };
		for (const c of columns) out[c] = r[c] ?? null;
		return out;
	});
}
