/**
 * First figures before the engine: the build runs each view's first queries with the same
 * query builders in native DuckDB (scripts/build-steps/snapshot.ts) and serves the rows as a
 * pre-filled result cache keyed like the live one (`cacheKey`: SQL text + params), in parts:
 * `snapshot.json` for Indonesia (it also carries the manifest, so the first view knows its
 * period and provenance at once) and `snapshot-<pp>.json` for each province and its regencies,
 * so a deep link to any province or regency draws before the engine is ready too. A view says
 * which part a state needs (`ViewDef.snapshotPart`); the page fetches only that one.
 *
 * Parts are used only for the dataset they were built from: a part's `checksum` must equal the
 * national part's (and that one the served manifest's). A test runs every entry of every part
 * live on DuckDB-WASM and compares.
 */
import type { Db, Row, Sql } from './connector';
import { cacheKey } from './create-db';
import type { Manifest } from '../contract/manifest';

import { NATIONAL_PART } from './snapshot-files';

export { NATIONAL_PART, snapshotFile, SNAPSHOT_PART_FILE } from './snapshot-files';

/** One query's rows, column-wise (the column names once, not once per row). */
export interface SnapshotEntry {
	readonly key: string;
	readonly columns: readonly string[];
	readonly values: readonly (readonly unknown[])[];
}

/** One served part. */
export interface SnapshotPart {
	readonly format: 2;
	readonly part: string;
	/** Checksum of the dataset the rows come from (Manifest.checksum). */
	readonly checksum: string;
	readonly entries: readonly SnapshotEntry[];
	/** The dataset's manifest (the national part only). */
	readonly manifest?: Manifest;
}

/** Rows as a snapshot entry. */
export function encodeEntry(q: Sql, rows: readonly Row[]): SnapshotEntry {
	const columns = rows.length ? Object.keys(rows[0]!) : [];
	return { key: cacheKey(q), columns, values: rows.map((row) => columns.map((c) => row[c] ?? null)) };
}

/** A snapshot entry's rows. */
export function decodeEntry(entry: SnapshotEntry): Row[] {
	return entry.values.map((values) => Object.fromEntries(entry.columns.map((c, i) => [c, values[i]])));
}

/** Thrown for a query no loaded part holds: the caller waits for the live engine. */
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

/** A `Db` that answers from the given parts only (rows decoded once, then shared). */
export function snapshotDb(parts: readonly SnapshotPart[]): Db {
	const entries = new Map<string, SnapshotEntry>();
	for (const part of parts) for (const entry of part.entries) entries.set(entry.key, entry);
	const decoded = new Map<string, Row[]>();
	return {
		query<T extends Row = Row>(q: Sql): Promise<T[]> {
			const key = cacheKey(q);
			const entry = entries.get(key);
			if (!entry) return Promise.reject(new SnapshotMiss(q));
			let rows = decoded.get(key);
			if (!rows) decoded.set(key, (rows = decodeEntry(entry)));
			return Promise.resolve(rows.slice() as T[]);
		}
	};
}

/**
 * Whether a part may answer for the data the views are to show: only when it was built from
 * that very data (its checksum) and no user data is, or may yet be, applied. While the stored
 * user data is still being looked up (`userData` undefined), the answer is no: the build-time
 * figures are never shown for data they were not built from, not even for a moment.
 */
export function snapshotServes(part: Pick<SnapshotPart, 'checksum'>, { checksum, userData }: { checksum: string; userData: boolean | undefined }): boolean {
	return userData === false && part.checksum === checksum;
}

/** Fetch a part; null when absent, unreadable, or not a part of the dataset `checksum` names. */
export async function loadSnapshotPart(url: string, { part, checksum }: { part: string; checksum?: string }): Promise<SnapshotPart | null> {
	try {
		const response = await fetch(url, { cache: 'no-cache' });
		if (!response.ok) return null;
		const snapshot = (await response.json()) as SnapshotPart;
		if (snapshot.format !== 2 || snapshot.part !== part || !Array.isArray(snapshot.entries)) return null;
		if (part === NATIONAL_PART && snapshot.checksum !== snapshot.manifest?.checksum) return null;
		if (checksum !== undefined && snapshot.checksum !== checksum) return null;
		return snapshot;
	} catch {
		// No snapshot only means the first figures wait for the engine.
		return null;
	}
}
