/**
 * Build step: the first view's figures, run by the app's own query builders over the database
 * being built (native DuckDB), written beside it as `snapshot.json` (src/lib/data/snapshot.ts).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheKey } from '../../src/lib/data/create-db';
import { SNAPSHOT_FILE, type Snapshot } from '../../src/lib/data/snapshot';
import { firstViewQueries } from '../../src/routes/_overview/first-view';
import type { BuildStep } from '../build-db';

const source = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

/** Writes `snapshot.json` for the dataset being built. */
export const snapshotStep: BuildStep = {
	name: 'snapshot',
	// The figures change whenever a query or the first view's choice of queries does.
	inputs: [
		'src/lib/queries/overview.ts',
		'src/lib/queries/regions.ts',
		'src/lib/queries/sql.ts',
		'src/routes/_overview/first-view.ts',
		'src/routes/_overview/load-overview.ts',
		'scripts/build-steps/snapshot.ts'
	].map(source),
	async run({ db, manifest, outDir }) {
		const entries: Snapshot['entries'][number][] = [];
		for (const q of firstViewQueries(manifest.period.to)) entries.push({ key: cacheKey(q), rows: await db.query(q) });
		const snapshot: Snapshot = { format: 1, checksum: manifest.checksum, manifest, entries };
		writeFileSync(join(outDir, SNAPSHOT_FILE), JSON.stringify(snapshot));
	}
};
