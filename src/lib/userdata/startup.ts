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
import { isReadable, type SkippedFile } from './readable';

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
	/** The stored files were refused: none could be applied, the sample is shown, and the page says why. */
	readonly error: OverlayError | null;
	/** Stored files left out (unreadable, or refused by the overlay) while the others were applied; reported by name. */
	readonly skipped: readonly SkippedFile[];
}

/** Create the overlay over `database` and apply `pending` (when any, `applyStored`). Never rejects for a refused file. */
export async function startUserData(database: LoadedDatabase, pending: PendingUserData | null): Promise<StartedUserData> {
	const overlay = createOverlay(await database.overlayTarget(), { sample: database.manifest });
	if (!pending) return { overlay, active: overlay.active, error: null, skipped: [] };
	return { overlay, ...(await applyStored(overlay, pending)) };
}

/**
 * Apply the stored files at start, so that one bad file does not keep the others out: an
 * unreadable one is left out before applying, and when the overlay refuses a file it names, that
 * file is left out and the rest applied again (at most once per file). A refusal naming no file
 * leaves them all out, as the error. Never rejects.
 */
export async function applyStored(overlay: Pick<Overlay, 'apply' | 'active'>, pending: PendingUserData): Promise<Omit<StartedUserData, 'overlay'>> {
	const skipped: SkippedFile[] = pending.files.filter((f) => !isReadable(f)).map((f) => ({ id: f.id, name: f.name, reason: 'unreadable' }));
	let files = pending.files.filter((f) => !skipped.some((s) => s.id === f.id));
	let refused: OverlayError | null = null;
	while (files.length > 0) {
		try {
			return { active: await overlay.apply(files, pending.mode), error: null, skipped };
		} catch (thrown) {
			const error = isOverlayError(thrown) ? thrown : new OverlayError('engine', {}, String(thrown), { cause: thrown });
			const bad = error.detail.file === undefined ? undefined : files.find((f) => f.name === error.detail.file);
			if (!bad) return { active: overlay.active, error, skipped };
			refused ??= error;
			skipped.push({ id: bad.id, name: bad.name, reason: 'refused', error });
			files = files.filter((f) => f !== bad);
		}
	}
	// Every file left out: the sample shows; the first refusal (if any) is the page's error.
	return { active: overlay.active, error: refused, skipped };
}
