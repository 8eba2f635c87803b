/**
 * The loading state the layout shows, as runes. The root layout calls `status.start()` once
 * and renders `data-state={status.phase}` on its root element: end-to-end tests wait for
 * `[data-state="ready"]` (tests/e2e/helpers.ts), so keep that attribute when restyling.
 *
 *   idle -> engine | download -> attach -> ready
 *                    any phase -> error -> (retry) -> engine ...
 *
 * Once ready it registers the service worker (offline use; see `offline.ts`).
 *
 * During `download`, `loaded` and `total` are bytes of the database file (for `load.downloading`);
 * `error` is the DataError whose `messageKey` the view shows. Phases overlap in time (the
 * engine starts while the file downloads); `phase` shows the one the user waits on.
 */
import { asset } from '$app/paths';
import type { Manifest } from '../contract/manifest';
import type { Db } from './connector';
import { DATA_PATH } from './database';
import { loadDatabase, onLoadProgress, type LoadedDatabase } from './engine';
import { DataError } from './errors';
import { registerServiceWorker } from './offline';
import { loadSnapshot, snapshotDb, SNAPSHOT_FILE, type Snapshot } from './snapshot';

/** Where loading stands. */
export type LoadPhaseState = 'idle' | 'engine' | 'download' | 'attach' | 'ready' | 'error';

class LoadStatus {
	phase: LoadPhaseState = $state('idle');
	/** Bytes of the database file downloaded so far. */
	loaded = $state(0);
	/** Bytes of the database file in all (0 until the manifest is read). */
	total = $state(0);
	error: DataError | null = $state.raw(null);
	/**
	 * The data's manifest as soon as one is known (provenance, the period): the snapshot's,
	 * then the one the engine read, then the loaded database's.
	 */
	manifest: Manifest | null = $state.raw(null);
	/** The engine's `Db`, the served manifest and the engine version, once ready. */
	database: LoadedDatabase | null = $state.raw(null);
	/** The build-time figures of the first view, until the engine is ready (snapshot.ts). */
	snapshot: Snapshot | null = $state.raw(null);

	/**
	 * What views query now: the live engine once ready; before that the snapshot, which
	 * answers only the first view's queries (others reject with SnapshotMiss: wait).
	 */
	get db(): { db: Db; source: 'live' | 'snapshot' } | null {
		if (this.database) return { db: this.database.db, source: 'live' };
		if (this.snapshot) return { db: snapshotDb(this.snapshot), source: 'snapshot' };
		return null;
	}

	constructor() {
		onLoadProgress(({ phase, loaded, total, manifest }) => {
			if (this.phase === 'ready' || this.phase === 'error' || this.phase === 'idle') return;
			if (manifest && manifest !== this.manifest) this.manifest = manifest;
			this.phase = phase;
			this.loaded = loaded;
			this.total = total;
		});
	}

	/** Start loading, once; later calls do nothing until an error (then use `retry`). */
	start(): void {
		if (this.phase !== 'idle') return;
		this.phase = 'engine';
		this.error = null;
		if (!this.snapshot) {
			void loadSnapshot(asset(`${DATA_PATH}/${SNAPSHOT_FILE}`)).then((snapshot) => {
				if (this.database || !snapshot) return;
				this.snapshot = snapshot;
				this.manifest ??= snapshot.manifest;
			});
		}
		loadDatabase().then(
			(database) => {
				// The snapshot has served; it must never stand in for other data.
				if (this.snapshot && this.snapshot.checksum !== database.manifest.checksum) this.snapshot = null;
				this.database = database;
				this.manifest = database.manifest;
				this.phase = 'ready';
				registerServiceWorker();
			},
			(error: unknown) => {
				this.error = error instanceof DataError ? error : new DataError('file', String(error), { cause: error });
				this.phase = 'error';
			}
		);
	}

	/** Try again after an error (a started engine is kept; the download starts over). */
	retry(): void {
		if (this.phase !== 'error') return;
		this.phase = 'idle';
		this.start();
	}
}

/** The app's one load status. */
export const status = new LoadStatus();
