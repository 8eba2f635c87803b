/**
 * Generates the synthetic sample (DOMAIN.md section 6): builds every table of the contract
 * from the seeded modules of this folder, loads them into native DuckDB and writes Parquet and
 * `dataset.json` with the dataset writer. National quantities (workforce, province plan,
 * budgets' 2022 scale, branch offices) are always computed for all of Indonesia, so a run
 * limited to some provinces writes exactly the rows the full run writes for them.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { NATIONAL_CODE, PROGRAMMES, REGION_EDITION, SEGMENTS, SEGMENT_PROGRAMMES, UCJ_SEGMENTS } from '$lib/contract/domain';
import type { Manifest } from '$lib/contract/manifest';
import { TABLE_NAMES, type TableName } from '$lib/contract/schema';
import { createContractTables, writeDataset, type DatasetMeta } from '../lib/dataset-writer';
import { openNative } from '../lib/native-db';
import { YEARS } from './anchors';
import { buildRegionalBudget } from './budget';
import { seedCandidates, syntheticCandidates } from './candidates';
import { buildEmployers, employersPerProvince } from './employers';
import { TableLoader, tempFolder } from './loader';
import { MONTHS, MONTH_COUNT, decemberIndex } from './months';
import { distributeDecember, monthlySeries } from './participation';
import { programmeActive, programmeShares } from './programme-shares';
import { buildProvincePlan } from './province-plan';
import { loadReference } from './reference';
import { assignBranches, buildRegions } from './regions';
import { buildRegulations } from './regulations';
import { buildTargets } from './targets';
import { APBDES_YEARLY_IDR, splitToVillages, villageSupport } from './villages';
import { buildWorkforce } from './workforce';

export type Scale = 'sample' | 'village';

export interface GenerateOptions {
	seed: number;
	/** Output folder (Parquet files and dataset.json). */
	out: string;
	/** Only these provinces' rows (all when absent). */
	provinces?: readonly string[] | null;
	/** `sample`: villages every December; `village`: villages every month in `villageProvinces`. */
	scale?: Scale;
	villageProvinces?: readonly string[];
	/** Progress lines (default: none). */
	log?: (line: string) => void;
}

/** Provinces whose villages go monthly at the village scale: the three with the most villages. */
export const DEFAULT_VILLAGE_PROVINCES = ['32', '33', '35'] as const;

/** Fixed so re-running gives an identical manifest (the files' content depends only on the seed). */
export const GENERATED_AT = '2026-01-01T00:00:00.000Z';

/** The manifest fields of the sample. */
export function sampleMeta(seed: number, scale: Scale): DatasetMeta {
	return {
		name: scale === 'sample' ? 'cakupan-sample' : 'cakupan-sample-village',
		title:
			scale === 'sample'
				? 'Cakupan synthetic sample: BPJS Ketenagakerjaan coverage, all of Indonesia, 2019–2025 (DATA SINTETIS)'
				: 'Cakupan synthetic sample at village scale (monthly villages in some provinces), 2019–2025 (DATA SINTETIS)',
		version: `2025.12-s${seed}${scale === 'sample' ? '' : '-village'}`,
		generated_at: GENERATED_AT,
		synthetic: true,
		region_edition: REGION_EDITION,
		period: { from: '2019-01', to: '2025-12' },
		sources: [
			{
				name: `Kemendagri region codes and names (${REGION_EDITION})`,
				note: 'data/reference, from github.com/cahyadsn/wilayah',
				license: 'MIT',
				attribution: 'Cahya DSN, MIT License',
				url: 'https://github.com/cahyadsn/wilayah'
			},
			{
				name: 'Dukcapil population, Semester II 2024',
				note: 'apportions the BPS August workforce to regencies (data/reference/population_area.csv)',
				license: 'MIT',
				attribution: 'Cahya DSN, MIT License',
				url: 'https://github.com/cahyadsn/wilayah'
			},
			{
				name: 'DOMAIN.md calibration figures',
				note: 'national and province figures from public releases (BPS Sakernas, Kemnaker Satu Data Ketenagakerjaan, BPJS Ketenagakerjaan, Kemendagri) as reported in the press'
			},
			{
				name: 'Synthetic figures',
				note: `every participation, workforce split, budget, regulation, employer and synthetic candidate figure is made up by scripts/generate-sample.ts with seed ${seed}; the named Paritrana 2025 candidates come from news reports, their figures are as synthetic as the rest`
			}
		]
	};
}

