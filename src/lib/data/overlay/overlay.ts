/**
 * The user's rows over the sample, in the engine the views query. Applying files builds a new
 * generation beside the data in use (`build.ts`) on a connection of its own; only when it is
 * complete do the views switch to it, with one `USE` on their connection, and forget every
 * prepared statement and cached result of the data before. A failed build is dropped and
 * changes nothing the views see; switching back to the sample is `USE` of the attached file,
 * which was never written to, so its figures return exactly.
 *
 * @example
 * const overlay = createOverlay(target, { sample: manifest });
 * const active = await overlay.apply(await store.list(), 'replace'); // OverlayError: nothing changed
 * await overlay.useSample();
 */
import type { Manifest } from '../../contract/manifest';
import { quoteIdentifier } from '../../contract/schema';
import { DATABASE_ALIAS, DETAIL_TABLES, detailSchema } from '../database';
import { buildGeneration, detailCopyName, type OverlayConnection, type OverlayDetail } from './build';
import { sampleData, userManifest } from './manifest';
import { OverlayError, isOverlayError, type ActiveData, type OverlayFile, type OverlayMode } from './types';

/** What the overlay needs from an engine whose sample database is attached (`engine.ts`, `node.ts`). */
export interface OverlayTarget {
	/** A connection of its own for building; never the one the views query on. */
	readonly build: OverlayConnection;
	/**
	 * Make `catalog` the default of the views' connection (`USE`), after the statements `before`
	 * (the village schemas' switch), all sent at once on that connection: every query sent
	 * before reads the old data and every one after, the new.
	 */
	use(catalog: string, before?: readonly string[]): Promise<void>;
	/** Forget the views' prepared statements and cached results: they were made for the data switched from. */
	invalidate(): void;
	/**
	 * The sample's village detail files and the views' attacher of them; without it, the views'
	 * village figures keep reading the sample's files.
	 */
	readonly detail?: OverlayDetail & {
		/** Wait for the views' attach of a province's file under way. */
		settled(province: string): Promise<void>;
		/** Forget the views' attach of a province (its schema was just detached or replaced). */
		forget(province: string): void;
	};
}

/** Options of {@link createOverlay}. */
export interface OverlayOptions {
	/** The sample's manifest (the served one). */
	readonly sample: Manifest;
	/** The catalog of the attached sample (default: the app's `cakupan`). */
	readonly sampleCatalog?: string;
	/** The clock deciding which months are in the future (tests pass a fixed one). */
	readonly now?: () => Date;
}

/** The user's data over the sample, switched as a whole. */
export interface Overlay {
	/** What the views read now. */
	readonly active: ActiveData;
	/**
	 * Apply `files` (in load order: a later file replaces an earlier one's provinces) in `mode`.
	 * Resolves with the new active data once the views read it; rejects with an
	 * {@link OverlayError} leaving the active data as it was. No files is the sample.
	 */
	apply(files: readonly OverlayFile[], mode?: OverlayMode): Promise<ActiveData>;
	/** Back to the sample alone, exactly as loaded. */
	useSample(): Promise<ActiveData>;
	/** Hear every change of the active data; returns the unsubscribe function. */
	onChange(listener: (active: ActiveData) => void): () => void;
}

// Generations are numbered per engine realm, so two overlays on one engine (a test's) never share a catalog name.
let generations = 0;

