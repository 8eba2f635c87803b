/**
 * The `candidates` table: every row of the seeds' paritrana_2025_candidates.csv exactly as given
 * (a copy sits in scripts/sample/seeds), plus synthetic candidates of two earlier editions in
 * several provinces, every category represented, marked `source = synthetic`.
 */
import { readFileSync } from 'node:fs';
import type { CandidateCategory, CandidateKind, CandidateStage } from '$lib/contract/domain';
import { parseCsv } from './csv';
import { SEED_BUSINESSES, type EmployerRow } from './employers';
import { stream } from './prng';
import type { Reference } from './reference';

export interface CandidateRow {
	candidate_id: string;
	edition: string;
	assessment_year: number;
	province_code: string;
	category: CandidateCategory;
	stage: CandidateStage;
	candidate: string;
	candidate_kind: CandidateKind;
	region_code: string | null;
	employer_id: string | null;
	nominating_office: string | null;
	result: number | null;
	source: string | null;
	note: string | null;
}

/** The seeds' candidates file, copied unchanged from shared/seeds. */
export const SEED_CANDIDATES_CSV = new URL('./seeds/paritrana_2025_candidates.csv', import.meta.url);

const CATEGORY_OF_KIND: Readonly<Record<string, CandidateCategory>> = {
	province_government: 'province_government',
	regency_government: 'regency_government',
	village_government: 'village_government',
	// the sources do not give the businesses' size
	business: 'business',
	public_service_body: 'public_service_body'
};

const orNull = (s: string | undefined) => (s === undefined || s === '' ? null : s);

/**
 * Conflicts between the sources that the seeds' table does not carry in its `note` column but the
 * articles show (seeds/README.md): appended to the note of every row they concern, so the panel
 * view shows them beside the candidate with their source.
 */
const SOURCE_CONFLICTS: readonly { applies: (r: Record<string, string | undefined>) => boolean; note: string }[] = [
	{
		// seed 001 (Pangkalan Bun branch office) names four nominees but also says "three" twice.
		applies: (r) => r.nominating_office === 'Pangkalan Bun',
		note: 'seed 001 says KC Pangkalan Bun nominated "4" candidates in one place and "three" in two others; its list names four (Kotawaringin Barat, Sukamara, LPP Enter, Desa Sakabulin)'
	}
];

function noteOf(r: Record<string, string | undefined>): string | null {
	const notes = [orNull(r.note), ...SOURCE_CONFLICTS.filter((c) => c.applies(r)).map((c) => c.note)].filter((n): n is string => n !== null);
	return notes.length ? notes.join('; ') : null;
}

/** The seeds' rows as candidates, ids `PA2025-<province>-<nnn>` in file order per province. */
export function seedCandidates(): CandidateRow[] {
	const rows = parseCsv(readFileSync(SEED_CANDIDATES_CSV, 'utf8'));
	const counter = new Map<string, number>();
	return rows.map((r) => {
		const p = r.province_code!;
		const n = (counter.get(p) ?? 0) + 1;
		counter.set(p, n);
		const year = /(\d{4})$/.exec(r.edition!)?.[1];
		const kind = r.candidate_kind as CandidateKind;
		const category = CATEGORY_OF_KIND[kind];
		if (!category) throw new Error(`unknown candidate_kind in the seeds: ${JSON.stringify(kind)}`);
		const employer = kind === 'business' ? SEED_BUSINESSES.find((b) => b.name === r.candidate) : undefined;
		if (kind === 'business' && !employer) throw new Error(`seed business without an employer row: ${r.candidate}`);
		return {
			candidate_id: `PA${year}-${p}-${String(n).padStart(3, '0')}`,
			edition: r.edition!,
			assessment_year: Number(r.assessment_year),
			province_code: p,
			category,
			stage: r.stage as CandidateStage,
			candidate: r.candidate!,
			candidate_kind: kind,
			region_code: orNull(r.region_code),
			employer_id: employer?.employer_id ?? null,
			nominating_office: orNull(r.nominating_office),
			result: r.result ? Number(r.result) : null,
			source: r.source_file!,
			note: noteOf(r)
		};
	});
}

