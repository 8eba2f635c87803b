/**
 * `npm run bench`: the overview's performance budget, measured on the built site in the
 * system Chromium, for each data scale. See bench/README.md.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { GROUPS, parseOptions, USAGE, type Options } from './args';
import { APP, KANTOR, KANTOR_PROBE, OUT_DIR, PENILAIAN, PENILAIAN_PROBE, ROOT, kantorPath, kantorScopeOf, penilaianPath, type Target } from './config';
import { prepareBaseline } from './baseline/build';
import { coldRun, type ColdRun } from './measures/cold';
import { dataLoads, type DataRuns } from './measures/data';
import { kantorWarmSession } from './measures/kantor';
import { mapFileSizes } from './measures/kantor-map';
import { kantorVillages, onePerProvince } from './measures/kantor-villages';
import { penilaianWarmSession } from './measures/penilaian';
import { runQueries, villageRegencies, type QueryResult } from './measures/queries';
import { slowRun, type SlowRun } from './measures/slow';
import { warmSession, type WarmResult } from './measures/warm';
import { formatTable, round, writeResults, type Measured } from './results';
import { startServer } from './server';
import { DATASETS, MAKE_DATASET, datasetProblem, prepareSite } from './site';
import { skippedScale, summarize, type ComparedRuns, type DeepLink } from './summarize';
import type { KantorRuns } from './summarize-kantor';
import type { PenilaianRuns } from './summarize-penilaian';
import type { Scale } from './targets';

const say = (line: string) => console.log(line);
/** Issue 10 asks for at most 30 weight changes per warm session (a panel's session, not a stress test). */
const PENILAIAN_MAX_CHANGES = 30;
const ms = (t: number | null | undefined) => (t == null ? '-' : `${Math.round(t)} ms`);
const mb = (b: number | null | undefined) => (b == null ? '-' : `${round(b / 1e6)} MB`);

/** The scales to run and their dataset folders. */
function plan(options: Options): { scale: Scale; dir: string }[] {
	if (options.dataset) return [{ scale: 'custom', dir: options.dataset }];
	const village = resolve(ROOT, DATASETS.village);
	const scale = options.scale ?? (datasetProblem(village) ? 'sample' : 'all');
	if (options.scale === null && scale === 'sample') {
		say(`village scale skipped: ${datasetProblem(village)}; make it with \`${MAKE_DATASET.village}\``);
	}
	const names: ('sample' | 'village')[] = scale === 'all' ? ['sample', 'village'] : [scale as 'sample' | 'village'];
	return names.map((s) => ({ scale: s, dir: resolve(ROOT, DATASETS[s]) }));
}

