/**
 * The overlay's engine calls over a DuckDB-WASM connection of either bundle: the browser's
 * worker-backed one (`engine.ts`, async) and Node's blocking one (`node.ts`, sync), which share
 * their method names. Written once, like `attach.ts`.
 */
import type { Table } from 'apache-arrow';
import type { Param } from '../connector';
import { tableToRows } from '../rows';
import type { PreparedStatement } from '../statements';
import type { DatabaseInfo } from '../database';
import type { DetailAttacher } from '../detail';
import type { OverlayTarget } from './overlay';

/** The calls of a DuckDB-WASM connection the overlay uses (async or blocking). */
export interface WasmConnection {
	query(text: string): Table | Promise<Table>;
	prepare(text: string): PreparedStatement | Promise<PreparedStatement>;
	insertArrowFromIPCStream(buffer: Uint8Array, options: { name: string; schema?: string; create?: boolean }): unknown;
}

const CATALOG = /^[a-z][a-z0-9_]*$/;

/**
 * An {@link OverlayTarget}: `build` is a connection of its own (the engine's second), `views` the
 * one the views' `Db` runs on, `invalidate` forgets that `Db`'s statements and results, `detail`
 * the sample's village files.
 */
export function wasmOverlayTarget({
	build,
	views,
	invalidate,
	detail
}: {
	build: WasmConnection;
	views: Pick<WasmConnection, 'query'>;
	invalidate: () => void;
	/** The sample's village files; without them the views' village figures stay the sample's. */
	detail?: WasmDetail;
}): OverlayTarget {
	return {
		build: {
			async run(text, params: readonly Param[] = []) {
				if (params.length === 0) return tableToRows(await build.query(text));
				const statement = await build.prepare(text);
				try {
					return tableToRows(await statement.query(...params));
				} finally {
					await statement.close();
				}
			},
			async insertIpc(ipc, name) {
				// The browser's worker takes the buffer over (transfers it): hand it a copy, so the
				// stored file's bytes stay usable for the next build.
				await build.insertArrowFromIPCStream(ipc.slice(), { name, schema: 'main', create: true });
			}
		},
		async use(catalog, before = []) {
			if (!CATALOG.test(catalog)) throw new RangeError(`invalid catalog name: ${catalog}`);
			// Sent together: the worker runs messages in the order posted, so no view query falls between them.
			await Promise.all([...before, `USE ${catalog}`].map((text) => views.query(text)));
		},
		invalidate,
		...(detail ? { detail: overlayDetail(build, detail) } : {})
	};
}

/** The engine calls for the sample's village files: `attacher` is the views' (`detail.ts`). */
export interface WasmDetail {
	readonly attacher: DetailAttacher;
	readonly database: Pick<DatabaseInfo, 'detail'>;
	registerFileBuffer(name: string, bytes: Uint8Array): unknown;
	dropFile(name: string): unknown;
}

function overlayDetail(build: WasmConnection, { attacher, database, registerFileBuffer, dropFile }: WasmDetail): NonNullable<OverlayTarget['detail']> {
	return {
		provinces: Object.keys(database.detail ?? {}).sort(),
		async open(province, alias) {
			if (!CATALOG.test(alias)) throw new RangeError(`invalid catalog name: ${alias}`);
			const { bytes } = await attacher.readFile(province);
			// A name of its own: the views may have the same file attached, and DuckDB opens a file once.
			const file = `${alias}.duckdb`;
			const quietly = (run: () => unknown) => Promise.resolve().then(run).catch(() => {});
			await quietly(() => dropFile(file));
			await registerFileBuffer(file, bytes);
			await build.query(`ATTACH '${file}' AS ${alias} (READ_ONLY)`);
			return async () => {
				await quietly(() => build.query(`DETACH DATABASE IF EXISTS ${alias}`));
				await quietly(() => dropFile(file));
			};
		},
		settled: (province) => attacher.settled(province),
		forget: (province) => attacher.forget(province)
	};
}
