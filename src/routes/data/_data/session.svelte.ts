/**
 * What the data page holds while a user brings files, as runes: the files being read and
 * reviewed, the store of accepted files, and every change of the data in use. Each change is one
 * of `lib/userdata/changes.ts` over the store and the overlay (`status.userDataOverlay()`): the
 * views switch atomically or not at all, and a refused change leaves the store as it was (an
 * accepted file is removed again). Here: the messages, and one change at a time.
 *
 * The page is wiring over this class (`+page.svelte`); the state word is `lib/views/data`'s.
 */
import { DATABASE_ALIAS } from '$lib/data/database';
import { isOverlayError } from '$lib/data/overlay/types';
import { status } from '$lib/data/status.svelte';
import type { Db } from '$lib/data/connector';
import type { LoadedDatabase } from '$lib/data/engine';
import type { LoadableTable } from '$lib/contract/aliases';
import { checkFileSize, checkParsedFile, hasErrors, prepareCheck, type ImportFinding, type ParsedFile, type RegionRef } from '$lib/import';
import { formatInteger } from '$lib/format';
import type { Locale, Translate } from '$lib/i18n';
import { regionNames, type RegionRow } from '$lib/queries/regions';
import {
	acceptFile,
	encodeRows,
	removeFile,
	setMode,
	useMine,
	useSample,
	isUserDataStorageError,
	openUserDataStore,
	requestPersistence,
	storageEstimate,
	DEFAULT_SETTINGS,
	type StorageEstimate,
	type StoredFile,
	type UserDataSettings,
	type UserDataStore
} from '$lib/userdata';
import { importState, type EntryPhase, type ImportState } from '$lib/views/data/import-state';
import { parseInWorker, ParseCancelled, prepareParser, type ParseJob } from './parse-client';
import { tableKey } from './keys';

/** A step of reading a file, as a performance measure `cakupan:data:<step>` (the bench reports them). */
function measure(step: string, start: number): void {
	performance.measure(`cakupan:data:${step}`, { start, end: performance.now() });
}

/** A message the page shows, written when shown (in the page's language). */
export type Said = (t: Translate, locale: Locale) => string;

/** One file being read or reviewed. */
export interface Entry {
	readonly key: number;
	readonly file: File;
	readonly phase: EntryPhase;
	/** Bytes read so far (phase `reading`). */
	readonly loaded: number;
	readonly parsed: ParsedFile | null;
	/** The import's and the validator's findings (once checked). */
	readonly findings: readonly ImportFinding[];
	/** The table the user picked (null: the one the headers match). */
	readonly table: LoadableTable | null;
	/** Names the user confirmed: name as written -> code. */
	readonly confirmed: Readonly<Record<string, string>>;
	/** Why the file could not be read at all (phase `failed`). */
	readonly error: string | null;
}

/** Resolves once the engine is loaded; rejects when loading failed. */
function whenLoaded(): Promise<LoadedDatabase> {
	return new Promise((resolve, reject) => {
		const look = () => {
			if (status.database) resolve(status.database);
			else if (status.phase === 'error') reject(status.error ?? new Error('the data did not load'));
			else setTimeout(look, 100);
		};
		look();
	});
}

/** Why an apply failed, as the page says it. */
function reasonOf(error: unknown): Said {
	if (isOverlayError(error)) {
		const params = Object.fromEntries(Object.entries(error.detail).filter((e): e is [string, string] => typeof e[1] === 'string'));
		return (t) => t(error.messageKey, params);
	}
	if (isUserDataStorageError(error)) return (t) => t('userdata.storage.failed');
	if (error instanceof Error && error.name === 'EncodeError') return (t) => t('data.encodeFailed', { error: error.message });
	return (t) => t('userdata.error.engine');
}

/** The data page's state and actions (one per page visit; what is accepted lives in the store). */
export class DataSession {
	entries: readonly Entry[] = $state.raw([]);
	/** What the first file needs is ready (region names, a parsing worker, the engine's catalog): the root's `data-prepared`. */
	prepared = $state(false);
	applying = $state(false);
	/** The last failure of an apply or a change, until dismissed or a later success. */
	failure: Said | null = $state.raw(null);
	/** A change succeeded since the page opened: stored data refused at start is no longer the news. */
	changed = $state(false);
	/** The last success (a file accepted), politely announced. */
	success: Said | null = $state.raw(null);
	/** The stored files, in load order (read again after every change). */
	stored: readonly StoredFile[] = $state.raw([]);
	/** The store has been read once (until then `stored` is empty for want of reading, not of files). */
	loaded = $state(false);
	settings: UserDataSettings = $state.raw(DEFAULT_SETTINGS);
	/** False: the browser keeps nothing (the files last until the tab closes). */
	persistent = $state(true);
	estimate: StorageEstimate | null = $state.raw(null);
	/** The persistence request's answer: true granted, false refused, null unsupported; undefined before asking. */
	persisted: boolean | null | undefined = $state(undefined);
	/** Province and regency names (code -> name), from the data. */
	names: ReadonlyMap<string, string> = $state.raw(new Map());

