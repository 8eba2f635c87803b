/**
 * `missing_table`, `missing_column`, `extra_column`: the dataset has the contract's tables and
 * columns. Pure TS over what `discoverTables` found.
 */
import type { Manifest } from '$lib/contract/manifest';
import { TABLE_NAMES, TABLES, type TableDef, type TableName } from '$lib/contract/schema';
import type { FoundTable } from './context';
import { finding, message, type Finding } from './finding';
import { EXTRA_COLUMN, MISSING_COLUMN, MISSING_TABLE } from './rules';

/** Findings on the presence of tables and columns. */
export function checkStructure(
	tables: ReadonlyMap<TableName, FoundTable>,
	manifest: Manifest | undefined
): Finding[] {
	const findings: Finding[] = [];
	for (const name of TABLE_NAMES) {
		const def = TABLES[name] as TableDef;
		const found = tables.get(name);
		if (!found) {
			const listed = manifest?.tables.find((t) => t.table === name);
			if (def.required) {
				findings.push(finding(MISSING_TABLE, { table: name }, message('validate.missingTable', { table: name })));
			} else if (listed) {
				findings.push(
					finding(MISSING_TABLE, { table: name }, message('validate.missingTable.listed', { table: name, file: listed.file }))
				);
			}
			continue;
		}
		for (const column of def.columns) {
			if (found.columns.has(column.name)) continue;
			findings.push(
				finding(
					MISSING_COLUMN,
					{ table: name, column: column.name },
					message('validate.missingColumn', { table: name, column: column.name, type: column.type })
				)
			);
		}
		for (const column of found.columns.keys()) {
			if (def.columns.some((c) => c.name === column)) continue;
			findings.push(
				finding(EXTRA_COLUMN, { table: name, column }, message('validate.extraColumn', { table: name, column }))
			);
		}
	}
	return findings;
}
