/**
 * The words of the overlay: a user's accepted files, the two ways they combine with the sample,
 * what is active, and why a build was refused. Free of engine imports.
 */
import type { Manifest } from '../../contract/manifest';
import type { UserTable } from '../../contract/user-tables';
import type { MessageKey } from '../../i18n/id';

/**
 * `replace`: within a table, the user's rows replace the sample's rows of the provinces the user's
 * files cover; other provinces keep the sample's. `only-mine`: the sample is dropped entirely.
 */
export type OverlayMode = 'replace' | 'only-mine';

/** One accepted file, as the store keeps it (`lib/userdata`). */
export interface OverlayFile {
	/** Stable id within the store. */
	readonly id: string;
	/** The file's name as the user picked it, e.g. `kalteng-2024.xlsx`. */
	readonly name: string;
	readonly table: UserTable;
	/** The accepted rows as an Arrow IPC stream in the contract's types (`lib/userdata/arrow.ts`). */
	readonly ipc: Uint8Array;
	/** Hex sha256 of the file's original bytes, shown to the user and part of the active data's checksum. */
	readonly sha256: string;
	/** ISO 8601 time the file was accepted; files apply in this order (a later file wins its provinces). */
	readonly loadedAt: string;
}

/** What the page shows of a file in use. */
export interface ActiveFile {
	readonly id: string;
	readonly name: string;
	readonly table: UserTable;
	/** Provinces (two-digit codes, or `ID` for a national target row) whose rows the file supplies, sorted. */
	readonly provinces: readonly string[];
	readonly rows: number;
	/** Contract columns the file has (a column it lacks reads "no data"). */
	readonly columns: readonly string[];
	readonly loadedAt: string;
	readonly sha256: string;
}

/** Provinces by table. */
export type ProvincesByTable = Readonly<Partial<Record<UserTable, readonly string[]>>>;

/** The data the views read now. */
export interface ActiveData {
	/** `sample`: the bundled data alone (the user's files, if any, are not applied). */
	readonly kind: 'sample' | 'user';
	/** How user rows combine with the sample (`replace` when kind is `sample`). */
	readonly mode: OverlayMode;
	readonly files: readonly ActiveFile[];
	/** Per table, the provinces whose rows are the user's (later files having replaced earlier ones). */
	readonly userProvinces: ProvincesByTable;
	/** Per table, the provinces whose rows are still the sample's (empty in `only-mine`). */
	readonly sampleProvinces: ProvincesByTable;
	/**
	 * Provinces whose village detail (`villages_<pp>`) the overlay supplies in place of the
	 * sample's file: those a file covers in a detail table, and in `only-mine` every province.
	 */
	readonly detailProvinces: readonly string[];
	/**
	 * The manifest the views and exports read: the sample's, or for user data one naming the
	 * combination (its `checksum` covers the sample's and every file's, so the build-time
	 * snapshot, made for the sample's checksum, is never used for it) with the period the data
	 * really spans (a user's later months extend it).
	 */
	readonly manifest: Manifest;
	/** The bundled sample's manifest. */
	readonly sample: Manifest;
}

/** Why a set of files could not be applied. The views keep showing the data they showed. */
export type OverlayErrorKind =
	/** A column that is not the table's in the contract. */
	| 'unknown-column'
	/** A key column is absent. */
	| 'missing-key'
	/** The file has no rows. */
	| 'empty'
	/** A row lacks a key value. */
	| 'null-key'
	/** A month after the current one. */
	| 'future-month'
	/** Two rows with the same key (within a file, or across files of one table and province). */
	| 'duplicate-key'
	/** A value the contract's column type cannot hold. */
	| 'type'
	/** The engine failed otherwise (memory, a bug): nothing was changed. */
	| 'engine';

const MESSAGES: Readonly<Record<OverlayErrorKind, MessageKey>> = {
	'unknown-column': 'userdata.error.unknownColumn',
	'missing-key': 'userdata.error.missingKey',
	empty: 'userdata.error.empty',
	'null-key': 'userdata.error.nullKey',
	'future-month': 'userdata.error.futureMonth',
	'duplicate-key': 'userdata.error.duplicateKey',
	type: 'userdata.error.type',
	engine: 'userdata.error.engine'
};

/** What an {@link OverlayError} concerns, for its message's placeholders. */
export interface OverlayErrorDetail {
	readonly file?: string;
	readonly table?: UserTable;
	readonly column?: string;
	/** The offending value as text (a month `2027-01`, a key `6201 · 2024-12-01 · PU`). */
	readonly value?: string;
}

/** Applying user files failed; the previous data stays active. */
export class OverlayError extends Error {
	override readonly name = 'OverlayError';
	/** The localized message (`t(error.messageKey, error.detail)`). */
	readonly messageKey: MessageKey;
	constructor(
		readonly kind: OverlayErrorKind,
		readonly detail: OverlayErrorDetail,
		message: string,
		options?: { cause?: unknown }
	) {
		super(message, options);
		this.messageKey = MESSAGES[kind];
	}
}

/** True for an {@link OverlayError} (also across bundles). */
export function isOverlayError(error: unknown): error is OverlayError {
	return error instanceof Error && error.name === 'OverlayError';
}
