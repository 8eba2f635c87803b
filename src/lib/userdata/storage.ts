/**
 * How much the browser lets the site keep, and asking it not to evict the user's files
 * (`navigator.storage`, https://storage.spec.whatwg.org/). Both are absent in some browsers and
 * insecure contexts: then null, and the page says nothing about them.
 */
import type { StorageEstimate } from './types';

/** The part of `navigator.storage` used here (tests pass their own). */
export interface StorageManagerLike {
	estimate?(): Promise<{ usage?: number; quota?: number }>;
	persist?(): Promise<boolean>;
	persisted?(): Promise<boolean>;
}

const browserStorage = (): StorageManagerLike | undefined => (typeof navigator === 'undefined' ? undefined : navigator.storage);

/** Bytes used and available to this site, or null where the browser does not say. */
export async function storageEstimate(storage: StorageManagerLike | undefined = browserStorage()): Promise<StorageEstimate | null> {
	if (!storage?.estimate) return null;
	try {
		const { usage, quota } = await storage.estimate();
		return typeof usage === 'number' && typeof quota === 'number' ? { usage, quota } : null;
	} catch {
		return null;
	}
}

/**
 * Ask the browser to keep the site's storage under pressure (it may decide alone, or ask the
 * user). True when storage is persistent (already, or now); false when refused; null where the
 * browser has no such request.
 */
export async function requestPersistence(storage: StorageManagerLike | undefined = browserStorage()): Promise<boolean | null> {
	if (!storage?.persist) return null;
	try {
		if (storage.persisted && (await storage.persisted())) return true;
		return await storage.persist();
	} catch {
		return false;
	}
}
