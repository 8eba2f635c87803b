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
import { sha256Hex } from './download';
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
	/** The bytes of a detail file (`bytes`: the manifest's size); they are checked against the manifest here. */
	read(file: string, bytes: number): Promise<Uint8Array>;
	readonly engine: DetailEngine;
}

/** Attaches one province's detail file; resolves once `detailSchema(province)` can be queried. */
export type AttachDetail = (province: string) => Promise<void>;

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
export function detailAttacher({ database, read, engine }: DetailSource): AttachDetail {
	const attached = new Map<string, Promise<void>>();

	async function attach(province: string, entry: DetailFile): Promise<void> {
		const start = `cakupan:detail-start:${province}`;
		performance.mark(start);
		try {
			const bytes = await read(entry.file, entry.bytes);
			if (bytes.length !== entry.bytes) throw new DataError('file', `${entry.file}: ${bytes.length} bytes, the manifest says ${entry.bytes}`);
			// Web Crypto exists only in secure contexts (https, localhost); elsewhere the size check stands alone.
			if (globalThis.crypto?.subtle) {
				const actual = await sha256Hex(bytes);
				if (actual !== entry.sha256) throw new DataError('file', `${entry.file}: sha256 ${actual} differs from the manifest's ${entry.sha256}`);
			}
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

	return (province) => {
		let entry: DetailFile;
		try {
			detailSchema(province);
			entry = detailEntry(database, province);
		} catch (error) {
			return Promise.reject(error);
		}
		let promise = attached.get(province);
		if (!promise) {
			promise = attach(province, entry).catch((error: unknown) => {
				attached.delete(province);
				throw error;
			});
			attached.set(province, promise);
		}
		return promise;
	};
}
