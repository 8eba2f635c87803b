/**
 * The loading state the layout shows, as runes. The root layout calls `status.start()` once
 * and renders `data-state={status.phase}` on its root element: end-to-end tests wait for
 * `[data-state="ready"]` (tests/e2e/helpers.ts), so keep that attribute when restyling.
 *
 *   idle -> engine | download -> attach -> ready
 *                    any phase -> error -> (retry) -> engine ...
 *   ready (or loading) -> error of kind `stopped` (the engine's worker died) -> (retry) -> engine ...
 *
 * When the engine's worker dies (`onEngineStop`), the live database is dropped at once
 * (`database`, `db` become null: views keep waiting instead of querying a dead engine) and the
 * phase is `error` with a DataError of kind `stopped`; `retry()` then starts a new engine,
 * attaches the file again and re-applies the user's stored files, read again from their store,
 * exactly as at start, and the views re-run on the new `Db`. Nothing of the user's is in the
 * engine alone: files and notes live in IndexedDB.
 *
 * Once ready it registers the service worker (offline use; see `offline.ts`).
 *
 * During `download`, `loaded` and `total` are bytes of the database file (for `load.downloading`);
 * `error` is the DataError whose `messageKey` the view shows. Phases overlap in time (the
 * engine starts while the file downloads); `phase` shows the one the user waits on.
 *
 * A user's stored files (`lib/userdata`) are looked up at start, beside the snapshot's fetch:
 * while that answer is out, and whenever files are to be applied, the build-time snapshot is not
 * used (it was made from the sample); the engine applies them before `ready`, so no view ever
 * draws the sample's figures in their place. Each switch of data gives the views a new `Db`
 * object (per-`Db` memos start over) and the manifest of the data now shown.
 */
