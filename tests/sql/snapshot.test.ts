/**
 * The build-time snapshot parts (static/data/snapshot*.json, written by native DuckDB during
 * `npm run db`) equal what DuckDB-WASM returns live, entry by entry, over the very database file
 * the browser attaches. If a query, the build or an engine drifts, the first figures a user sees
 * would differ from the live ones: this fails first.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Param } from '$lib/data/connector';
import type { NodeDb } from '$lib/data/node';
import { decodeEntry, NATIONAL_PART, snapshotDb, snapshotFile, SNAPSHOT_PART_FILE, type SnapshotPart } from '$lib/data/snapshot';
import { cacheKey } from '$lib/data/create-db';
import { KANTOR_PART, PENILAIAN_PART, VIEWS } from '$lib/views/registry';
import { loadOverview, tilesAt } from '$lib/views/overview/model';
import { DEFAULT_OUT_DIR } from '../../scripts/build-db';
import { siteDb } from './setup';

let db: NodeDb;
let served: { checksum: string; period: { to: string }; database: { tables: Record<string, number> } };
const parts = new Map<string, SnapshotPart>();
beforeAll(async () => {
	db = await siteDb(); // builds static/data from the sample first when it is stale
	served = JSON.parse(readFileSync(join(DEFAULT_OUT_DIR, 'dataset.json'), 'utf8'));
	for (const name of readdirSync(DEFAULT_OUT_DIR).filter((n) => n === 'snapshot.json' || SNAPSHOT_PART_FILE.test(n))) {
		const part = JSON.parse(readFileSync(join(DEFAULT_OUT_DIR, name), 'utf8')) as SnapshotPart;
		parts.set(part.part, part);
	}
});

describe('the first-view snapshot', () => {
	test('one part for Indonesia, one per province and the regional-office and panel views\' own, for the served dataset, holding exactly the planned queries', async () => {
		const provinces = (await db.query<{ code: string }>({ text: `SELECT code FROM area_names WHERE level = 'province' ORDER BY code`, params: [] })).map((r) => r.code);
		expect(provinces).toHaveLength(38);
		expect([...parts.keys()].sort()).toEqual([NATIONAL_PART, KANTOR_PART, PENILAIAN_PART, ...provinces].sort());
		expect(parts.get(NATIONAL_PART)!.manifest?.checksum).toBe(served.checksum);
		const planned = new Map<string, string[]>();
		for (const view of VIEWS) {
			if (!('snapshot' in view)) continue;
			for (const plan of view.snapshot(provinces, served.database.tables)) planned.set(plan.part, [...(planned.get(plan.part) ?? []), ...plan.queries.map(cacheKey)]);
		}
		// Two views planning the same statement share one entry (the build keeps the first).
		for (const [name, keys] of planned) planned.set(name, [...new Set(keys)]);
		for (const [name, part] of parts) {
			expect(part.checksum, name).toBe(served.checksum);
			expect(part.entries.map((e) => e.key), name).toEqual(planned.get(name));
			expect(snapshotFile(name)).toBe(name === NATIONAL_PART ? 'snapshot.json' : `snapshot-${name}.json`);
		}
	});

	test('every entry of the national part and of three provinces equals the live DuckDB-WASM result', async () => {
		for (const name of [NATIONAL_PART, KANTOR_PART, PENILAIAN_PART, '32', '64', '94']) {
			for (const entry of parts.get(name)!.entries) {
				const [text, params] = JSON.parse(entry.key) as [string, Param[]];
				expect(await db.query({ text, params }), `${name}: ${text.slice(0, 80)}`).toEqual(decodeEntry(entry));
			}
		}
	});

	test('a province deep link and a regency deep link draw from their part alone, with the live figures', async () => {
		const month = served.period.to;
		const jabar = snapshotDb([parts.get('32')!]);
		// Jawa Barat has about 8 M active participants in the sample, Kota Bandung about 0.6 M.
		for (const [area, least] of [['32', 5e6], ['3273', 3e5]] as const) {
			const fromSnapshot = await loadOverview(jabar, { area });
			const live = await loadOverview(db, { area });
			expect(tilesAt(fromSnapshot, month), area).toEqual(tilesAt(live, month));
			expect(tilesAt(fromSnapshot, month).sums.active_all, area).toBeGreaterThan(least);
		}
		await expect(loadOverview(jabar, { area: '64' })).rejects.toThrow('not in the build-time snapshot');
	});

	test('the national part holds the whole trend: 84 months', () => {
		const national = parts.get(NATIONAL_PART)!;
		expect(decodeEntry(national.entries[1]!)).toHaveLength(84);
	});
});
