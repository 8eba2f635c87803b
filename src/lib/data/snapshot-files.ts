/**
 * Names of the served snapshot parts (snapshot.ts), free of engine imports so the build script
 * and the service worker can use them.
 */

/** The national part's name. */
export const NATIONAL_PART = 'ID';

/**
 * A part's file name under `/data/`: `snapshot.json`, `snapshot-<pp>.json` for a province, or
 * `snapshot-<view>.json` for a view's own first figures (e.g. `kantor`: every regency's
 * December rows, which no province part holds all of).
 */
export function snapshotFile(part: string): string {
	if (part === NATIONAL_PART) return 'snapshot.json';
	if (!/^(\d{2}|[a-z]{2,20})$/.test(part)) throw new RangeError(`invalid snapshot part: ${JSON.stringify(part)}`);
	return `snapshot-${part}.json`;
}

/** Matches every part's file name but the national one (kept out of the service worker's precache). */
export const SNAPSHOT_PART_FILE = /snapshot-(\d{2}|[a-z]{2,20})\.json$/;
