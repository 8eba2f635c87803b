/**
 * What the app does when a served dataset fails its checks: the decision (the last good dataset
 * of this browser, else the error), the table check every loaded file passes, and the message
 * naming the refused file. Free of engine imports: tested in Node.
 */
import type { Locale, MessageKey, Translate } from '../i18n';
import { formatDate } from '../format';
import { isRefusal, type DataError, type Refusal, type RefusalReason } from './errors';

/** A DataError that refused a served file. */
export type RefusalError = DataError & { readonly refusal: Refusal };

/** Which served file was refused and which last good dataset is used instead (none: the error shows). */
export interface RefusedServed {
	readonly refusal: Refusal;
	/** The dataset used in its place, as the message names it. */
	readonly lastGood: { readonly version: string; readonly savedAt: string };
}

/**
 * Load the served dataset; when it is refused (`isRefusal`), the last good one instead. Resolves
 * with the data and, when the last good stands in, the refusal; rejects with the served error
 * when it is no refusal (offline, the engine) or nothing good is kept (a first visit).
 */
export async function servedOrLastGood<T>(served: () => Promise<T>, lastGood: () => Promise<T | null>): Promise<{ value: T; refused: RefusalError | null }> {
	try {
		return { value: await served(), refused: null };
	} catch (error) {
		if (!isRefusal(error)) throw error;
		const kept = await lastGood().catch(() => null);
		if (kept === null) throw error;
		return { value: kept, refused: error };
	}
}

/**
 * The first table of `expected` (the manifest's counts) that `actual` lacks or counts otherwise,
 * or null when every one matches. `actual`: rows per table of the attached file.
 */
export function tableMismatch(expected: Readonly<Record<string, number>>, actual: ReadonlyMap<string, number>): string | null {
	for (const [name, rows] of Object.entries(expected)) {
		if (actual.get(name) !== rows) return name;
	}
	return null;
}

const REASON_KEYS: Readonly<Record<RefusalReason, MessageKey>> = {
	checksum: 'load.refused.checksum',
	size: 'load.refused.size',
	'not-duckdb': 'load.refused.notDuckdb',
	tables: 'load.refused.tables',
	manifest: 'load.refused.manifest'
};

/**
 * The message of a refusal in `locale`: which file, why, and, when the last good dataset stands
 * in, which one (version, the day it was first loaded here).
 * @example "Berkas data cakupan-sample.duckdb dari server ditolak: checksum tidak cocok dengan dataset.json. Data terakhir yang valid (versi 2025.12-s42, dimuat 2 Desember 2026) tetap dipakai."
 */
export function refusalText(t: Translate, locale: Locale, refusal: Refusal, lastGood?: RefusedServed['lastGood'] | null): string {
	const reason = t(REASON_KEYS[refusal.reason], { table: refusal.table ?? '' });
	const refused = t('load.refused', { file: refusal.file, reason });
	if (!lastGood) return refused;
	return `${refused} ${t('load.lastGood', { version: lastGood.version, date: formatDate(lastGood.savedAt.slice(0, 10), locale) })}`;
}
