/**
 * Build step: the first figures of every view that has a snapshot (the views registry), run by
 * the app's own query builders over the database being built (native DuckDB), written beside it
 * as `snapshot.json` (Indonesia, with the manifest) and `snapshot-<pp>.json` per province
 * (src/lib/data/snapshot.ts).
 */
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheKey } from '../../src/lib/data/create-db';
import { encodeEntry, NATIONAL_PART, snapshotFile, SNAPSHOT_PART_FILE, type SnapshotEntry, type SnapshotPart } from '../../src/lib/data/snapshot';
import { VIEWS } from '../../src/lib/views/registry';
import type { BuildStep } from '../build-db';

const source = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

/** Writes the snapshot parts for the dataset being built. */
export const snapshotStep: BuildStep = {
	name: 'snapshot',
	// The figures change whenever a query builder or a view's choice of first queries does.
	inputs: [
		'src/lib/queries/monthly.ts',
		'src/lib/queries/regions.ts',
		'src/lib/queries/sql.ts',
		'src/lib/data/snapshot.ts',
		'src/lib/views/registry.ts',
		'src/lib/views/overview/queries.ts',
		'src/lib/queries/offices.ts',
		'src/lib/queries/rollups.ts',
		'src/lib/views/kantor/queries.ts',
		'src/lib/queries/candidates.ts',
		'src/lib/queries/policy.ts',
		'scripts/build-steps/snapshot.ts'
	].map(source),
	async run({ db, manifest, outDir }) {
		const provinces = (await db.query<{ code: string }>({ text: `SELECT code FROM area_names WHERE level = 'province' ORDER BY code`, params: [] })).map((r) => r.code);
		// Which optional tables the data has: a view's first queries skip an absent one.
		const tables = Object.fromEntries(manifest.tables.map((t) => [t.table, t.rows]));
		const parts = new Map<string, Map<string, SnapshotEntry>>();
		for (const view of VIEWS) {
			if (!('snapshot' in view)) continue;
			for (const plan of view.snapshot(provinces, tables)) {
				let entries = parts.get(plan.part);
				if (!entries) parts.set(plan.part, (entries = new Map()));
				for (const q of plan.queries) {
					const key = cacheKey(q);
					if (!entries.has(key)) entries.set(key, encodeEntry(q, await db.query(q)));
				}
			}
		}
		for (const name of readdirSync(outDir)) if (SNAPSHOT_PART_FILE.test(name)) rmSync(join(outDir, name), { force: true });
		for (const [part, entries] of parts) {
			const snapshot: SnapshotPart = {
				format: 2,
				part,
				checksum: manifest.checksum,
				entries: [...entries.values()],
				...(part === NATIONAL_PART ? { manifest } : {})
			};
			writeFileSync(join(outDir, snapshotFile(part)), JSON.stringify(snapshot));
		}
	}
};
