/**
 * Loading one's own file on the data page `/data/` (issue 11): per sample a fresh browser profile
 * (no file kept from an earlier sample in IndexedDB), `/data/` opened, the engine ready and the
 * page prepared for a first file (`data-prepared`: what it readies while a user is in the file
 * dialog), then
 *   read     `setInputFiles` on the page's file input; from the input's `change` event to the
 *            animation frame after the root shows `data-import-state="review"` (read, matched,
 *            checked by the validator, previewed)
 *   accept   a click on the accept button; from its `pointerdown` to the frame after
 *            `data-import-state="active"` (the rows applied over the sample, first figures updated)
 * The sample is read + accept: the user's own wait, without the time they spend looking at the
 * review. `data-import-state="error"` first ends a step as failed. The 1-province file in each
 * format (DATA_PAGE.files) and a 10 MB CSV of every regency (bench/import-files.ts).
 *
 * The page is built on the datapage branch; until it is in the build, every sample ends with the
 * note that `/data/` or its root is missing, and the measures say "not measured".
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { APP, DATA_PAGE, DATA_PROBE, OUT_DIR, ROOT, TIMEOUTS, type DataFormat } from '../config';
import { timeUntilSelector, waitForLoadEnd, type SelectorResult } from '../app-page';
import { openSession, peakRendererBytes } from '../browser';
import { participationCsv } from '../import-files';
import type { StaticServer } from '../server';

/** What a data sample loads: one of the 1-province files, or the large CSV. */
export type DataFile = DataFormat | 'largeCsv';

/** One load, timed. `ms` is read + accept; null with `problem` when it could not be timed. */
export interface DataSample {
	readonly file: DataFile;
	readonly path: string;
	readonly readMs: number | null;
	readonly acceptMs: number | null;
	readonly ms: number | null;
	/** Renderer peak memory (VmHWM) of the sample's browser, bytes. */
	readonly memoryBytes: number | null;
	readonly problem: string | null;
}

/** Every sample of the group, by file. */
export type DataRuns = Record<DataFile, DataSample[]> | null;

const CLICK_EVENTS = ['pointerdown', 'mousedown', 'click'];
const state = (name: string) => `${DATA_PAGE.root.slice(0, -1)}="${name}"]`;

function stepProblem(step: string, r: SelectorResult): string | null {
	if ('already' in r && r.already) return `${step}: the target state was there before the input`;
	if ('timeout' in r && r.timeout) return `${step}: no state change within ${TIMEOUTS.dataLoad} ms${r.started ? '' : ' (no input event seen)'}`;
	if ('failed' in r && r.failed) return `${step}: ${DATA_PAGE.stateAttr}="${DATA_PAGE.states.error}"`;
	return null;
}

async function loadOnce(server: StaticServer, file: DataFile, path: string): Promise<DataSample> {
	const session = await openSession(server, DATA_PROBE);
	const sample = (readMs: number | null, acceptMs: number | null, problem: string | null): DataSample => ({
		file,
		path,
		readMs,
		acceptMs,
		ms: readMs !== null && acceptMs !== null ? readMs + acceptMs : null,
		memoryBytes: peakRendererBytes(session),
		problem
	});
	try {
		const page: Page = session.page;
		const response = await page.goto(server.origin + DATA_PAGE.path, { waitUntil: 'commit' });
		if (!response || response.status() >= 400) return sample(null, null, `${DATA_PAGE.path} answered ${response?.status() ?? 'nothing'} (the data page is not in this build)`);
		const end = await waitForLoadEnd(page, TIMEOUTS.ready);
		if (end !== APP.readyState) return sample(null, null, `the app did not reach ${APP.stateAttr}=${APP.readyState} (${end ?? 'timeout'})`);
		const idle = page.locator(state(DATA_PAGE.states.idle));
		try {
			await idle.waitFor({ timeout: TIMEOUTS.figures });
		} catch {
			return sample(null, null, `no ${state(DATA_PAGE.states.idle)} on ${DATA_PAGE.path}`);
		}
		try {
			await page.locator(DATA_PAGE.prepared).waitFor({ timeout: TIMEOUTS.figures });
		} catch {
			return sample(null, null, `no ${DATA_PAGE.prepared} on ${DATA_PAGE.path}`);
		}
		const failSelector = state(DATA_PAGE.states.error);
		const read = await timeUntilSelector(page, { events: ['change'], selector: state(DATA_PAGE.states.review), failSelector, timeout: TIMEOUTS.dataLoad }, async () => {
			await page.locator(DATA_PAGE.fileInput).first().setInputFiles(path);
		});
		const readProblem = stepProblem('read', read);
		if (readProblem || !('ms' in read)) return sample(null, null, readProblem);
		const accept = await timeUntilSelector(page, { events: CLICK_EVENTS, selector: state(DATA_PAGE.states.active), failSelector, timeout: TIMEOUTS.dataLoad }, async () => {
			await page.getByRole('button', { name: DATA_PAGE.acceptName }).first().click();
		});
		const acceptProblem = stepProblem('accept', accept);
		if (acceptProblem || !('ms' in accept)) return sample(read.ms, null, acceptProblem);
		return sample(read.ms, accept.ms, null);
	} finally {
		await session.close();
	}
}

/**
 * `runs` loads of each 1-province file and of the large CSV (made once in bench/out/data/).
 * Stops a file's loads after its first failure: the rest would fail the same way.
 */
export async function dataLoads(server: StaticServer, { runs, say }: { runs: number; say: (line: string) => void }): Promise<NonNullable<DataRuns>> {
	const large = await participationCsv(DATA_PAGE.largeCsvBytes, resolve(OUT_DIR, 'data'));
	const files: [DataFile, string][] = [...(Object.entries(DATA_PAGE.files) as [DataFormat, string][]).map(([f, p]): [DataFile, string] => [f, resolve(ROOT, p)]), ['largeCsv', large]];
	const out = { csv: [], xlsx: [], parquet: [], largeCsv: [] } as Record<DataFile, DataSample[]>;
	for (const [file, path] of files) {
		for (let i = 0; i < runs; i++) {
			const s = await loadOnce(server, file, path);
			out[file].push(s);
			const ms = (x: number | null) => (x === null ? '-' : `${Math.round(x)} ms`);
			say(`  data ${file} ${i + 1}/${runs}: read ${ms(s.readMs)}, accept ${ms(s.acceptMs)}${s.problem ? ` [${s.problem}]` : ''}`);
			if (s.problem) break;
		}
	}
	return out;
}
