/**
 * Names of the served snapshot parts (snapshot.ts), free of engine imports so the build script
 * and the service worker can use them.
 */

/** The national part's name. */
export const NATIONAL_PART = 'ID';

/** A part's file name under `/data/`: `snapshot.json` or `snapshot-<pp>.json`. */
export function snapshotFile(part: string): string {
	if (part === NATIONAL_PART) return 'snapshot.json';
	if (!/^\d{2}$/.test(part)) throw new RangeError(`invalid snapshot part: ${JSON.stringify(part)}`);
	return `snapshot-${part}.json`;
}

/** Matches every province part's file name (kept out of the service worker's precache). */
export const SNAPSHOT_PART_FILE = /snapshot-\d{2}\.json$/;
