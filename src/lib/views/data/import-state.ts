/**
 * The data page's state as one word, for its root's `data-import-state` (tests and the bench
 * wait on it) and for what the page shows first:
 *
 *   idle      nothing to review, the sample in use
 *   reading   a file is being read, parsed or checked
 *   review    a file awaits the user's decision (its findings shown; errors block it)
 *   applying  accepted files are being applied to the views (or a change of the data in use)
 *   active    the user's data is applied and the views read it (`activeData.kind === 'user'`)
 *   error     the last apply failed (its file stays for another try), or stored data was refused at start
 */

/** What a file being handled is doing. */
export type EntryPhase = 'queued' | 'reading' | 'parsing' | 'checking' | 'review' | 'failed';

export type ImportState = 'idle' | 'reading' | 'review' | 'applying' | 'active' | 'error';

/** What the state is read from. */
export interface ImportStateInput {
	readonly phases: readonly EntryPhase[];
	readonly applying: boolean;
	/** An apply failed (or stored data was refused) and its message is still shown. */
	readonly failed: boolean;
	/** The views read the user's data. */
	readonly userData: boolean;
}

const BUSY: ReadonlySet<EntryPhase> = new Set(['queued', 'reading', 'parsing', 'checking']);

/** The page's state: applying first, then files in progress, a failure, files to decide on, the data in use. */
export function importState({ phases, applying, failed, userData }: ImportStateInput): ImportState {
	if (applying) return 'applying';
	if (phases.some((p) => BUSY.has(p))) return 'reading';
	if (failed) return 'error';
	if (phases.length > 0) return 'review';
	return userData ? 'active' : 'idle';
}