/** Earlier editions and the provinces they are drawn for. */
export const SYNTHETIC_EDITIONS: readonly { edition: string; assessmentYear: number }[] = [
	{ edition: 'Paritrana Award 2023', assessmentYear: 2022 },
	{ edition: 'Paritrana Award 2024', assessmentYear: 2023 }
];
export const SYNTHETIC_PROVINCES: readonly string[] = ['33', '35', '51', '61', '62', '63', '64', '73'];

/**
 * Synthetic candidates of one province for the earlier editions: the province government
 * (national stage), regencies and villages (top three ranked), businesses linked to the
 * province's employers, a public-service body and a special award.
 */
export function syntheticCandidates(
	seed: number,
	province: string,
	ref: Reference,
	employers: readonly EmployerRow[],
	branches: ReadonlyMap<string, string>
): CandidateRow[] {
	if (!SYNTHETIC_PROVINCES.includes(province)) return [];
	const out: CandidateRow[] = [];
	const provinceName = ref.provinces.find((p) => p.code === province)!.name;
	const regencies = ref.regencies.filter((r) => r.provinceCode === province);
	const desa = ref.villages.filter((v) => v.code.startsWith(province) && !v.kelurahan);
	for (const { edition, assessmentYear } of SYNTHETIC_EDITIONS) {
		const rng = stream(seed, 'candidates', edition, province);
		const prefix = `PA${edition.slice(-4)}-${province}-`;
		let n = 0;
		const add = (c: Omit<CandidateRow, 'candidate_id' | 'edition' | 'assessment_year' | 'province_code' | 'source' | 'note'>) =>
			out.push({
				candidate_id: prefix + String(++n).padStart(3, '0'),
				edition,
				assessment_year: assessmentYear,
				province_code: province,
				source: 'synthetic',
				note: null,
				...c
			});
		const office = (code: string | null) => (code && rng.chance(0.5) ? (branches.get(code.slice(0, 4)) ?? null) : null);
		add({
			category: 'province_government',
			stage: 'national',
			candidate: `Provinsi ${provinceName}`,
			candidate_kind: 'province_government',
			region_code: province,
			employer_id: null,
			nominating_office: null,
			result: rng.chance(0.4) ? rng.int(1, 3) : null
		});
		const regs = regencies;
		const regCount = Math.min(regs.length, rng.int(3, 5));
		const chosen: typeof regs = [];
		while (chosen.length < regCount) {
			const r = rng.pick(regs);
			if (!chosen.includes(r)) chosen.push(r);
		}
		chosen.forEach((r, i) =>
			add({
				category: 'regency_government',
				stage: i < 3 ? 'province_award' : 'province_interview',
				candidate: r.name,
				candidate_kind: 'regency_government',
				region_code: r.code,
				employer_id: null,
				nominating_office: office(r.code),
				result: i < 3 ? i + 1 : null
			})
		);
		const villageCount = rng.int(2, 3);
		for (let i = 0; i < villageCount + 1; i++) {
			const v = rng.pick(desa);
			const special = i === villageCount;
			add({
				category: special ? 'special_award' : 'village_government',
				stage: special || i === 0 ? 'province_award' : 'province_interview',
				candidate: `Desa ${v.name}`,
				candidate_kind: 'village_government',
				region_code: v.code,
				employer_id: null,
				nominating_office: office(v.code),
				result: special ? 1 : i === 0 ? 1 : null
			});
		}
		const active = employers.filter((e) => e.year === assessmentYear && e.region_code !== null);
		for (const [category, sizes] of [
			['business_large_medium', ['large', 'medium']],
			['business_small_micro', ['small', 'micro']]
		] as const) {
			const pool = active.filter((e) => (sizes as readonly string[]).includes(e.size));
			for (let i = 0; i < 2 && pool.length > 0; i++) {
				const e = pool.splice(rng.int(0, pool.length - 1), 1)[0]!;
				add({
					category,
					stage: i === 0 ? 'province_award' : 'province_interview',
					candidate: e.name,
					candidate_kind: 'business',
					region_code: e.region_code,
					employer_id: e.employer_id,
					nominating_office: office(e.region_code),
					result: i === 0 ? 1 : null
				});
			}
		}
		const host = rng.pick(regencies);
		add({
			category: 'public_service_body',
			stage: 'province_award',
			candidate: `BLUD Fiktif Layanan ${province}-${edition.slice(-2)}`,
			candidate_kind: 'public_service_body',
			region_code: host.code,
			employer_id: null,
			nominating_office: office(host.code),
			result: 1
		});
	}
	return out;
}
