/**
 * The `regions` table: every province, regency, district and village of the reference edition,
 * with its regional office (Kanwil, from PROVINCE_KANWIL) and, for regencies, a synthetic
 * branch office (Kantor Cabang) grouping 1–8 regencies of one province around the regency with
 * the most formal workers, named after it. The seeds' two groupings are fixed (anchors.ts).
 */
import { PROVINCE_KANWIL } from '$lib/contract/domain';
import { kindOf } from '$lib/contract/regions';
import { BRANCH_COUNT, FIXED_BRANCHES } from './anchors';
import type { Reference, Regency } from './reference';
import type { Workforce } from './workforce';

/** One row of `regions`. */
export interface RegionRow {
	code: string;
	name: string;
	level: 'province' | 'regency' | 'district' | 'village';
	parent_code: string | null;
	province_code: string;
	kind: string;
	kanwil: string | null;
	branch_office: string | null;
}

const MAX_PER_BRANCH = 8;

/** Rough distance between two regency centroids (degrees, longitude shrunk by latitude). */
function distance(a: Regency, b: Regency): number {
	const dx = (a.lng - b.lng) * Math.cos(((a.lat + b.lat) / 2) * (Math.PI / 180));
	const dy = a.lat - b.lat;
	return Math.hypot(dx, dy);
}

/** Branch office name per regency code. */
export function assignBranches(regencies: readonly Regency[], workforce: Workforce): Map<string, string> {
	const branch = new Map<string, string>();
	const used = new Set<string>();
	for (const f of FIXED_BRANCHES) {
		used.add(f.name);
		for (const code of f.regencies) branch.set(code, f.name);
	}
	const formal = (r: Regency) => workforce.get(r.code)!.get(2023)!.formal;
	const working = (r: Regency) => workforce.get(r.code)!.get(2023)!.working_population;
	const totalWorking = regencies.reduce((s, r) => s + working(r), 0);
	const provinces = [...new Set(regencies.map((r) => r.provinceCode))].sort();
	for (const p of provinces) {
		const regs = regencies.filter((r) => r.provinceCode === p);
		const share = 0.5 * (regs.length / regencies.length) + (0.5 * regs.reduce((s, r) => s + working(r), 0)) / totalWorking;
		const fixedBranches = new Set(regs.filter((r) => branch.has(r.code)).map((r) => branch.get(r.code)!));
		const free = regs.filter((r) => !branch.has(r.code));
		if (free.length === 0) continue;
		const wanted = Math.round(BRANCH_COUNT * share) - fixedBranches.size;
		const n = Math.min(free.length, Math.max(1, Math.ceil(free.length / MAX_PER_BRANCH), wanted));
		const centres = [...free].sort((a, b) => formal(b) - formal(a) || a.code.localeCompare(b.code)).slice(0, n);
		const names = centres.map((c) => {
			let name = c.shortName;
			if (used.has(name)) name = `${c.shortName} ${c.kota ? 'Kota' : 'Kabupaten'}`;
			if (used.has(name)) throw new Error(`branch office name taken twice: ${name}`);
			used.add(name);
			return name;
		});
		const load = centres.map(() => 1);
		centres.forEach((c, i) => branch.set(c.code, names[i]!));
		for (const r of free) {
			if (branch.has(r.code)) continue;
			const order = centres
				.map((c, i) => [i, distance(r, c)] as const)
				.sort((a, b) => a[1] - b[1] || a[0] - b[0]);
			const pick = order.find(([i]) => load[i]! < MAX_PER_BRANCH);
			if (!pick) throw new Error(`no branch office with room for ${r.code}`);
			load[pick[0]] = load[pick[0]]! + 1;
			branch.set(r.code, names[pick[0]]!);
		}
	}
	return branch;
}

/** Every region row, in code order within each level. */
export function buildRegions(ref: Reference, branches: Map<string, string>): RegionRow[] {
	const rows: RegionRow[] = [];
	for (const p of ref.provinces) {
		rows.push({
			code: p.code,
			name: p.name,
			level: 'province',
			parent_code: null,
			province_code: p.code,
			kind: kindOf(p.code),
			kanwil: kanwilOf(p.code),
			branch_office: null
		});
	}
	for (const r of ref.regencies) {
		rows.push({
			code: r.code,
			name: r.name,
			level: 'regency',
			parent_code: r.provinceCode,
			province_code: r.code.slice(0, 2),
			kind: kindOf(r.code),
			kanwil: kanwilOf(r.code.slice(0, 2)),
			branch_office: branches.get(r.code) ?? null
		});
	}
	for (const d of ref.districts) {
		rows.push({ code: d.code, name: d.name, level: 'district', parent_code: d.code.slice(0, 4), province_code: d.code.slice(0, 2), kind: 'kecamatan', kanwil: null, branch_office: null });
	}
	for (const v of ref.villages) {
		rows.push({ code: v.code, name: v.name, level: 'village', parent_code: v.code.slice(0, 6), province_code: v.code.slice(0, 2), kind: kindOf(v.code), kanwil: null, branch_office: null });
	}
	return rows;
}

function kanwilOf(province: string): string {
	const k = PROVINCE_KANWIL[province];
	if (!k) throw new Error(`no Kanwil for province ${province}`);
	return k;
}
