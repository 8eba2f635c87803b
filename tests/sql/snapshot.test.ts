/**
 * The build-time snapshot of the first view (static/data/snapshot.json, written by native
 * DuckDB during `npm run db`) equals what DuckDB-WASM returns live, entry by entry, over the
 * very database file the browser attaches. If a query, the build or an engine drifts, the
 * first figures a user sees would differ from the live ones: this fails first.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Param } from '$lib/data/connector';
import type { NodeDb } from '$lib/data/node';
import { SNAPSHOT_FILE, type Snapshot } from '$lib/data/snapshot';
import { firstViewQueries } from '../../src/routes/_overview/first-view';
import { cacheKey } from '$lib/data/create-db';
import { DEFAULT_OUT_DIR } from '../../scripts/build-db';
import { siteDb } from './setup';

let db: NodeDb;
let snapshot: Snapshot;
beforeAll(async () => {
	db = await siteDb(); // builds static/data from the sample first when it is stale
	snapshot = JSON.parse(readFileSync(join(DEFAULT_OUT_DIR, SNAPSHOT_FILE), 'utf8')) as Snapshot;
});

describe('the first-view snapshot', () => {
	test('is for the served dataset and holds exactly the first view\'s queries', () => {
		const served = JSON.parse(readFileSync(join(DEFAULT_OUT_DIR, 'dataset.json'), 'utf8'));
		expect(snapshot.checksum).toBe(served.checksum);
		expect(snapshot.manifest.checksum).toBe(served.checksum);
		expect(snapshot.entries.map((e) => e.key)).toEqual(firstViewQueries(served.period.to).map(cacheKey));
	});

	test('every entry equals the live DuckDB-WASM result', async () => {
		for (const entry of snapshot.entries) {
			const [text, params] = JSON.parse(entry.key) as [string, Param[]];
			expect(await db.query({ text, params }), text.slice(0, 80)).toEqual(entry.rows);
		}
	});

	test('the national tiles of the latest month are in it, with real figures', () => {
		const tiles = snapshot.entries[1]!.rows[0] as Record<string, number>;
		expect(tiles.active_all).toBeGreaterThan(40e6); // about 42 M in the sample's Dec 2025
		expect(snapshot.entries[2]!.rows).toHaveLength(84 * 4); // the whole trend
	});
});