import { asset } from '$app/paths';
import type { Manifest } from '../contract/manifest';
import type { Db } from './connector';
import { DATA_PATH } from './database';
import { loadDatabase, onEngineStop, onLoadProgress, type LoadedDatabase } from './engine';
import { DataError } from './errors';
import { registerServiceWorker } from './offline';
import type { ActiveData, OverlayError } from './overlay/types';
import type { Overlay } from './overlay/overlay';
import { overlayAttachDetail } from './overlay/attach-detail';
import { loadSnapshotPart, snapshotDb, snapshotServes, type SnapshotPart } from './snapshot';
import type { CachedDb } from './create-db';
import type { PendingUserData, StartedUserData } from '../userdata/startup';
import type { SkippedFile } from '../userdata/readable';
import { NATIONAL_PART, snapshotFile } from './snapshot-files';
import type { RefusedServed } from './refusal';

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
	/** Whether stored user data is to be applied; undefined until the store answered. The snapshot serves only when false. */
	userData: boolean | undefined = $state(undefined);
	/** What the views read once ready: the sample, or the user's data over it. */
	activeData: ActiveData | null = $state.raw(null);
	/**
	 * The served dataset was refused and this browser's last good one is shown in its place: the
	 * layout names the refused file (`refusalText`). Null when the served data is shown.
	 */
	refused: RefusedServed | null = $state.raw(null);
	/** The stored user data was refused at start: the sample is shown, and the data page says why. */
	userDataError: OverlayError | null = $state.raw(null);
	/**
	 * Stored files left out at start (unreadable, or refused) while the others were applied: every
	 * view names them, the data page says why and offers to remove them; no change applies them.
	 */
	userDataSkipped: readonly SkippedFile[] = $state.raw([]);
	/**
	 * From the engine's stop until a restart is ready: what views drew then came from the dead
	 * engine, so the layout hides them meanwhile (the restart's loading and a failed restart too).
	 */
	engineLost = $state(false);
	/** The user's data over the sample, once created (`userDataOverlay`). */
	overlay: Overlay | null = $state.raw(null);
	#loaded: LoadedDatabase | null = null;
	#overlayPromise: Promise<Overlay> | null = null;
	#pendingPromise: Promise<PendingUserData | null> | null = null;
	/** Counts starts and stops: a start finishes only while it is still the current one. */
	#run = 0;
	/** Set once the engine served: from then on the snapshot never stands in again (after a stop, say). */
	#served = false;

	/** The stored user data to apply at start (looked up once, off the first view's path). */
	#pending(): Promise<PendingUserData | null> {
		return (this.#pendingPromise ??= import('../userdata/startup')
			.then((m) => m.pendingUserData())
			.catch(() => null)
			.then((pending) => {
				this.userData = pending !== null;
				return pending;
			}));
	}

	/** Show `active` (or the sample): a new `Db` object for the views, the manifest of the data now read. */
	#show(database: LoadedDatabase, active: ActiveData | null): void {
		this.activeData = active;
		this.manifest = active?.manifest ?? database.manifest;
		this.database = { ...database, db: freshDb(database.db), attachDetail: overlayAttachDetail(database.attachDetail, active) };
	}

	#adopt({ overlay }: StartedUserData): Overlay {
		this.overlay = overlay;
		overlay.onChange((active) => {
			// An overlay of an engine that stopped since no longer speaks for the views.
			if (this.#loaded && this.overlay === overlay) this.#show(this.#loaded, active);
		});
		return overlay;
	}

	/**
	 * The overlay over the live engine (created on first use), through which the data page applies
	 * and removes the user's files; every switch it makes reaches the views. Rejects before ready.
	 */
	userDataOverlay(): Promise<Overlay> {
		const database = this.#loaded;
		if (!database) return Promise.reject(new Error('the data is not loaded yet'));
		this.#overlayPromise ??= import('../userdata/startup')
			.then((m) => m.startUserData(database, null))
			.then((started) => this.#adopt(started));
		this.#overlayPromise.catch(() => (this.#overlayPromise = null));
		return this.#overlayPromise;
	}

	/** A skipped stored file was removed by the user: no longer reported. */
	forgetSkipped(id: string): void {
		this.userDataSkipped = this.userDataSkipped.filter((s) => s.id !== id);
	}

	/**
	 * What views query now: the live engine once ready; before that the snapshot, which
	 * answers only first views' queries (others reject with SnapshotMiss: wait).
	 */
	get db(): { db: Db; source: 'live' | 'snapshot' } | null {
		if (this.database) return { db: this.database.db, source: 'live' };
		if (this.#snapshotDb && this.userData === false) return { db: this.#snapshotDb, source: 'snapshot' };
		return null;
	}

	/**
	 * Fetch a snapshot part (a view's `snapshotPart(state)`), once, unless the engine is ready.
	 * A province part is used only once the national part, which names the dataset, agrees.
	 */
	requestSnapshot(part: string): void {
		if (this.database || this.#served || this.#requested.has(part)) return;
		this.#requested.add(part);
		const national = this.#national();
		const loading = part === NATIONAL_PART ? national : loadSnapshotPart(asset(`${DATA_PATH}/${snapshotFile(part)}`), { part });
		void Promise.all([national, loading, this.#pending()]).then(([first, snapshot, pending]) => {
			if (this.database || this.#served || !first || !snapshot) return;
			if (!snapshotServes(snapshot, { checksum: first.checksum, userData: pending !== null })) return;
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
			// The sample's manifest names the data only when no user data is to be applied.
			if (manifest && manifest !== this.manifest && this.userData === false) this.manifest = manifest;
			this.phase = phase;
			this.loaded = loaded;
			this.total = total;
		});
		onEngineStop((error) => this.#stopped(error));
	}

	/**
	 * The engine's worker died: forget everything that lived in it (the database, the overlay and
	 * its generations) and show the error with the restart. A start under way is abandoned.
	 */
	#stopped(error: DataError): void {
		if (this.phase === 'idle' || this.phase === 'error') return;
		this.#run++;
		this.#loaded = null;
		this.database = null;
		this.overlay = null;
		this.#overlayPromise = null;
		// The restart reads the store again: the user may have changed their files since the page opened.
		this.#pendingPromise = null;
		this.error = error;
		this.engineLost = true;
		this.phase = 'error';
	}

	/** Start loading, once; later calls do nothing until an error (then use `retry`). */
	start(): void {
		if (this.phase !== 'idle') return;
		this.phase = 'engine';
		this.error = null;
		this.requestSnapshot(NATIONAL_PART);
		const pending = this.#pending();
		const run = ++this.#run;
		loadDatabase().then(
			async (database) => {
				if (run !== this.#run) return;
				this.#loaded = database;
				let started: StartedUserData | null = null;
				const stored = await pending;
				this.userDataError = null;
				this.userDataSkipped = [];
				if (stored) {
					try {
						const done = await import('../userdata/startup').then((m) => m.startUserData(database, stored));
						this.#overlayPromise = Promise.resolve(this.#adopt(done));
						this.userDataError = done.error;
						this.userDataSkipped = done.skipped;
						started = done;
					} catch {
						// The overlay could not even start: the sample shows; the data page can try again.
						started = null;
					}
				}
				// The engine stopped while the files were applied: the stop's error stands.
				if (run !== this.#run) return;
				// The snapshot has served; it must never stand in for other data.
				this.#served = true;
				this.snapshot = [];
				this.#snapshotDb = null;
				this.refused = database.refused;
				this.#show(database, started?.active ?? null);
				this.engineLost = false;
				this.phase = 'ready';
				registerServiceWorker();
			},
			(error: unknown) => {
				if (run !== this.#run) return;
				this.error = error instanceof DataError ? error : new DataError('file', String(error), { cause: error });
				this.phase = 'error';
			}
		);
	}

	/**
	 * Try again after an error (a started engine is kept; the download starts over). After a
	 * `stopped` error this is the restart: a new engine, the file attached again (from the
	 * browser's cache once cached), the stored files applied again.
	 */
	retry(): void {
		if (this.phase !== 'error') return;
		this.phase = 'idle';
		this.start();
	}
}

/** The app's one load status. */
export const status = new LoadStatus();

/**
 * A new `Db` object over the same engine `Db`: views and their models keep memos per `Db` (a
 * session's monthly rows, say), so a new object after a switch of data makes them start over.
 */
function freshDb(db: CachedDb): CachedDb {
	return { query: (q, options) => db.query(q, options), clearCache: () => db.clearCache() };
}
