/**
 * `npm run test:stress`: the long versions of the suites `npm test` runs at a size that keeps it
 * quick. Each step is a command and the environment that makes it long; they run one after the
 * other (two cores: parallel steps would only queue) and the first failure stops the run with its
 * exit code. A new stress part is one more entry in STEPS.
 *
 * Seeds stay the suites' fixed defaults unless set: `FUZZ_SEED=7 HOSTILE_SEED=7 npm run test:stress`
 * tries other cases; a failure prints the seed and the case that reproduce it. E2E_PORT passes
 * through to Playwright as in `npm run test:e2e`.
 *
 * Usage: `npm run test:stress` (all steps) or `npm run test:stress -- hostile-urls` (named steps).
 */
import { spawnSync } from 'node:child_process';

interface Step {
	readonly name: string;
	readonly command: readonly string[];
	readonly env?: Readonly<Record<string, string>>;
	/** Runs against the built site (Playwright): the site is built first when stale, once per run. */
	readonly e2e?: boolean;
}

const STEPS: readonly Step[] = [
	// The whole sample regenerated and compared with the committed one (tests/sample/determinism.test.ts).
	{ name: 'sample-full', command: ['npx', 'vitest', 'run', 'tests/sample/determinism.test.ts'], env: { SAMPLE_FULL: '1' } },
	// 4,000 seeded hostile query strings per view through every parameter set (tests/unit/state).
	{ name: 'params-fuzz', command: ['npx', 'vitest', 'run', 'tests/unit/state'], env: { FUZZ_RUNS: '4000' } },
	// 600 hostile URLs over every view, in the browser (tests/e2e/hostile-urls.spec.ts).
	{ name: 'hostile-urls', command: ['npx', 'playwright', 'test', 'tests/e2e/hostile-urls.spec.ts'], env: { HOSTILE_URLS: '600' }, e2e: true },
	// Fast clicking: 1,000 seeded steps per view, three seeds (tests/e2e/fast-clicks.spec.ts).
	...['1', '2', '3'].map(
		(seed): Step => ({ name: `fast-clicks-${seed}`, command: ['npx', 'playwright', 'test', 'tests/e2e/fast-clicks.spec.ts'], env: { CLICKS_STEPS: '1000', CLICKS_SEED: seed }, e2e: true })
	)
];

/** As `npm run test:e2e` does first (`pretest:e2e`): build the site when it is older than its sources. */
const BUILD: Step = { name: 'build', command: ['npx', 'tsx', 'scripts/ensure-build.ts'] };

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !STEPS.some((s) => s.name === name));
if (unknown.length) {
	console.error(`unknown stress step: ${unknown.join(', ')}; steps: ${STEPS.map((s) => s.name).join(', ')}`);
	process.exit(2);
}
const chosen = wanted.length ? STEPS.filter((s) => wanted.includes(s.name)) : STEPS;
const first = chosen.findIndex((s) => s.e2e);
const steps = first < 0 ? chosen : [...chosen.slice(0, first), BUILD, ...chosen.slice(first)];

for (const step of steps) {
	// An explicit value in the caller's environment wins (e.g. HOSTILE_URLS=100 for a shorter run).
	const env: NodeJS.ProcessEnv = { ...process.env, ...Object.fromEntries(Object.entries(step.env ?? {}).filter(([k]) => process.env[k] === undefined)) };
	const shown = Object.entries(step.env ?? {}).map(([k]) => `${k}=${env[k]}`).join(' ');
	console.log(`\n== stress: ${step.name}: ${shown ? `${shown} ` : ''}${step.command.join(' ')}`);
	const started = Date.now();
	const result = spawnSync(step.command[0]!, step.command.slice(1), { stdio: 'inherit', env });
	const seconds = ((Date.now() - started) / 1000).toFixed(1);
	if (result.status !== 0) {
		console.error(`== stress: ${step.name} failed after ${seconds} s (exit ${result.status ?? result.signal})`);
		process.exit(result.status ?? 1);
	}
	console.log(`== stress: ${step.name} passed in ${seconds} s`);
}