/** Today in the local calendar, `YYYY-MM-DD` (a month is in the future when it starts after it). */
export function localDay(date: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** An overlay over `target`, starting on the sample. Operations run one at a time, in call order. */
export function createOverlay(target: OverlayTarget, { sample, sampleCatalog = DATABASE_ALIAS, now = () => new Date() }: OverlayOptions): Overlay {
	let active = sampleData(sample);
	let current = sampleCatalog;
	let sampleTables: Promise<Set<string>> | null = null;
	let queue: Promise<unknown> = Promise.resolve();
	const listeners = new Set<(active: ActiveData) => void>();

	function serial<T>(operation: () => Promise<T>): Promise<T> {
		const result = queue.then(operation);
		queue = result.catch(() => {});
		return result;
	}

	function tablesOfSample(): Promise<Set<string>> {
		sampleTables ??= target.build
			.run(`SELECT table_name AS name FROM duckdb_tables() WHERE database_name = ? AND schema_name = 'main'`, [sampleCatalog])
			.then((rows) => new Set(rows.map((r) => String(r.name))));
		sampleTables.catch(() => (sampleTables = null));
		return sampleTables;
	}

	/**
	 * Point the views at `catalog`, then drop the generation they left. The village schemas
	 * (`villages_<pp>`, catalogs of their own) switch in the same burst: each province the old or
	 * new data supplies is detached, and each the new data supplies comes back as an in-memory
	 * catalog whose tables are views of the generation's copies; the sample's files of the others
	 * are attached again on demand by the views' attacher.
	 */
	async function switchTo(catalog: string, next: ActiveData): Promise<ActiveData> {
		const touched = [...new Set([...active.detailProvinces, ...next.detailProvinces])];
		await Promise.all(touched.map((p) => target.detail?.settled(p)));
		const before = [
			...touched.map((p) => `DETACH DATABASE IF EXISTS ${detailSchema(p)}`),
			...next.detailProvinces.flatMap((p) => [
				`ATTACH ':memory:' AS ${detailSchema(p)}`,
				...DETAIL_TABLES.map(
					(t) => `CREATE VIEW ${detailSchema(p)}.main.${quoteIdentifier(t)} AS SELECT * FROM ${catalog}.main.${quoteIdentifier(detailCopyName(p, t))}`
				)
			])
		];
		try {
			await target.use(catalog, before);
		} finally {
			for (const p of touched) target.detail?.forget(p);
		}
		target.invalidate();
		const left = current;
		current = catalog;
		active = next;
		if (left !== sampleCatalog) await target.build.run(`DETACH DATABASE IF EXISTS ${left}`).catch(() => {});
		for (const listener of listeners) {
			try {
				listener(active);
			} catch {
				// A listener's failure is its own; the switch is done.
			}
		}
		return active;
	}

	async function drop(catalog: string): Promise<void> {
		await target.build.run('USE memory').catch(() => {});
		await target.build.run(`DETACH DATABASE IF EXISTS ${catalog}`).catch(() => {});
	}

	async function applyNow(files: readonly OverlayFile[], mode: OverlayMode): Promise<ActiveData> {
		if (files.length === 0 && mode === 'replace') return useSampleNow();
		const catalog = `userdata_${++generations}`;
		try {
			const built = await buildGeneration(target.build, {
				catalog,
				sampleCatalog,
				sampleTables: await tablesOfSample(),
				files,
				mode,
				today: localDay(now()),
				...(target.detail ? { detail: target.detail } : {})
			});
			const manifest = await userManifest(sample, mode, built);
			return await switchTo(catalog, {
				kind: 'user',
				mode,
				files: built.files,
				userProvinces: built.userProvinces,
				sampleProvinces: built.sampleProvinces,
				detailProvinces: built.detailProvinces,
				manifest,
				sample
			});
		} catch (cause) {
			if (current !== catalog) await drop(catalog);
			if (isOverlayError(cause)) throw cause;
			throw new OverlayError('engine', {}, `user data could not be applied: ${(cause as Error)?.message ?? cause}`, { cause });
		}
	}

	async function useSampleNow(): Promise<ActiveData> {
		if (current === sampleCatalog) return active;
		return switchTo(sampleCatalog, sampleData(sample));
	}

	return {
		get active() {
			return active;
		},
		apply: (files, mode = 'replace') => serial(() => applyNow(files, mode)),
		useSample: () => serial(useSampleNow),
		onChange(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		}
	};
}

