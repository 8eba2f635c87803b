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
import { loadSnapshotPart, snapshotDb, type SnapshotPart } from './snapshot';
import { NATIONAL_PART, snapshotFile } from './snapshot-files';

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
	/** Build-time figures of first views (snapshot.ts), until the engine is ready: the national part first. */
	snapshot: readonly SnapshotPart[] = $state.raw([]);
	/** The snapshot parts as a Db (one per set of parts, so loaders re-run only when a part arrives). */
	#snapshotDb: Db | null = $state.raw(null);
	#requested = new Set<string>();

	/**
	 * What views query now: the live engine once ready; before that the snapshot, which
	 * answers only first views' queries (others reject with SnapshotMiss: wait).
	 */
	get db(): { db: Db; source: 'live' | 'snapshot' } | null {
		if (this.database) return { db: this.database.db, source: 'live' };
		if (this.#snapshotDb) return { db: this.#snapshotDb, source: 'snapshot' };
		return null;
	}

	/**
	 * Fetch a snapshot part (a view's `snapshotPart(state)`), once, unless the engine is ready.
	 * A province part is used only once the national part, which names the dataset, agrees.
	 */
	requestSnapshot(part: string): void {
		if (this.database || this.#requested.has(part)) return;
		this.#requested.add(part);
		const national = this.#national();
		const loading = part === NATIONAL_PART ? national : loadSnapshotPart(asset(`${DATA_PATH}/${snapshotFile(part)}`), { part });
		void Promise.all([national, loading]).then(([first, snapshot]) => {
			if (this.database || !first || !snapshot || snapshot.checksum !== first.checksum) return;
			if (this.snapshot.some((p) => p.part === snapshot.part)) return;
			this.snapshot = [...this.snapshot, snapshot];
			this.#snapshotDb = snapshotDb(this.snapshot);
			this.manifest ??= first.manifest ?? null;
		});
	}

	#nationalPromise: Promise<SnapshotPart | null> | null = null;
	#national(): Promise<SnapshotPart | null> {
		return (this.#nationalPromise ??= loadSnapshotPart(asset(`${DATA_PATH}/${snapshotFile(NATIONAL_PART)}`), { part: NATIONAL_PART }));
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
		this.requestSnapshot(NATIONAL_PART);
		loadDatabase().then(
			(database) => {
				// The snapshot has served; it must never stand in for other data.
				this.snapshot = [];
				this.#snapshotDb = null;
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
