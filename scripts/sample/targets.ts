/**
 * The `ucj_targets` table: a Kemendagri coverage target per province for 2021–2025, rising each
 * year, and Indonesia's (`ID`) for the same years. DKI Jakarta (66), Bali (67.28) and Indonesia
 * (52.15) in 2025 are the published values (DOMAIN.md section 2); the other provinces are drawn
 * a few points above the province's own coverage, in 35–70; Indonesia's earlier years are
 * NATIONAL_UCJ_TARGETS.
 */
import { NATIONAL_CODE } from '$lib/contract/domain';
import { NATIONAL_UCJ_TARGETS, UCJ_TARGETS_2025 } from './anchors';
import { stream } from './prng';

export interface TargetRow {
	province_code: string;
	year: number;
	target_pct: number;
}

const round2 = (v: number) => Math.round(v * 100) / 100;

/** Targets for the given provinces and for Indonesia; `ucj2024` is each province's December 2024 coverage (%). */
export function buildTargets(seed: number, ucj2024: ReadonlyMap<string, number>): TargetRow[] {
	const rows: TargetRow[] = [];
	for (const [p, ucj] of [...ucj2024].sort((a, b) => a[0].localeCompare(b[0]))) {
		const rng = stream(seed, 'targets', p);
		const step = rng.uniform(1.5, 3.2);
		const published = UCJ_TARGETS_2025[p];
		const top = published ?? Math.min(70, Math.max(35 + 4 * step + 0.5, ucj + rng.uniform(3, 10)));
		for (let year = 2021; year <= 2025; year++) {
			rows.push({ province_code: p, year, target_pct: round2(Math.max(35, top - (2025 - year) * step)) });
		}
	}
	for (let year = 2021; year <= 2025; year++) rows.push({ province_code: NATIONAL_CODE, year, target_pct: NATIONAL_UCJ_TARGETS[year]! });
	return rows;
}
