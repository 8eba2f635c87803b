/**
 * A `Db` that holds every query until the test answers it (after Mosaic's held connector):
 * `held.pending` lists what was asked, in order; `answer(i, rows)` / `fail(i, error)` settle
 * one. An aborted query rejects at once with the signal's reason, as the real Db does.
 */
import type { Db, QueryOptions, Row, Sql } from '$lib/data/connector';
import { abortReason } from '$lib/data/errors';

export interface HeldQuery {
	readonly sql: Sql;
	readonly options: QueryOptions;
	resolve(rows: Row[]): void;
	reject(error: unknown): void;
}

export function heldDb(): Db & { pending: HeldQuery[]; answer(i: number, rows: Row[]): void; fail(i: number, error: unknown): void } {
	const pending: HeldQuery[] = [];
	return {
		pending,
		query<T extends Row = Row>(sql: Sql, options: QueryOptions = {}): Promise<T[]> {
			return new Promise<T[]>((resolve, reject) => {
				const { signal } = options;
				if (signal?.aborted) return reject(abortReason(signal));
				signal?.addEventListener('abort', () => reject(abortReason(signal)), { once: true });
				pending.push({ sql, options, resolve: (rows) => resolve(rows as T[]), reject });
			});
		},
		answer(i, rows) {
			pending[i]!.resolve(rows);
		},
		fail(i, error) {
			pending[i]!.reject(error);
		}
	};
}

/** Let every settled promise's callbacks run. */
export const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
