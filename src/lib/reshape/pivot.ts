/**
 * Long rows to a wide table: one row per month, one column per segment, the shape people read
 * and paste into spreadsheets. Segments missing in a month stay null, not 0.
 *
 * Why not Arquero here: its verbs compile expressions with `new Function`, which the app's
 * Content-Security-Policy (no 'unsafe-eval') blocks (uwdata/arquero#361). So the browser gets
 * this small eval-free version, and the unit test checks it against Arquero's own `pivot` in
 * Node, where no CSP applies.
 */

/**
 * Pivot `{ [row], [column], [value] }` rows into one row per distinct `row`, sorted by it.
 * @example pivotWide(trend, { row: 'month', column: 'segment', value: 'active', columns: ['PU', 'BPU'] })
 */
export function pivotWide<T extends object>(
	rows: readonly T[],
	{ row, column, value, columns }: { row: string; column: string; value: string; columns: readonly string[] }
): Record<string, unknown>[] {
	const byRow = new Map<unknown, Record<string, unknown>>();
	for (const r of rows as readonly Record<string, unknown>[]) {
		const key = r[row];
		let out = byRow.get(key);
		if (!out) {
			out = { [row]: key };
			for (const c of columns) out[c] = null;
			byRow.set(key, out);
		}
		const c = String(r[column]);
		if (columns.includes(c)) out[c] = r[value] ?? null;
	}
	return [...byRow.values()].sort((a, b) => String(a[row]).localeCompare(String(b[row])));
}
