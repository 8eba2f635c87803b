/** The bench's command line. */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { RESULTS_FILE, TIMEOUTS } from './config';

/** Groups of measures that can be run alone (`--only cold,warm`). */
export const GROUPS = ['cold', 'slow', 'warm', 'villages', 'queries', 'data'] as const;
/**
 * The groups run without `--only`: all but `data` (issue 11's loads on `/data/`), which takes
 * 4 × `--runs` fresh browsers, each loading the app and a file (about 3 minutes at the default 7
 * runs on this machine, over the ~60 s a default run may grow by): run it with `--only data`.
 */
export const DEFAULT_GROUPS: readonly Group[] = ['cold', 'slow', 'warm', 'villages', 'queries'];
/** One group of measures. */
export type Group = (typeof GROUPS)[number];

/** What the command line asked for. */
export interface Options {
	readonly scale: 'sample' | 'village' | 'all' | null;
	/** A dataset folder benchmarked as scale `custom` (instead of --scale). */
	readonly dataset: string | null;
	readonly build: boolean;
	readonly rebuild: boolean;
	/** Measure the baseline page too (deep links, ratios); false: Cakupan alone, as before. */
	readonly baseline: boolean;
	/** Cold loads (each also gives a repeat visit); also the villages samples on `/kantor/`. */
	readonly runs: number;
	/** Warm changes of each kind. */
	readonly changes: number;
	readonly slowRuns: number;
	/** How the slow link is made: the bench server shapes it, or CDP on the page. */
	readonly slowVia: 'server' | 'cdp';
	/** How long a slow first visit may take to show figures (ms). */
	readonly slowTimeout: number;
	readonly queryRuns: number;
	readonly only: readonly Group[];
	readonly out: string;
}

/** The --help text. */
export const USAGE = `Usage: npm run bench [-- options]

  --scale sample|village|all   datasets to bench (default: all when the village dataset exists, else sample)
  --dataset DIR                bench any dataset folder instead, reported as scale "custom"
  --no-build                   serve the last build of each scale (bench/out/site-<scale>/build)
  --rebuild                    build even when sources and dataset are unchanged
  --no-baseline                measure Cakupan alone: no baseline page, deep links or ratios
                               (about a third of the time)
  --runs N                     cold loads per scale, each with a repeat visit (default 7); also
                               the regencies whose villages /kantor/ opens (one per province)
  --changes N                  warm changes of each kind (default 50)
  --slow-runs N                first visits at 2 Mbps / 300 ms (default 3)
  --slow-via server|cdp        slow link shaped by the bench server (default; slows the service
                               worker too) or by CDP on the page only
  --slow-timeout S             give up on first figures on the slow link after S seconds (default 30)
  --query-runs N               runs per query in Node (default 15)
  --only cold,slow,warm,villages,queries,data  run only these groups (default: all but data;
                               data loads files on /data/, --runs of each, opt-in)
  --out FILE                   results file (default bench/results.json)`;

function count(value: string | undefined, name: string, fallback: number, min: number): number {
	if (value === undefined) return fallback;
	const n = Number(value);
	if (!Number.isInteger(n) || n < min) throw new Error(`--${name} needs a whole number ≥ ${min}, got ${JSON.stringify(value)}`);
	return n;
}

/** Parse the command line; `help` when --help was asked. Throws naming a bad option. */
export function parseOptions(argv: readonly string[]): Options | 'help' {
	const { values } = parseArgs({
		args: [...argv],
		options: {
			scale: { type: 'string' },
			dataset: { type: 'string' },
			'no-build': { type: 'boolean', default: false },
			rebuild: { type: 'boolean', default: false },
			'no-baseline': { type: 'boolean', default: false },
			runs: { type: 'string' },
			changes: { type: 'string' },
			'slow-runs': { type: 'string' },
			'slow-via': { type: 'string' },
			'slow-timeout': { type: 'string' },
			'query-runs': { type: 'string' },
			only: { type: 'string' },
			out: { type: 'string' },
			help: { type: 'boolean', short: 'h', default: false }
		},
		strict: true
	});
	if (values.help) return 'help';
	const scale = values.scale ?? null;
	if (scale !== null && !['sample', 'village', 'all'].includes(scale)) throw new Error(`--scale must be sample, village or all, got ${JSON.stringify(scale)}`);
	if (scale !== null && values.dataset) throw new Error('give --scale or --dataset, not both');
	const slowVia = values['slow-via'] ?? 'server';
	if (slowVia !== 'server' && slowVia !== 'cdp') throw new Error(`--slow-via must be server or cdp, got ${JSON.stringify(slowVia)}`);
	const only = values.only ? values.only.split(',').map((s) => s.trim()) : [...DEFAULT_GROUPS];
	for (const group of only) if (!(GROUPS as readonly string[]).includes(group)) throw new Error(`--only: unknown group ${JSON.stringify(group)} (expected ${GROUPS.join(', ')})`);
	return {
		scale: scale as Options['scale'],
		dataset: values.dataset ? resolve(values.dataset) : null,
		build: !values['no-build'],
		rebuild: values.rebuild ?? false,
		baseline: !values['no-baseline'],
		runs: count(values.runs, 'runs', 7, 1),
		changes: count(values.changes, 'changes', 50, 1),
		slowRuns: count(values['slow-runs'], 'slow-runs', 3, 0),
		slowVia,
		slowTimeout: count(values['slow-timeout'], 'slow-timeout', TIMEOUTS.slowFigures / 1000, 1) * 1000,
		queryRuns: count(values['query-runs'], 'query-runs', 15, 1),
		only: only as Group[],
		out: values.out ? resolve(values.out) : RESULTS_FILE
	};
}
