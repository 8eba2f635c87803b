/**
 * Village detail on demand: the build writes DETAIL_TABLES into one file per province
 * (`database.ts`, `database.detail`), and a view that drills down to villages attaches its
 * province's file first, as the schema `villages_<pp>`. Written once for the browser
 * (`engine.ts`, which fetches the file) and Node (`node.ts`, which reads it from disk).
 *
 * @example
 * await attachDetail('61');
 * const rows = await db.query(sql`SELECT * FROM ${table('participation_village', detailSchema('61'))} WHERE ...`);
 */
import { attachDatabase, type AttachTarget } from './attach';
import { detailAttachStatement, detailEntry, detailSchema, type DatabaseInfo, type DetailFile } from './database';
import { sha256Hex, type OnProgress } from './download';
import { DataError } from './errors';

/** What attaching a detail file needs from an engine that has the core file attached. */
export interface DetailEngine extends AttachTarget {
	/** Forget a registered file, so a retry can register it again. */
	dropFile(name: string): unknown;
}

/** Where the detail files come from. */
export interface DetailSource {
	/** The built database's description: its `detail` map says which provinces have a file. */
	readonly database: Pick<DatabaseInfo, 'detail'>;
	/**
	 * The bytes of a detail file (`bytes`: the manifest's size); they are checked against the
	 * manifest here. `onProgress` reports bytes as they arrive (a source may call it only at the end).
	 */
	read(file: string, bytes: number, onProgress?: OnProgress): Promise<Uint8Array>;
	readonly engine: DetailEngine;
}

/** Options of one `attachDetail` call. */
export interface AttachDetailOptions {
	/**
	 * Bytes of the province's file downloaded so far, and its size (the manifest's): a caller
	 * that joins a download under way hears the latest figure at once. Not called when the
	 * province is already attached.
	 */
	readonly onProgress?: OnProgress;
}

/** Attaches one province's detail file; resolves once `detailSchema(province)` can be queried. */
export type AttachDetail = (province: string, options?: AttachDetailOptions) => Promise<void>;

/**
 * An {@link AttachDetail} with what a user-data overlay (`overlay/`) needs besides: the verified
 * bytes of a province's file (to read the sample's village rows under a private name), and
 * forgetting a province whose schema the overlay detached (a later call attaches it again).
 */
export interface DetailAttacher extends AttachDetail {
	/** The province's file, read and checked against the manifest (not attached). */
	readonly readFile: (province: string) => Promise<{ file: string; bytes: Uint8Array }>;
	/** Waits for an attach of `province` under way to settle (whatever its outcome). */
	readonly settled: (province: string) => Promise<void>;
	/** Forget that `province` is attached: call right after detaching its schema. */
	readonly forget: (province: string) => void;
}

function measure(name: string, start: string): void {
	try {
		performance.measure(name, start);
	} catch {
		// A missing mark (cleared by the page) only loses a timing.
	}
}

/**
 * An `AttachDetail` over one engine. Each province is attached once: concurrent callers share
 * one attempt, and after a failure the next call tries again. A province code that is not two
 * digits, or has no file in `database.detail`, is refused (RangeError) before any SQL is built.
 * In the page, each attach is timed as the measure `cakupan:detail:<pp>` (file to attached).
 */
export function detailAttacher({ database, read, engine }: DetailSource): DetailAttacher {
	const attached = new Map<string, Promise<void>>();
	// Progress of the downloads under way: every caller waiting on a province hears it, since
	// concurrent callers share one download.
	const listeners = new Map<string, Set<OnProgress>>();
	const latest = new Map<string, [number, number]>();
	const inFlight = new Set<string>();

	function report(province: string, loaded: number, total: number): void {
		latest.set(province, [loaded, total]);
		for (const listener of listeners.get(province) ?? []) listener(loaded, total);
	}

	function listen(province: string, onProgress: OnProgress, promise: Promise<void>): void {
		let set = listeners.get(province);
		if (!set) listeners.set(province, (set = new Set()));
		set.add(onProgress);
		const last = latest.get(province);
		if (last) onProgress(...last);
		const forget = () => void set.delete(onProgress);
		promise.then(forget, forget);
	}

	/** The file's bytes, checked against the manifest's size and sha256. */
	async function readChecked(entry: DetailFile, onProgress?: OnProgress): Promise<Uint8Array> {
		const bytes = await read(entry.file, entry.bytes, onProgress);
		if (bytes.length !== entry.bytes) throw new DataError('file', `${entry.file}: ${bytes.length} bytes, the manifest says ${entry.bytes}`);
		// Web Crypto exists only in secure contexts (https, localhost); elsewhere the size check stands alone.
		if (globalThis.crypto?.subtle) {
			const actual = await sha256Hex(bytes);
			if (actual !== entry.sha256) throw new DataError('file', `${entry.file}: sha256 ${actual} differs from the manifest's ${entry.sha256}`);
		}
		return bytes;
	}

	async function attach(province: string, entry: DetailFile): Promise<void> {
		const start = `cakupan:detail-start:${province}`;
		performance.mark(start);
		try {
			const bytes = await readChecked(entry, (loaded, total) => report(province, loaded, total));
			// A retry after a failed attach may find the file still registered.
			try {
				await engine.dropFile(entry.file);
			} catch {
				// Not registered: nothing to drop.
			}
			await attachDatabase(engine, entry.file, bytes, [detailAttachStatement(entry.file, province)]);
		} catch (cause) {
			if (cause instanceof DataError) throw cause;
			throw new DataError('file', `${entry.file}: ${(cause as Error)?.message ?? cause}`, { cause });
		}
		performance.mark(`cakupan:detail-ready:${province}`);
		measure(`cakupan:detail:${province}`, start);
	}

	const attachDetail: AttachDetail = (province, { onProgress } = {}) => {
		let entry: DetailFile;
		try {
			detailSchema(province);
			entry = detailEntry(database, province);
		} catch (error) {
			return Promise.reject(error);
		}
		let promise = attached.get(province);
		if (!promise) {
			inFlight.add(province);
			promise = attach(province, entry)
				.catch((error: unknown) => {
					attached.delete(province);
					throw error;
				})
				.finally(() => {
					inFlight.delete(province);
					latest.delete(province);
				});
			attached.set(province, promise);
		}
		// A caller joining a download under way hears the rest of it; an attached province reports nothing.
		if (onProgress && inFlight.has(province)) listen(province, onProgress, promise);
		return promise;
	};
	return Object.assign(attachDetail, {
		readFile: async (province: string) => {
			const entry = detailEntry(database, province);
			try {
				return { file: entry.file, bytes: await readChecked(entry) };
			} catch (cause) {
				if (cause instanceof DataError) throw cause;
				throw new DataError('file', `${entry.file}: ${(cause as Error)?.message ?? cause}`, { cause });
			}
		},
		settled: async (province: string) => {
			await attached.get(province)?.catch(() => {});
		},
		forget: (province: string) => {
			attached.delete(province);
		}
	});
}