	#next = 0;
	#jobs = new Map<number, ParseJob>();
	#queue: Promise<unknown> = Promise.resolve();
	#store: Promise<UserDataStore> | null = null;
	#regions: Promise<RegionRef[]> | null = null;

	/** The state word of the page (`data-import-state`). */
	get state(): ImportState {
		const userData = status.activeData?.kind === 'user';
		const refusedAtStart = this.startError !== null;
		return importState({ phases: this.entries.map((e) => e.phase), applying: this.applying, failed: this.failure !== null || refusedAtStart, userData });
	}

	/** Stored data the start refused (the sample shows), until a change succeeds. */
	get startError() {
		return status.userDataError && status.activeData?.kind !== 'user' && !this.changed ? status.userDataError : null;
	}

	/** Open the store and read what it holds (the page calls it on mount). */
	async start(): Promise<void> {
		// Ready what the first file will need while the user picks it: the region names, a parsing
		// worker, and the engine's catalog of the attached sample (read on first use, ~0.2 s).
		void Promise.allSettled([this.#regionRefs(), prepareParser(), whenLoaded().then((database) => prepareCheck(database.db))]).then(() => {
			this.prepared = true;
		});
		try {
			await this.#refresh();
		} catch (error) {
			// The store would not open (not a refusal of IndexedDB: that falls back to memory).
			const reason = reasonOf(error);
			this.failure = (t, locale) => t('data.changeFailed', { reason: reason(t, locale) });
		}
	}