/** Remove what an earlier run wrote in `dir` (contract tables and the manifest), nothing else. */
function clearDataset(dir: string) {
	if (!existsSync(dir)) return;
	for (const entry of readdirSync(dir)) {
		const table = entry.replace(/\.parquet$/, '');
		if (entry === 'dataset.json' || (TABLE_NAMES as string[]).includes(table)) {
			rmSync(join(dir, entry), { recursive: true, force: true });
		}
	}
}

/** Generate a dataset into `options.out`; resolves to the manifest written. */
export async function generateSample(options: GenerateOptions): Promise<Manifest> {
	const { seed, out, scale = 'sample', log = () => {} } = options;
	const villageProvinces = new Set(scale === 'village' ? (options.villageProvinces ?? DEFAULT_VILLAGE_PROVINCES) : []);
	const t0 = Date.now();
	const step = (what: string) => log(`${((Date.now() - t0) / 1000).toFixed(1).padStart(5)} s  ${what}`);

	const ref = loadReference();
	const allProvinces = ref.provinces.map((p) => p.code);
	const selected = new Set(options.provinces ?? allProvinces);
	for (const p of selected) if (!allProvinces.includes(p)) throw new Error(`unknown province: ${JSON.stringify(p)}`);
	const inSelection = (code: string) => selected.has(code.slice(0, 2));

	const workforce = buildWorkforce(seed, ref.regencies);
	const plan = buildProvincePlan(seed, workforce);
	const { december } = distributeDecember(seed, ref.regencies, workforce, plan);
	const branches = assignBranches(ref.regencies, workforce);
	const seeds = seedCandidates();
	const candidateVillages = new Set(
		seeds.filter((c) => c.candidate_kind === 'village_government').flatMap((c) => c.region_code?.split('|') ?? [])
	);
	const candidateRegencies = new Map(
		seeds.filter((c) => c.candidate_kind === 'regency_government').map((c) => [c.region_code!, 2022] as const)
	);
	step('plan');

	const conn = await openNative();
	const tmp = tempFolder();
	try {
		await createContractTables(conn);
		const loader = (table: TableName) => new TableLoader(conn, table, tmp.dir);

		const regions = loader('regions');
		for (const r of buildRegions(ref, branches)) {
			if (!inSelection(r.code)) continue;
			regions.add([r.code, r.name, r.level, r.parent_code, r.province_code, r.kind, r.kanwil, r.branch_office]);
		}
		await regions.flush();

		const wf = loader('workforce');
		for (const [code, years] of workforce) {
			if (!inSelection(code)) continue;
			for (const w of years.values()) wf.add([w.region_code, w.year, w.working_population, w.formal, w.informal, w.eligible]);
		}
		await wf.flush();

		const targets = loader('ucj_targets');
		const ucj2024 = new Map<string, number>();
		for (const p of allProvinces) {
			let active = 0, eligible = 0;
			for (const r of ref.regencies) {
				if (r.provinceCode !== p) continue;
				const d = december.get(r.code)!.get(2024)!;
				active += UCJ_SEGMENTS.reduce((s, seg) => s + d[seg], 0);
				eligible += workforce.get(r.code)!.get(2024)!.eligible;
			}
			ucj2024.set(p, (100 * active) / eligible);
		}
		// Indonesia's rows only in a full run: a run limited to some provinces writes their rows alone
		const wanted = (code: string) => (code === NATIONAL_CODE ? options.provinces == null : selected.has(code));
		for (const t of buildTargets(seed, ucj2024)) if (wanted(t.province_code)) targets.add([t.province_code, t.year, t.target_pct]);
		await targets.flush();
		step('regions, workforce, targets');

		const participation = loader('participation');
		const programme = loader('participation_programme');
		const village = loader('participation_village');
		const support = loader('villages_support');
		for (const r of ref.regencies) {
			if (!inSelection(r.code)) continue;
			const series = monthlySeries(seed, r.code, december.get(r.code)!);
			const shares = programmeShares(seed, r.code);
			for (let i = 0; i < MONTH_COUNT; i++) {
				const month = MONTHS[i]!;
				for (const seg of SEGMENTS) {
					const active = series.active[seg][i]!;
					participation.add([r.code, month, seg, active, series.nonActive[seg][i]!, series.newRegistrations[seg][i]!, series.contributions[seg][i]!]);
					const s = shares(seg, i);
					for (const prog of PROGRAMMES) {
						if (!SEGMENT_PROGRAMMES[seg].includes(prog)) continue;
						programme.add([r.code, month, seg, prog, programmeActive(prog, active, s)]);
					}
				}
			}
			const [from, to] = ref.villageRange.get(r.code)!;
			const villages = ref.villages.slice(from, to);
			const sup = villageSupport(seed, r.code, villages, (y) => series.active.BPU[decemberIndex(y)]!, candidateVillages);
			for (const year of YEARS) {
				const s = sup.get(year)!;
				villages.forEach((v, k) =>
					support.add([v.code, year, s.officials[k]!, s.vulnerable[k]!, s.apbdesPeople[k]!, s.apbdesPeople[k]! * APBDES_YEARLY_IDR])
				);
			}
			const monthly = villageProvinces.has(r.provinceCode);
			splitToVillages(seed, villages, series, sup, monthly, (code, i, seg, a, na) => village.add([code, MONTHS[i]!, seg, a, na]));
			for (const l of [participation, programme, village, support]) if (l.full) await l.flush();
		}
		for (const l of [participation, programme, village, support]) await l.flush();
		step(`participation (${participation.rows} rows), programmes, villages (${village.rows} rows)`);

		const budget = loader('regional_budget');
		for (const b of buildRegionalBudget(seed, allProvinces, ref.regencies, december, plan, candidateRegencies)) {
			if (inSelection(b.region_code)) budget.add([b.region_code, b.year, b.vulnerable_idr, b.vulnerable_people, b.non_asn_idr, b.non_asn_people]);
		}
		await budget.flush();

		const regulations = loader('regional_regulations');
		for (const g of buildRegulations(seed, allProvinces, ref.regencies, new Set(candidateRegencies.keys()))) {
			if (inSelection(g.region_code)) regulations.add([g.region_code, g.year, g.type, g.number, g.title, g.issued_on]);
		}
		await regulations.flush();

		const employers = loader('employers');
		const candidates = loader('candidates');
		const perProvince = employersPerProvince(workforce);
		for (const p of allProvinces) {
			if (!selected.has(p)) continue;
			const rows = buildEmployers(seed, p, perProvince.get(p)!, ref.regencies);
			for (const e of rows) {
				employers.add([
					e.employer_id, e.year, e.name, e.region_code, e.province_code, e.size, e.sector, e.workers, e.workers_registered,
					e.has_jkk, e.has_jkm, e.has_jht, e.has_jp, e.has_jkp, e.wage_reported_idr, e.wage_reference_idr,
					e.months_in_arrears, e.vulnerable_sponsored
				]);
			}
			const list = [...seeds.filter((c) => c.province_code === p), ...syntheticCandidates(seed, p, ref, rows, branches)];
			for (const c of list) {
				candidates.add([
					c.candidate_id, c.edition, c.assessment_year, c.province_code, c.category, c.stage, c.candidate, c.candidate_kind,
					c.region_code, c.employer_id, c.nominating_office, c.result, c.source, c.note
				]);
			}
		}
		await employers.flush();
		await candidates.flush();
		step('budgets, regulations, employers, candidates');

		clearDataset(out);
		const manifest = await writeDataset(conn, out, sampleMeta(seed, scale));
		step(`wrote ${out}`);
		return manifest;
	} finally {
		tmp.dispose();
		conn.closeSync();
	}
}