async function benchScale(scale: Scale, dir: string, options: Options): Promise<Measured[]> {
	const started = performance.now();
	say(`\n== ${scale} (${relative(ROOT, dir) || dir})`);
	const problem = datasetProblem(dir);
	if (problem) {
		const make = scale === 'custom' ? '' : `; make it with \`${MAKE_DATASET[scale]}\``;
		say(`  skipped: ${problem}${make}`);
		return skippedScale(scale, `${problem}${make}`);
	}
	let site;
	try {
		site = await prepareSite(scale, dir, { build: options.build, force: options.rebuild, say });
	} catch (error) {
		say(`  skipped: ${(error as Error).message}`);
		return skippedScale(scale, `build failed: ${(error as Error).message.split('\n')[0]}`);
	}
	const { database, period } = site.manifest;
	const details = Object.values(database.detail);
	say(`  data: ${database.file}, ${round(database.bytes / 1e6)} MB, ${Object.entries(database.tables).map(([t, n]) => `${t} ${n}`).join(', ')}; ${period.from}..${period.to}`);
	say(`  village detail: ${details.length} province files, ${round(details.reduce((n, d) => n + d.bytes, 0) / 1e6)} MB in all, largest ${round(Math.max(0, ...details.map((d) => d.bytes)) / 1e6)} MB`);
	let baselineProblem: string | null = options.baseline ? null : 'not run (--no-baseline)';
	if (options.baseline) {
		try {
			await prepareBaseline(site.buildDir, { build: options.build, force: options.rebuild, say });
		} catch (error) {
			baselineProblem = `baseline page unavailable: ${(error as Error).message.split('\n')[0]}`;
			say(`  ${baselineProblem}; measuring Cakupan alone`);
		}
	}
	const baseline = baselineProblem === null;

	const server = await startServer({ root: site.buildDir });
	const has = (group: (typeof GROUPS)[number]) => options.only.includes(group);
	let cold: ColdRun[] | null = null;
	let slow: SlowRun[] | null = null;
	let warm: WarmResult | null = null;
	let queries: QueryResult | null = null;
	let compared: ComparedRuns = { problem: baselineProblem, baselineCold: null, deepLinks: null, baselineWarm: null, provinceMonth: null };
	let kantor: KantorRuns = { cold: null, warm: null, villages: null, mapFile: null };
	let penilaian: PenilaianRuns = { cold: null, warm: null };
	let data: DataRuns = null;
	const who = (target: Target) => (target === 'app' ? 'Cakupan' : 'baseline');
	try {
		const regencies = has('queries') ? await villageRegencies(site, options.queryRuns) : [];

		if (has('cold')) {
			cold = [];
			const kantorCold: NonNullable<KantorRuns['cold']> = { default: [], province: [] };
			const penilaianCold: ColdRun[] = [];
			const baselineCold: ColdRun[] = [];
			const deepLinks: Record<Target, Record<DeepLink, ColdRun[]>> = { app: { province: [], regency: [] }, baseline: { province: [], regency: [] } };
			// Cakupan and the baseline page alternate, load after load, so both see the same machine.
			for (let i = 0; i < options.runs; i++) {
				const run = await coldRun(site, server, { repeat: true });
				cold.push(run);
				say(
					`  cold ${i + 1}/${options.runs}: first figures ${ms(run.firstFigures)}${run.firstSource ? ` (${run.firstSource})` : ''}, ready ${ms(run.ready)}, ` +
						`sent ${mb(run.bytesToReady.total)}, renderer ${mb(run.memoryBytes)}, repeat ready ${ms(run.repeat?.ready)}${run.error ? ` [${run.error}]` : ''}`
				);
				// /kantor/ at its default view and deep-linked to a province, in the same alternation.
				const kantorLine: string[] = [];
				for (const link of ['default', 'province'] as const) {
					const area = link === 'province' ? KANTOR.province : null;
					const path = kantorPath({ area });
					const k = await coldRun(site, server, { repeat: false, path, probe: KANTOR_PROBE, liveArea: area === null ? null : kantorScopeOf(area) });
					kantorCold[link].push(k);
					kantorLine.push(`${path} ${ms(k.firstFigures)}${k.firstSource ? ` (${k.firstSource})` : ''}${k.error ? ` [${k.error}]` : ''}`);
				}
				say(`  cold ${i + 1}/${options.runs} kantor: first figures ${kantorLine.join(', ')}`);
				// /penilaian/ deep-linked to a province's category, in the same alternation.
				const panelPath = penilaianPath(PENILAIAN.cold);
				const panel = await coldRun(site, server, { repeat: false, path: panelPath, probe: PENILAIAN_PROBE, liveArea: null });
				penilaianCold.push(panel);
				const scored = panel.attrsSeen[PENILAIAN.scoredAttr];
				say(`  cold ${i + 1}/${options.runs} penilaian: first figures ${panelPath} ${ms(panel.firstFigures)}${panel.firstSource ? ` (${panel.firstSource})` : ''}, ranking ${ms(scored)}${panel.error ? ` [${panel.error}]` : ''}`);
				if (!baseline) continue;
				const base = await coldRun(site, server, { repeat: false, target: 'baseline' });
				baselineCold.push(base);
				say(`  cold ${i + 1}/${options.runs} baseline: first chart ${ms(base.firstFigures)}, ready ${ms(base.ready)}, sent ${mb(base.bytesToReady.total)}, renderer ${mb(base.memoryBytes)}${base.error ? ` [${base.error}]` : ''}`);
				for (const link of ['province', 'regency'] as const) {
					const line: string[] = [];
					for (const target of ['app', 'baseline'] as const) {
						const deep = await coldRun(site, server, { repeat: false, target, area: APP.deepLinks[link] });
						deepLinks[target][link].push(deep);
						line.push(`${who(target)} ${ms(deep.firstFigures)} (${APP.deepLinks[link]} drawn ${ms(deep.areaRendered)})${deep.error ? ` [${deep.error}]` : ''}`);
					}
					say(`  cold ${i + 1}/${options.runs} ${link} deep link: first figures ${line.join(', ')}`);
				}
			}
			if (baseline) compared = { ...compared, baselineCold, deepLinks };
			kantor = { ...kantor, cold: kantorCold, mapFile: mapFileSizes(site) };
			penilaian = { ...penilaian, cold: penilaianCold };
		}
		if (has('slow') && options.slowRuns > 0) {
			slow = [];
			for (let i = 0; i < options.slowRuns; i++) {
				const run = await slowRun(server, { via: options.slowVia, timeout: options.slowTimeout });
				slow.push(run);
				say(`  2 Mbps ${i + 1}/${options.slowRuns}: first figures ${ms(run.firstFigures)}${run.note ? ` [${run.note}]` : ''}`);
				if (run.firstFigures === null) break; // the rest would time out the same way
			}
		}
		if (has('warm')) {
			warm = await warmSession(site, server, { changes: options.changes });
			const summary = (w: WarmResult) => {
				const count = (kind: string) => w.samples.filter((s) => s.kind === kind).length;
				return `${count('linked')} linked, ${count('area')} area changes${w.problems.linked ? ` [linked: ${w.problems.linked}]` : ''}${w.problems.area ? ` [area: ${w.problems.area}]` : ''}`;
			};
			say(`  warm: ${summary(warm)}`);
			if (baseline) {
				const baselineWarm = await warmSession(site, server, { changes: options.changes, target: 'baseline' });
				say(`  warm baseline: ${summary(baselineWarm)}`);
				const provinceMonth: Record<Target, WarmResult | null> = { app: null, baseline: null };
				for (const target of ['app', 'baseline'] as const) {
					provinceMonth[target] = await warmSession(site, server, { changes: options.changes, areaChanges: 0, target, start: APP.deepLinks.province });
					say(`  warm ${who(target)}, month changes in ${APP.deepLinks.province}: ${summary(provinceMonth[target]!)}`);
				}
				compared = { ...compared, baselineWarm, provinceMonth };
			}
			const kantorWarm = await kantorWarmSession(site, server, { changes: options.changes });
			const count = (kind: string) => kantorWarm.samples.filter((s) => s.kind === kind).length;
			const problems = [kantorWarm.stopped, ...Object.entries(kantorWarm.problems).map(([k, p]) => (p ? `${k}: ${p}` : null))].filter(Boolean);
			say(`  warm kantor: ${count('metric')} metric, ${count('month')} month, ${count('scope')} area changes, ${count('select')} regency selections${problems.length ? ` [${problems.join('; ')}]` : ''}`);
			kantor = { ...kantor, warm: kantorWarm };
			const panelWarm = await penilaianWarmSession(server, { changes: Math.min(options.changes, PENILAIAN_MAX_CHANGES) });
			const panelCount = (kind: string) => panelWarm.samples.filter((s) => s.kind === kind).length;
			const panelProblems = [panelWarm.stopped, ...Object.entries(panelWarm.problems).map(([k, p]) => (p ? `${k}: ${p}` : null))].filter(Boolean);
			say(`  warm penilaian: ${panelCount('weight')} weight changes, ${panelCount('candidate')} candidate switches${panelProblems.length ? ` [${panelProblems.join('; ')}]` : ''}`);
			penilaian = { ...penilaian, warm: panelWarm };
		}
		if (has('villages')) {
			const picked = onePerProvince(await villageRegencies(site, Number.MAX_SAFE_INTEGER), options.runs);
			const villages = await kantorVillages(site, server, { regencies: picked });
			for (const r of villages.runs) say(`  kantor villages ${r.regency}: ${ms(r.ms)}${r.rows === null ? '' : `, ${r.rows} rows`}${r.note ? ` [${r.note}]` : ''}`);
			kantor = { ...kantor, villages };
		}
		if (has('data')) {
			// Issue 11: a user's file on /data/ (opt-in, see args.ts DEFAULT_GROUPS).
			data = await dataLoads(server, { runs: options.runs, say });
		}
		if (has('queries')) {
			queries = await runQueries(site, { runs: options.queryRuns, regencies });
			say(`  queries: ${queries.overview.length} overview queries × ${options.queryRuns}, village list × ${queries.village?.regencies.length ?? 0} (native and WASM in Node)`);
		}
	} finally {
		await server.close();
	}

	const runs = { scale, cold, slow, slowVia: options.slowVia, warm, queries, kantor, penilaian, data, trapped: server.offOrigin.map((r) => r.target), compared };
	mkdirSync(OUT_DIR, { recursive: true });
	writeFileSync(join(OUT_DIR, `details-${scale}.json`), JSON.stringify(runs, null, '\t') + '\n');
	say(`  done in ${Math.round((performance.now() - started) / 1000)} s (raw runs: bench/out/details-${scale}.json)`);
	return summarize(runs);
}

async function main(): Promise<void> {
	const options = parseOptions(process.argv.slice(2));
	if (options === 'help') {
		say(USAGE);
		return;
	}
	if (!existsSync(ROOT)) throw new Error(`no repo at ${ROOT}`);
	const started = performance.now();
	const all: Measured[] = [];
	for (const { scale, dir } of plan(options)) all.push(...(await benchScale(scale, dir, options)));
	say(`\n${formatTable(all)}`);
	writeResults(options.out, all);
	say(`\nwrote ${relative(ROOT, options.out)} (${all.length} entries) in ${Math.round((performance.now() - started) / 1000)} s`);
}

main().catch((error: unknown) => {
	console.error(`bench: ${(error as Error)?.stack ?? error}`);
	process.exitCode = 1;
});
