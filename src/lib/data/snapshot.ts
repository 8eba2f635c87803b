/**
 * The first view's figures, computed at build time by the same query builders in native DuckDB
 * (scripts/build-steps/snapshot.ts) and served as `/data/snapshot.json`: a pre-filled result
 * cache keyed like the live one (`cacheKey`: SQL text + params). The overview draws from it
 * while the 34 MB engine starts, then the live `Db` takes over with the same queries.
 *
 * It is used only for the dataset it was built from: its `checksum` must equal the served
 * manifest's (a test runs every entry live on DuckDB-WASM and compares).
 */
import type { Db, Row, Sql } from './connector';
import { cacheKey } from './create-db';
import type { Manifest } from '../contract/manifest';

/** File name beside the database, served under `/data/`. */
export const SNAPSHOT_FILE = 'snapshot.json';

/** The served snapshot. */
export interface Snapshot {
	readonly format: 1;
	/** Checksum of the dataset the rows come from (Manifest.checksum). */
	readonly checksum: string;
	/** The dataset's manifest, so the first view knows its period and provenance at once. */
	readonly manifest: Manifest;
	readonly entries: readonly { readonly key: string; readonly rows: readonly Row[] }[];
}

/** Thrown for a query the snapshot does not hold: the caller waits for the live engine. */
export class SnapshotMiss extends Error {
	constructor(q: Sql) {
		super(`not in the build-time snapshot: ${q.text.slice(0, 60)}…`);
		this.name = 'SnapshotMiss';
	}
}

/** True for a {@link SnapshotMiss}. */
export function isSnapshotMiss(error: unknown): boolean {
	return error instanceof Error && error.name === 'SnapshotMiss';
}

/** A `Db` that answers from the snapshot only. */
export function snapshotDb(snapshot: Snapshot): Db {
	const rows = new Map(snapshot.entries.map((e) => [e.key, e.rows]));
	return {
		query<T extends Row = Row>(q: Sql): Promise<T[]> {
			const hit = rows.get(cacheKey(q));
			return hit ? Promise.resolve(hit as T[]) : Promise.reject(new SnapshotMiss(q));
		}
	};
}

/** Fetch the snapshot from `url`; null when absent, unreadable, or not for the dataset it names. */
export async function loadSnapshot(url: string): Promise<Snapshot | null> {
	try {
		const response = await fetch(url, { cache: 'no-cache' });
		if (!response.ok) return null;
		const snapshot = (await response.json()) as Snapshot;
		if (snapshot.format !== 1 || snapshot.checksum !== snapshot.manifest?.checksum) return null;
		return snapshot;
	} catch {
		// No snapshot only means the first figures wait for the engine.
		return null;
	}
}
