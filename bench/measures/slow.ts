/**
 * A first visit on a slow link, 2 Mbps and 300 ms latency: navigation start to first figures.
 *
 * Two ways to slow the link:
 *   server (default)  the bench server shapes every response: 300 ms before the headers, and
 *                     all bodies sharing 250 kB/s. Every requester is slowed alike: the page,
 *                     DuckDB's worker and the service worker.
 *   cdp               CDP `Network.emulateNetworkConditions` on the page's session, as DevTools
 *                     does. It slows the page and its dedicated worker (checked), but not the
 *                     service worker, a separate target: on a first visit the service worker
 *                     precaches the wasm and the database at full speed, they land in the HTTP
 *                     cache, and the page's own requests are then answered from it, so this
 *                     mode understates a real slow link.
 */
import { APP, SLOW_NETWORK, TIMEOUTS } from '../config';
import { markTime, readTimeline, waitForMark } from '../app-page';
import { openSession } from '../browser';
import type { StaticServer } from '../server';

/** Who slows the link (see above). */
export type SlowVia = 'server' | 'cdp';

/** One slow first visit: first figures (ms) or null and why. */
export interface SlowRun {
	readonly firstFigures: number | null;
	readonly note: string | null;
	readonly offOrigin: string[];
}

/** One first visit on a fresh profile over the slow link. */
export async function slowRun(server: StaticServer, { via, timeout = TIMEOUTS.slowFigures }: { via: SlowVia; timeout?: number }): Promise<SlowRun> {
	const session = await openSession(server);
	try {
		const { page, context } = session;
		if (via === 'cdp') {
			const cdp = await context.newCDPSession(page);
			await cdp.send('Network.enable');
			await cdp.send('Network.emulateNetworkConditions', { ...SLOW_NETWORK });
		} else {
			server.setThrottle({ latencyMs: SLOW_NETWORK.latency, bytesPerSecond: SLOW_NETWORK.downloadThroughput });
		}
		await page.goto(server.origin + APP.overviewPath, { waitUntil: 'commit', timeout });
		const shown = await waitForMark(page, APP.marks.firstFigures, timeout);
		const firstFigures = shown ? markTime(await readTimeline(page), APP.marks.firstFigures) : null;
		return {
			firstFigures,
			note: shown ? null : `no ${APP.marks.firstFigures} mark within ${timeout} ms`,
			offOrigin: [...session.offOrigin]
		};
	} finally {
		server.setThrottle(null);
		await session.close();
	}
}
