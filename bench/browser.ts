/**
 * One browser session per run: the system Chromium with a fresh user-data dir (so a fresh
 * profile: no HTTP cache, no service worker, no compiled-wasm cache), the bench's probe injected
 * into every page, and the process tree found through /proc for the memory reading.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM, OVERVIEW_PROBE, type ProbeConfig } from './config';

// Requests a service worker makes itself are reported only with this switch (Chromium only).
// https://playwright.dev/docs/service-workers-experimental
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

const PROBE = readFileSync(new URL('./page/probe.js', import.meta.url), 'utf8');

/** A browser with one page, the requests it sent off the origin, and its process id. */
export interface Session {
	readonly context: BrowserContext;
	readonly page: Page;
	/** The browser process (found by its user-data dir), or null when not found. */
	readonly browserPid: number | null;
	/** URLs requested from another origin by the page, its workers or its service worker. */
	readonly offOrigin: string[];
	close(): Promise<void>;
}

/**
 * Launch Chromium on a fresh profile. `proxy` is the bench server's `host:port`: every request
 * for another origin then reaches the server's trap instead of the network. `probe` names the
 * view the probe watches (the overview's by default; `/kantor/`'s for its measures).
 */
export async function openSession({ origin, proxy }: { origin: string; proxy: string }, probe: ProbeConfig = OVERVIEW_PROBE): Promise<Session> {
	const userDataDir = mkdtempSync(join(tmpdir(), 'cakupan-bench-profile-'));
	let context: BrowserContext;
	try {
		context = await chromium.launchPersistentContext(userDataDir, {
			executablePath: CHROMIUM.executablePath,
			headless: true,
			args: [...CHROMIUM.args, `--proxy-server=http://${proxy}`],
			viewport: CHROMIUM.viewport,
			serviceWorkers: 'allow'
		});
	} catch (error) {
		rmSync(userDataDir, { recursive: true, force: true });
		throw error;
	}
	await context.addInitScript({ content: `window.__cakupanBenchConfig = ${JSON.stringify(probe)};\n${PROBE}` });
	const offOrigin: string[] = [];
	const { host } = new URL(origin);
	context.on('request', (request) => {
		const url = new URL(request.url());
		if (url.protocol === 'data:' || url.protocol === 'blob:') return;
		if (url.host !== host) offOrigin.push(request.url());
	});
	const page = context.pages()[0] ?? (await context.newPage());
	return {
		context,
		page,
		browserPid: findBrowserPid(userDataDir),
		offOrigin,
		async close() {
			await context.close().catch(() => {});
			rmSync(userDataDir, { recursive: true, force: true });
		}
	};
}

interface ProcInfo {
	readonly pid: number;
	readonly ppid: number;
	readonly cmdline: string;
}

function processes(): ProcInfo[] {
	const out: ProcInfo[] = [];
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			// comm may hold spaces or parentheses: the fields we want follow the last ')'.
			const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
			const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replaceAll('\0', ' ');
			out.push({ pid: Number(entry), ppid, cmdline });
		} catch {
			// the process ended while we looked
		}
	}
	return out;
}

/** The browser process: the one started with this user-data dir and no `--type=`. */
function findBrowserPid(userDataDir: string): number | null {
	const found = processes().find((p) => p.cmdline.includes(`--user-data-dir=${userDataDir}`) && !p.cmdline.includes('--type='));
	return found?.pid ?? null;
}

/** Every renderer process under the browser (through the zygote), with its peak resident set. */
export function rendererPeaks(browserPid: number): { pid: number; vmHwmBytes: number }[] {
	const all = processes();
	const children = new Map<number, ProcInfo[]>();
	for (const p of all) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
	const out: { pid: number; vmHwmBytes: number }[] = [];
	const walk = (pid: number) => {
		for (const child of children.get(pid) ?? []) {
			if (child.cmdline.includes('--type=renderer')) {
				const kb = /VmHWM:\s+(\d+)\s+kB/.exec(readStatus(child.pid));
				if (kb) out.push({ pid: child.pid, vmHwmBytes: Number(kb[1]) * 1024 });
			}
			walk(child.pid);
		}
	};
	walk(browserPid);
	return out;
}

function readStatus(pid: number): string {
	try {
		return readFileSync(`/proc/${pid}/status`, 'utf8');
	} catch {
		return '';
	}
}

/** The largest renderer peak (VmHWM) of a session in bytes, or null when no renderer was found. */
export function peakRendererBytes(session: Session): number | null {
	if (session.browserPid === null) return null;
	const peaks = rendererPeaks(session.browserPid);
	return peaks.length ? Math.max(...peaks.map((p) => p.vmHwmBytes)) : null;
}