	#openStore(): Promise<UserDataStore> {
		this.#store ??= openUserDataStore().then(({ store, persistent }) => {
			this.persistent = persistent;
			return store;
		});
		return this.#store;
	}

	async #refresh(): Promise<void> {
		const store = await this.#openStore();
		[this.stored, this.settings] = await Promise.all([store.list(), store.settings()]);
		this.loaded = true;
		this.estimate = await storageEstimate();
	}

	/** Provinces and regencies for names written instead of codes, and for showing provinces by name. */
	#regionRefs(): Promise<RegionRef[]> {
		this.#regions ??= whenLoaded()
			.then((database) => database.db.query<RegionRow & Record<string, unknown>>(regionNames()))
			.then((rows) => {
				this.names = new Map(rows.map((r) => [r.code, r.name]));
				return rows.map((r) => ({ code: r.code, name: r.name }));
			});
		this.#regions.catch(() => (this.#regions = null));
		return this.#regions;
	}

	#update(key: number, patch: Partial<Entry>): void {
		this.entries = this.entries.map((e) => (e.key === key ? { ...e, ...patch } : e));
	}

	#entry(key: number): Entry | undefined {
		return this.entries.find((e) => e.key === key);
	}

	/** Take picked or dropped files: a file over the limit is refused before a byte is read; the rest are read one at a time. */
	add(files: readonly File[]): void {
		for (const file of files) {
			const key = ++this.#next;
			const tooLarge = checkFileSize(file.name, file.size);
			const entry: Entry = { key, file, phase: tooLarge ? 'review' : 'queued', loaded: 0, parsed: null, findings: tooLarge ? [tooLarge] : [], table: null, confirmed: {}, error: null };
			this.entries = [...this.entries, entry];
			if (!tooLarge) this.#enqueue(key);
		}
	}

	#enqueue(key: number): void {
		this.#queue = this.#queue.then(() => this.#read(key)).catch(() => {});
	}

	/** Read, parse (in a worker) and check one file. */
	async #read(key: number): Promise<void> {
		const entry = this.#entry(key);
		if (!entry) return;
		try {
			const started = performance.now();
			const regions = await this.#regionRefs();
			if (!this.#entry(key)) return;
			measure('regions', started);
			this.#update(key, { phase: 'reading', loaded: 0 });
			const job = parseInWorker(entry.file, { regions, ...(entry.table ? { table: entry.table } : {}), confirmedNames: entry.confirmed }, (p) =>
				this.#update(key, p.stage === 'reading' ? { phase: 'reading', loaded: p.loaded } : { phase: 'parsing' })
			);
			this.#jobs.set(key, job);
			const parsing = performance.now();
			const parsed = await job.result;
			measure('parse', parsing);
			this.#jobs.delete(key);
			this.#update(key, { phase: 'checking', parsed });
			const db: Db = (await whenLoaded()).db;
			// The reference regions are the sample's (Kemendagri codes, never user-loaded); the scratch
			// tables go to the in-memory catalog, since the current one may be the read-only sample file.
			const checking = performance.now();
			const findings = await checkParsedFile(db, parsed, { reference: { database: DATABASE_ALIAS }, scratchDatabase: 'memory' });
			measure('check', checking);
			if (this.#entry(key)) this.#update(key, { phase: 'review', findings });
		} catch (error) {
			this.#jobs.delete(key);
			if (error instanceof ParseCancelled) return;
			if (this.#entry(key)) this.#update(key, { phase: 'failed', error: String((error as Error)?.message ?? error) });
		}
	}

	/** Stop reading a file and forget it. */
	cancel(key: number): void {
		this.#jobs.get(key)?.cancel();
		this.discard(key);
	}

	/** Forget a file under review (nothing of it was stored). */
	discard(key: number): void {
		this.entries = this.entries.filter((e) => e.key !== key);
	}

	/** Read a file again as another table. */
	chooseTable(key: number, table: LoadableTable): void {
		this.#update(key, { table, phase: 'queued', findings: [], parsed: null });
		this.#enqueue(key);
	}

	/** Read a file again with the names the user confirmed. */
	confirmNames(key: number, confirmed: Readonly<Record<string, string>>): void {
		this.#update(key, { confirmed, phase: 'queued', findings: [] });
		this.#enqueue(key);
	}

	/** Run a change of the data in use; a failure is shown and changes nothing. */
	async #change(run: (store: UserDataStore) => Promise<void>, failed: (reason: Said) => Said): Promise<boolean> {
		if (this.applying) return false;
		this.applying = true;
		this.failure = null;
		this.success = null;
		try {
			await run(await this.#openStore());
			this.changed = true;
			return true;
		} catch (error) {
			this.failure = failed(reasonOf(error));
			return false;
		} finally {
			const refreshing = performance.now();
			await this.#refresh().catch(() => {});
			measure('refresh', refreshing);
			this.applying = false;
		}
	}

	/** Accept a reviewed file without errors: store it and apply every stored file; on failure remove it again. */
	async accept(key: number): Promise<void> {
		const entry = this.#entry(key);
		const parsed = entry?.parsed;
		if (!entry || !parsed?.table || entry.phase !== 'review' || hasErrors(entry.findings)) return;
		const table = parsed.table;
		const done = await this.#change(
			async (store) => {
				const encoding = performance.now();
				const ipc = encodeRows(table, parsed.rows);
				measure('encode', encoding);
				const original = new Uint8Array(await entry.file.arrayBuffer());
				const applying = performance.now();
				await acceptFile(store, await status.userDataOverlay(), { name: parsed.file, table, ipc, original }, this.#skip);
				measure('store-apply', applying);
			},
			(reason) => (t, locale) => t('data.applyFailed', { file: parsed.file, reason: reason(t, locale) })
		);
		if (done) {
			this.discard(key);
			const rows = parsed.rows.length;
			this.success = (t, locale) => t('data.accepted', { file: parsed.file, rows: formatInteger(rows, locale), table: t(tableKey(table)) });
		}
	}

	/** Whether the views read the user's data now. */
	get #inUse(): boolean {
		return status.activeData?.kind === 'user';
	}

	#changeFailed = (reason: Said): Said => (t, locale) => t('data.changeFailed', { reason: reason(t, locale) });

	/** Stored files left out at start (status.userDataSkipped): no change applies them. */
	get #skip(): { skip: ReadonlySet<string> } {
		return { skip: new Set(status.userDataSkipped.map((s) => s.id)) };
	}

	/** Stored files left out at start and still stored, to report on the page. */
	get skipped() {
		return status.userDataSkipped.filter((s) => !this.loaded || this.stored.some((f) => f.id === s.id));
	}

	/** Remove a stored file (the views drop it first); a skipped one is no longer reported. */
	async removeFile(id: string): Promise<boolean> {
		const done = await this.#change(async (store) => removeFile(store, await status.userDataOverlay(), id, { inUse: this.#inUse, ...this.#skip }), this.#changeFailed);
		if (done) status.forgetSkipped(id);
		return done;
	}

	/** Back to the sample; the files stay stored. */
	useSample(): Promise<boolean> {
		return this.#change(async (store) => useSample(store, await status.userDataOverlay()), this.#changeFailed);
	}

	/** Use the stored files again. */
	useMine(): Promise<boolean> {
		return this.#change(async (store) => useMine(store, await status.userDataOverlay(), this.#skip), this.#changeFailed);
	}

	/** "Only my data" on or off: applied at once when the user's data is in use, and kept in the store. */
	setOnlyMine(on: boolean): Promise<boolean> {
		return this.#change(async (store) => setMode(store, await status.userDataOverlay(), on ? 'only-mine' : 'replace', { inUse: this.#inUse, ...this.#skip }), this.#changeFailed);
	}

	/** Ask the browser to keep the files under storage pressure. */
	async persist(): Promise<void> {
		this.persisted = await requestPersistence();
		this.estimate = await storageEstimate();
	}

	/** Close the failure message. */
	dismissFailure(): void {
		this.failure = null;
	}
}
