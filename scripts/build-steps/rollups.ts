/** Build step: the per-area rollups the overview reads (src/lib/queries/rollups.ts). */
import { fileURLToPath } from 'node:url';
import { ROLLUP_STATEMENTS } from '../../src/lib/queries/rollups';
import type { BuildStep } from '../build-db';

/** Creates `area_month` and `area_year` inside the database being built. */
export const rollupsStep: BuildStep = {
	name: 'rollups',
	inputs: [fileURLToPath(import.meta.url), fileURLToPath(new URL('../../src/lib/queries/rollups.ts', import.meta.url))],
	async run({ conn }) {
		for (const statement of ROLLUP_STATEMENTS) await conn.run(statement);
	}
};
