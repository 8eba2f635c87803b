/**
 * Opening one regency's villages on `/kantor/`, in the page, with the province's village file
 * not downloaded yet: one browser session, and for each regency (each in a province of its own,
 * so no sample finds its file fetched by an earlier one) a navigation to
 * `/kantor/?wilayah=<pp>&pilih=<regency>`, live figures, then a click on
 * `[data-action="open-villages"]`, timed from the click's pointerdown to the animation frame
 * after `[data-panel="villages"][data-state="ready"]` (the probe's `armSelector`). The server's
 * log says whether the village file was requested before the click (then the sample is not
 * "not downloaded" and is left out) and after it (the download the timing includes).
 */
import { APP, KANTOR, KANTOR_PROBE, TIMEOUTS, kantorPath, kantorScopeOf } from '../config';
import { currentKey, timeUntilSelector, waitForLiveRender, waitForLoadEnd } from '../app-page';
import { openSession } from '../browser';
import type { StaticServer } from '../server';
import type { Site } from '../site';

/** One regency's villages opened (ms null: not measured, `note` says why). */
export interface VillageRun {
	readonly regency: string;
	readonly ms: number | null;
	/** `data-rows` of the ready panel. */
	readonly rows: number | null;
	/** The province's village file was served after the click (the download is inside the time). */
	readonly downloaded: boolean;
	readonly note: string | null;
}

/** What the villages sessions measured. */
export interface VillageRuns {
	readonly runs: VillageRun[];
	readonly offOrigin: string[];
}

/** `count` regencies, each of another province, spread over the list (deterministic). */
export function onePerProvince(regencies: readonly string[], count: number): string[] {
	const byProvince = new Map<string, string>();
	for (const code of [...regencies].sort()) if (!byProvince.has(code.slice(0, 2))) byProvince.set(code.slice(0, 2), code);
	const all = [...byProvince.values()];
	if (all.length <= count) return all;
	return Array.from({ length: count }, (_, i) => all[Math.floor((i * all.length) / count)]!);
}

/** Open each regency's villages once, in one session (see above). */
export async function kantorVillages(site: Site, server: StaticServer, { regencies }: { regencies: readonly string[] }): Promise<VillageRuns> {
	const session = await openSession(server, KANTOR_PROBE);
	const runs: VillageRun[] = [];
	try {
		const { page } = session;
		for (const regency of regencies) {
			const pp = regency.slice(0, 2);
			const file = site.manifest.database.detail[pp]?.file;
			const skip = (note: string) => runs.push({ regency, ms: null, rows: null, downloaded: false, note });
			if (!file) {
				skip(`no village file for province ${pp} in dataset.json`);
				continue;
			}
			const served = () => server.log.filter((r) => new URL(r.url, 'http://x/').pathname === `/data/${file}` && r.status < 300).length;
			const path = kantorPath({ area: pp, selected: regency });
			server.reset();
			await page.goto(server.origin + path, { waitUntil: 'commit' });
			const end = await waitForLoadEnd(page, TIMEOUTS.ready);
			if (end !== APP.readyState) {
				skip(`${path}: no data-state=ready (${end ?? 'timeout'})`);
				continue;
			}
			if (!(await waitForLiveRender(page, TIMEOUTS.figures, kantorScopeOf(pp)))) {
				skip(`${path}: no live figures of ${kantorScopeOf(pp)} within ${TIMEOUTS.figures} ms (${APP.renderedAttr}="${(await currentKey(page))?.key ?? ''}")`);
				continue;
			}
			const selected = (await currentKey(page))?.fields[KANTOR.key.selected] ?? '';
			if (selected !== regency) {
				skip(`${path}: ${APP.renderedAttr} shows selection "${selected}", not ${regency}`);
				continue;
			}
			const button = page.locator(KANTOR.openVillages).first();
			if (!(await button.waitFor({ state: 'visible', timeout: 2_000 }).then(() => true, () => false))) {
				skip(`no ${KANTOR.openVillages} button with ${regency} selected`);
				continue;
			}
			if (served() > 0) {
				skip(`${file} was already requested before the click (prefetched): not a first download`);
				continue;
			}
			const outcome = await timeUntilSelector(
				page,
				{ events: ['pointerdown', 'mousedown', 'click'], selector: KANTOR.villagesReady, failSelector: KANTOR.villagesError, timeout: TIMEOUTS.villages },
				() => button.click()
			);
			const downloaded = served() > 0;
			if (outcome.already) skip(`${KANTOR.villagesReady} was there before the click`);
			else if (outcome.timeout) skip(`no ${KANTOR.villagesReady} within ${TIMEOUTS.villages} ms of the click${outcome.started ? '' : ' (no click event seen)'}`);
			else if (outcome.failed) skip(`the villages panel went to data-state=${outcome.attrs['data-state']} (${Math.round(outcome.ms)} ms after the click)`);
			else {
				const rows = outcome.attrs['data-rows'];
				const notes = [
					downloaded ? null : `${file} was not requested after the click (cached by the service worker?)`,
					rows === undefined ? 'the ready panel has no data-rows' : null
				].filter(Boolean);
				runs.push({ regency, ms: outcome.ms, rows: rows === undefined || rows === '' ? null : Number(rows), downloaded, note: notes.join('; ') || null });
			}
		}
		return { runs, offOrigin: [...session.offOrigin] };
	} finally {
		await session.close();
	}
}
