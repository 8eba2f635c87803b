/** Build step: the per-area rollups the overview reads (src/lib/queries/rollups.ts). */
import { fileURLToPath } from 'node:url';
import { NO_VILLAGES, ROLLUP_STATEMENTS, villageExcessStatement } from '../../src/lib/queries/rollups';
import { nativeRows } from '../lib/native-db';
import { stagedTable } from '../lib/detail-files';
import type { BuildStep } from '../build-db';

/**
 * Creates the rollups inside the database being built; `quality_village_excess` from the staged
 * `participation_village` (the detail tables are split into province files after the steps).
 */
export const rollupsStep: BuildStep = {
	name: 'rollups',
	inputs: [fileURLToPath(import.meta.url), fileURLToPath(new URL('../../src/lib/queries/rollups.ts', import.meta.url))],
	async run({ conn }) {
		for (const statement of ROLLUP_STATEMENTS) await conn.run(statement);
		const staged = await nativeRows(
			conn,
			`SELECT 1 FROM duckdb_tables() WHERE database_name = 'memory' AND schema_name = 'main' AND table_name = 'participation_village'`
		);
		await conn.run(villageExcessStatement(staged.length ? stagedTable('participation_village') : NO_VILLAGES));
	}
};
