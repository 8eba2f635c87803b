/**
 * What a page load does about a user's stored files: whether any are to be applied (so the
 * build-time snapshot, made from the sample, must not stand in for them), and applying them on
 * the engine once it is ready. Loaded by the status module on demand, off the first view's path.
 */
import type { LoadedDatabase } from '../data/engine';
import { createOverlay, isOverlayError, OverlayError, type ActiveData, type Overlay } from '../data/overlay';
import { openIdbUserDataStore } from './idb';
import type { StoredFile } from './types';
import type { OverlayMode } from '../data/overlay/types';

/** Stored files the user has in use, and how they combine with the sample. */
export interface PendingUserData {
	readonly files: readonly StoredFile[];
	readonly mode: OverlayMode;
}

/**
 * The stored files to apply, or null: none stored, the user switched back to the sample, or the
 * browser keeps nothing (then nothing can have been stored either).
 */
export async function pendingUserData(): Promise<PendingUserData | null> {
	try {
		// Read only: a browser that refuses IndexedDB has nothing stored, and a first visit writes nothing.
		const store = await openIdbUserDataStore({}, { probe: false });
		const settings = await store.settings();
		if (!settings.useMine) return null;
		const files = await store.list();
		return files.length ? { files, mode: settings.mode } : null;
	} catch {
		return null;
	}
}

/** The overlay over a loaded database, and the stored files applied (or why they could not be). */
export interface StartedUserData {
	readonly overlay: Overlay;
	readonly active: ActiveData;
	/** The stored files were refused: the sample is shown, and the page says why. */
	readonly error: OverlayError | null;
}

/** Create the overlay over `database` and apply `pending` (when any). Never rejects for a refused file. */
export async function startUserData(database: LoadedDatabase, pending: PendingUserData | null): Promise<StartedUserData> {
	const overlay = createOverlay(await database.overlayTarget(), { sample: database.manifest });
	if (!pending) return { overlay, active: overlay.active, error: null };
	try {
		return { overlay, active: await overlay.apply(pending.files, pending.mode), error: null };
	} catch (error) {
		return { overlay, active: overlay.active, error: isOverlayError(error) ? error : new OverlayError('engine', {}, String(error), { cause: error }) };
	}
}
