/**
 * Every change of the user's data in use, written so that the store always matches what the views
 * read: the overlay switches atomically or throws and changes nothing (`lib/data/overlay`), and
 * the store is written around it so a refused change leaves both as they were.
 *
 *   accept    store the file, apply every stored file; refused: the file is removed again.
 *   remove    apply the files without it (or the sample), then remove it from the store.
 *   mode      apply in the new mode, then keep the mode.
 *   sample    back to the sample; the files stay stored (`useMine` false).
 *   mine      the stored files again.
 *
 * The data page calls these with the store and `status.userDataOverlay()`.
 */
import type { Overlay, OverlayMode } from '../data/overlay';
import { usableFiles } from './readable';
import type { NewFile, StoredFile, UserDataStore } from './types';

/** What the changes need of the overlay. */
export type OverlaySwitch = Pick<Overlay, 'apply' | 'useSample'>;

/**
 * Stored files left out of use (`readable.ts`: unreadable, or refused at start) by id: no change
 * applies them, so one bad file never blocks the others; an unreadable file is left out even when
 * not listed. They stay stored until removed.
 */
export interface Skip {
	readonly skip?: ReadonlySet<string>;
}

/** The stored files a change applies. */
const toApply = async (store: UserDataStore, { skip }: Skip) => usableFiles(await store.list(), skip);

/**
 * Store `file` and apply every stored file (the user's data comes into use, if it was not). When
 * the apply is refused the file is removed again and the error rethrown: what was loaded stays.
 */
export async function acceptFile(store: UserDataStore, overlay: OverlaySwitch, file: NewFile, skip: Skip = {}): Promise<StoredFile> {
	const added = await store.add(file);
	try {
		const settings = await store.settings();
		await overlay.apply(await toApply(store, skip), settings.mode);
		if (!settings.useMine) await store.saveSettings({ ...settings, useMine: true });
		return added;
	} catch (error) {
		await store.remove(added.id).catch(() => {});
		throw error;
	}
}

/** Remove a stored file: when the user's data is in use the views drop it first (the rest, or the sample). */
export async function removeFile(store: UserDataStore, overlay: OverlaySwitch, id: string, { inUse, skip }: { inUse: boolean } & Skip): Promise<void> {
	if (inUse) {
		const rest = (await toApply(store, { skip })).filter((f) => f.id !== id);
		const { mode } = await store.settings();
		if (rest.length > 0) await overlay.apply(rest, mode);
		else await overlay.useSample();
	}
	await store.remove(id);
}

/** "Only my data" on or off: applied at once when the user's data is in use, then kept. */
export async function setMode(store: UserDataStore, overlay: OverlaySwitch, mode: OverlayMode, { inUse, skip }: { inUse: boolean } & Skip): Promise<void> {
	const files = await toApply(store, { skip });
	if (inUse && files.length > 0) await overlay.apply(files, mode);
	await store.saveSettings({ ...(await store.settings()), mode });
}

/** Back to the sample; the files stay stored and are not applied at the next start. */
export async function useSample(store: UserDataStore, overlay: OverlaySwitch): Promise<void> {
	await overlay.useSample();
	await store.saveSettings({ ...(await store.settings()), useMine: false });
}

/** The stored files in use again. */
export async function useMine(store: UserDataStore, overlay: OverlaySwitch, skip: Skip = {}): Promise<void> {
	const settings = await store.settings();
	await overlay.apply(await toApply(store, skip), settings.mode);
	await store.saveSettings({ ...settings, useMine: true });
}
