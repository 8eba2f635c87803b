/**
 * Calibration anchors as data: the figures of DOMAIN.md section 5 and the choices made where
 * the figures leave room. Every other module reads its targets from here; the tests pin the
 * DOMAIN.md figures independently and check the generated data against them.
 *
 * Counting rule chosen for the national "active participants" of DOMAIN.md section 5: the total
 * is PU + BPU + JAKON + PMI. The 2023 row (25.0 + 9.19 + 7.36 = 41.55 of 41.56) and the 2024 row
 * (29.3 + 9.9 + 6.0 "with PMI" = 45.2 of 45.22) both add up only with PMI inside the total, so
 * PMI is a small segment (0.25–0.42 M) counted in the totals and kept out of `ucj`
 * (DOMAIN.md section 2). The province anchors of December 2023 are read the same way.
 */
import type { Segment } from '$lib/contract/domain';

/** Years of the sample and the months it covers (DOMAIN.md section 6). */
export const FIRST_YEAR = 2019;
export const LAST_YEAR = 2025;
export const YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025] as const;

/** BPS Sakernas, August: working population (people) and formal share (%), DOMAIN.md section 5. */
export const BPS_WORKFORCE: Readonly<Record<number, { working: number; formalPct: number }>> = {
	2019: { working: 126_510_000, formalPct: 44.1 },
	2020: { working: 128_450_000, formalPct: 39.5 },
	2021: { working: 131_050_000, formalPct: 40.6 },
	2022: { working: 135_300_000, formalPct: 40.7 },
	2023: { working: 139_850_000, formalPct: 40.9 },
	2024: { working: 144_640_000, formalPct: 42.1 },
	2025: { working: 146_540_000, formalPct: 42.2 }
};

/** Eligible workers as a share of the working population, nationally (DOMAIN.md section 2: 104.9 of 144.6 M). */
export const ELIGIBLE_SHARE = 0.72;

/**
 * National active participants in December, millions, per segment. 2018 is only the starting
 * point of the January 2019 path. Chosen inside the DOMAIN.md figures: 2021 30.66, 2023 41.56
 * (PU 25.0, BPU 9.19, JAKON 7.02 of 7.36) and 2024 45.22 (PU 29.3, BPU 9.9, JAKON + PMI 6.0)
 * exactly; the "≈" years near their figures (2019 34.4; 2020 30.35 of ≈31.0 with PU 19.9,
 * BPU 2.3, JAKON 7.9 near ≈19.2/2.2/7.4, which sum to only 28.8; 2022 34.9 of ≈35 with 22/4.6/8;
 * 2025 42.5 of ≈42 in October).
 */
export const NATIONAL_DEC: Readonly<Record<number, Readonly<Record<Segment, number>>>> = {
	2018: { PU: 21.4, BPU: 2.2, JAKON: 9.2, PMI: 0.29 },
	2019: { PU: 22.1, BPU: 2.5, JAKON: 9.5, PMI: 0.3 },
	2020: { PU: 19.9, BPU: 2.3, JAKON: 7.9, PMI: 0.25 },
	2021: { PU: 20.6, BPU: 3.1, JAKON: 6.7, PMI: 0.26 },
	2022: { PU: 22.0, BPU: 4.6, JAKON: 8.0, PMI: 0.3 },
	2023: { PU: 25.0, BPU: 9.19, JAKON: 7.02, PMI: 0.35 },
	2024: { PU: 29.3, BPU: 9.9, JAKON: 5.6, PMI: 0.42 },
	2025: { PU: 27.8, BPU: 9.4, JAKON: 4.9, PMI: 0.4 }
};

/**
 * The shape of each year between two Decembers: a factor on the straight line from the previous
 * December to this one, by month (1–12), as knots joined linearly; December is always 1.
 * The January dip is the annual lapse of government-funded contributions (DOMAIN.md section 1:
 * 45.22 M in Dec 2024, 42.66 M in Jan 2025, 39.7 M in Apr 2025); 2020 adds the pandemic trough
 * in PU; 2025 follows the April figures (PU 25.4, BPU 9.0, JAKON 4.6).
 */
export const MONTH_KNOTS_DEFAULT: Readonly<Record<Segment, readonly (readonly [number, number])[]>> = {
	PU: [[1, 0.965], [3, 0.978], [6, 0.99], [12, 1]],
	BPU: [[1, 0.82], [3, 0.88], [6, 0.95], [12, 1]],
	JAKON: [[1, 0.94], [3, 0.96], [6, 0.98], [12, 1]],
	PMI: [[1, 0.98], [6, 0.99], [12, 1]]
};
export const MONTH_KNOTS_BY_YEAR: Readonly<Record<number, Partial<Record<Segment, readonly (readonly [number, number])[]>>>> = {
	2020: { PU: [[1, 0.965], [4, 0.95], [6, 0.93], [9, 0.955], [12, 1]] },
	2025: {
		PU: [[1, 0.97], [4, 0.88], [7, 0.94], [10, 0.985], [12, 1]],
		BPU: [[1, 0.86], [4, 0.925], [7, 0.96], [10, 0.985], [12, 1]],
		JAKON: [[1, 0.94], [4, 0.857], [7, 0.92], [10, 0.975], [12, 1]]
	}
};

/** Active share of the register (active / (active + non-active)) per segment; national 68% in Dec 2023 (DOMAIN.md section 2). */
export const ACTIVITY_RATIO: Readonly<Record<Segment, number>> = { PU: 0.8, BPU: 0.55, JAKON: 0.58, PMI: 0.6 };

/** Share of the active who leave and are replaced in a year: drives new registrations. */
export const CHURN: Readonly<Record<Segment, number>> = { PU: 0.22, BPU: 0.3, JAKON: 0.9, PMI: 0.5 };

/** BPU basic contribution: JKK + JKM on the lowest income band, rupiah a month (DOMAIN.md section 1). */
export const BPU_BASIC_IDR = 16_800;
/** BPU JHT contribution on the lowest income band (2% of Rp1,000,000), rupiah a month. */
export const BPU_JHT_IDR = 20_000;

/** PU contribution rates of the wage per programme (JKK at the low risk classes; JKP is paid from a reallocation). */
export const PU_RATES = { JKK: 0.0054, JKM: 0.003, JHT: 0.057, JP: 0.03 } as const;

/** Wage index by year relative to 2023 (minimum wages rose about 5% a year; 2021 was frozen). */
export const WAGE_INDEX: Readonly<Record<number, number>> = {
	2019: 0.84, 2020: 0.9, 2021: 0.91, 2022: 0.94, 2023: 1, 2024: 1.045, 2025: 1.11
};

/**
 * Per province: the DOMAIN.md December 2023 anchor (M active, null where none is published);
 * the December 2023 total the sample aims at (M; within ±10% of the anchor, moved where the
 * coverage guidance of section 5 needs it, noted); the employment factor (people working per
 * resident relative to the nation: resource and industrial provinces draw workers registered
 * elsewhere); the eligible share of the working (0.66–0.78); the formal share (%) around 2023;
 * the share of the national PMI; BPU and JAKON leanings; the 2023 minimum wage (Rp); and a
 * province trend in 2024 relative to the nation.
 */
export interface ProvinceAnchor {
	anchor2023: number | null;
	target2023: number;
	employment: number;
	eligibleShare: number;
	formalPct: number;
	pmiShare: number;
	bpuLean: number;
	jakonLean: number;
	wage2023: number;
	trend2024?: number;
	note?: string;
}

const P = (
	anchor2023: number | null,
	target2023: number,
	employment: number,
	eligibleShare: number,
	formalPct: number,
	pmiShare: number,
	bpuLean: number,
	jakonLean: number,
	wage2023: number,
	extra: { trend2024?: number; note?: string } = {}
): ProvinceAnchor => ({ anchor2023, target2023, employment, eligibleShare, formalPct, pmiShare, bpuLean, jakonLean, wage2023, ...extra });

export const PROVINCES: Readonly<Record<string, ProvinceAnchor>> = {
	'11': P(0.58, 0.58, 0.95, 0.7, 38, 0.005, 1.0, 1.0, 3_413_000),
	'12': P(2.06, 2.11, 0.97, 0.71, 40, 0.03, 0.9, 1.0, 2_710_000),
	'13': P(0.71, 0.71, 0.97, 0.7, 36, 0.004, 1.0, 1.0, 2_742_000),
	'14': P(1.11, 1.15, 1.02, 0.73, 45, 0.004, 0.9, 1.0, 3_192_000),
	'15': P(0.66, 0.66, 1.0, 0.72, 37, 0.003, 1.0, 1.0, 2_943_000),
	'16': P(0.92, 0.92, 0.97, 0.7, 34, 0.004, 1.0, 1.0, 3_404_000),
	'17': P(0.21, 0.21, 0.95, 0.7, 33, 0.002, 1.0, 1.0, 2_418_000),
	'18': P(0.58, 0.63, 0.86, 0.67, 32, 0.07, 1.1, 1.0, 2_633_000, {
		note: 'above the anchor (+8.6%) so Lampung reaches the 25% floor of provincial coverage'
	}),
	'19': P(0.22, 0.22, 1.0, 0.72, 44, 0.002, 0.9, 1.0, 3_498_000),
	'21': P(0.61, 0.57, 1.15, 0.77, 62, 0.003, 0.8, 1.1, 3_279_000, {
		note: 'below the anchor (−6.6%) to keep Kepri under 70% coverage'
	}),
	'31': P(7.5, 7.75, 1.08, 0.78, 66, 0.005, 0.7, 0.9, 4_901_000, {
		note: 'counted where employers are registered: above 100% of the resident workforce (no population apportionment can hold 7.5 M participants below 70%)'
	}),
	'32': P(4.86, 5.01, 0.95, 0.7, 47, 0.15, 1.0, 1.0, 1_986_000),
	'33': P(3.95, 4.05, 0.96, 0.7, 40, 0.18, 1.3, 1.0, 1_958_000),
	'34': P(0.56, 0.56, 1.0, 0.72, 47, 0.01, 1.0, 1.0, 1_981_000),
	'35': P(4.58, 4.7, 0.97, 0.7, 39, 0.22, 1.2, 1.0, 2_040_000),
	'36': P(2.63, 2.65, 1.05, 0.74, 57, 0.02, 0.8, 1.0, 2_661_000),
	'51': P(1.03, 0.95, 1.1, 0.75, 47, 0.03, 0.9, 1.0, 2_713_000, {
		note: 'below the anchor (−7.8%): Bali 50.9% coverage in Mar 2025'
	}),
	'52': P(0.57, 0.6, 0.9, 0.68, 30, 0.15, 1.1, 1.0, 2_371_000),
	'53': P(0.36, 0.39, 0.78, 0.66, 22, 0.05, 1.1, 1.0, 2_123_000, {
		note: 'above the anchor (+8.3%): NTT 33.7% coverage in Jun 2024'
	}),
	'61': P(0.73, 0.69, 1.0, 0.72, 35, 0.02, 1.0, 1.0, 2_608_000, {
		note: 'below the anchor (−5.5%): Kalbar 32.3% coverage in Mar 2023'
	}),
	'62': P(0.69, 0.65, 1.1, 0.76, 43, 0.003, 1.3, 1.1, 3_181_000, {
		trend2024: 0.985,
		note: 'below the anchor (−5.8%): Kalteng 52.9% coverage in Mar 2023'
	}),
	'63': P(0.63, 0.63, 1.02, 0.73, 42, 0.003, 1.1, 1.0, 3_149_000),
	'64': P(1.32, 1.22, 1.1, 0.77, 55, 0.003, 1.2, 1.4, 3_201_000, {
		trend2024: 0.93,
		note: 'below the anchor (−7.6%): Kaltim 70.9% coverage in Mar 2023; flat in 2024 (declines the panel asks about)'
	}),
	'65': P(0.25, 0.23, 1.25, 0.78, 48, 0.01, 1.0, 1.2, 3_251_000, {
		note: 'below the anchor (−8%): Kaltara 57.9% coverage in Mar 2023'
	}),
	'71': P(0.58, 0.56, 1.02, 0.73, 40, 0.002, 1.0, 1.0, 3_485_000),
	'72': P(0.57, 0.57, 1.08, 0.74, 33, 0.002, 1.0, 1.1, 2_599_000),
	'73': P(1.0, 1.03, 0.97, 0.71, 36, 0.02, 1.1, 1.0, 3_385_000),
	'74': P(0.32, 0.32, 0.97, 0.71, 34, 0.003, 1.0, 1.0, 2_758_000),
	'75': P(null, 0.13, 0.95, 0.7, 34, 0.002, 1.0, 1.0, 2_989_000),
	'76': P(null, 0.11, 0.88, 0.68, 28, 0.002, 1.0, 1.0, 2_871_000, { note: 'lowest in Feb 2025: Sulbar 65 k' }),
	'81': P(null, 0.19, 0.92, 0.69, 38, 0.002, 0.9, 1.0, 2_812_000, { note: 'Maluku 156 k in Feb 2025' }),
	'82': P(null, 0.2, 1.0, 0.72, 35, 0.002, 0.9, 1.2, 2_976_000),
	'91': P(null, 0.16, 1.0, 0.72, 35, 0.001, 0.8, 1.1, 3_864_000),
	'92': P(null, 0.09, 1.0, 0.72, 38, 0.001, 0.8, 1.1, 3_282_000),
	'93': P(null, 0.07, 0.92, 0.7, 25, 0.001, 0.8, 1.1, 3_864_000),
	'94': P(null, 0.17, 0.95, 0.7, 20, 0.001, 0.8, 1.1, 3_864_000),
	'95': P(null, 0.11, 0.8, 0.66, 8, 0.001, 0.8, 1.0, 3_864_000),
	'96': P(null, 0.09, 1.0, 0.72, 38, 0.001, 0.8, 1.1, 3_282_000)
};

/**
 * Province coverage (`ucj`) band the sample holds every December except 2023 (fixed by the
 * anchors). DOMAIN.md: provinces range roughly 25–70% [U]. DKI Jakarta is outside it in every
 * year: its 7.5 M participants are counted where employers are registered, far above its
 * resident workforce (see PROVINCES['31']).
 */
export const UCJ_BAND = { min: 27, max: 67, exempt: ['31'] } as const;
/** The widest any province but the exempt ones may be in a year other than 2024. */
export const UCJ_BAND_OTHER_YEARS = { min: 15, max: 92 } as const;

/**
 * Planted declines: regencies whose December active count (PU + BPU + JAKON) falls by `fall`
 * (a share) against the previous December, almost all of it in one segment, each with the
 * story a panel would be told. Several are in Kalimantan Timur and Tengah, where the 2025
 * panels asked why coverage declined (seed 002).
 */
export interface PlantedDecline {
	code: string;
	year: number;
	segment: Exclude<Segment, 'PMI'>;
	fall: number;
	story: string;
}

export const PLANTED_DECLINES: readonly PlantedDecline[] = [
	{ code: '6402', year: 2024, segment: 'PU', fall: 0.07, story: 'coal contractor lay-offs' },
	{ code: '6408', year: 2024, segment: 'PU', fall: 0.06, story: 'mining contractor demobilised' },
	{ code: '6401', year: 2024, segment: 'BPU', fall: 0.05, story: 'regency programme for vulnerable workers not renewed' },
	{ code: '6474', year: 2024, segment: 'JAKON', fall: 0.05, story: 'industrial plant construction finished' },
	{ code: '6409', year: 2024, segment: 'JAKON', fall: 0.08, story: 'first capital-city (IKN) works handed over, contractors left' },
	{ code: '6472', year: 2024, segment: 'JAKON', fall: 0.04, story: 'public works contracts ended' },
	{ code: '6203', year: 2024, segment: 'BPU', fall: 0.06, story: 'APBD contributions for farmers lapsed' },
	{ code: '6205', year: 2024, segment: 'PU', fall: 0.06, story: 'coal mine closed a pit' },
	{ code: '6212', year: 2024, segment: 'PU', fall: 0.07, story: 'mining company cut staff' },
	{ code: '6207', year: 2024, segment: 'JAKON', fall: 0.04, story: 'road project completed' },
	{ code: '6105', year: 2024, segment: 'PU', fall: 0.05, story: 'plantation company restructured' },
	{ code: '6309', year: 2023, segment: 'PU', fall: 0.05, story: 'mining contractor moved out' },
	{ code: '3216', year: 2020, segment: 'PU', fall: 0.09, story: 'pandemic lay-offs in factories' },
	{ code: '3603', year: 2020, segment: 'PU', fall: 0.08, story: 'pandemic lay-offs in factories' },
	{ code: '5103', year: 2020, segment: 'PU', fall: 0.12, story: 'tourism collapsed in the pandemic' },
	{ code: '5171', year: 2021, segment: 'PU', fall: 0.06, story: 'hotels kept staff unpaid' },
	{ code: '2171', year: 2020, segment: 'PU', fall: 0.08, story: 'shipyards and electronics cut shifts' },
	{ code: '3374', year: 2022, segment: 'JAKON', fall: 0.04, story: 'toll-road works finished' },
	{ code: '7371', year: 2022, segment: 'JAKON', fall: 0.04, story: 'port works finished' },
	{ code: '3522', year: 2023, segment: 'JAKON', fall: 0.05, story: 'oil-field construction ended' },
	{ code: '3201', year: 2025, segment: 'BPU', fall: 0.04, story: 'budget efficiency (Inpres 1/2025) cut APBD contributions' },
	{ code: '3309', year: 2025, segment: 'BPU', fall: 0.05, story: 'budget efficiency cut APBD contributions' },
	{ code: '7302', year: 2025, segment: 'BPU', fall: 0.05, story: 'budget efficiency cut APBD contributions' },
	{ code: '1401', year: 2023, segment: 'PU', fall: 0.05, story: 'palm-oil mill closed' },
	{ code: '9404', year: 2022, segment: 'PU', fall: 0.06, story: 'mine contractor demobilised' },
	{ code: '7206', year: 2025, segment: 'JAKON', fall: 0.05, story: 'smelter construction finished' }
];

/**
 * Regencies whose BPU is boosted by a named regional programme: multipliers on the BPU weight
 * from `from` on (all that apply are multiplied).
 */
export const BPU_PROGRAMMES: readonly { code: string; from: number; boost: number }[] = [
	{ code: '6409', from: 2022, boost: 2.5 }, // Penajam Paser Utara: a programme from 2022 …
	{ code: '6409', from: 2025, boost: 3.6 }, // … and APBD 2025 Rp3 bn for 15,000 workers
	{ code: '6311', from: 2022, boost: 2 }, // Balangan: APBD pays informal workers' contributions (seed 004)
	{ code: '6201', from: 2022, boost: 1.5 },
	{ code: '6208', from: 2022, boost: 1.5 }
];

/**
 * Regencies whose weight in their province's split is leaned on, per segment, from `from` on
 * (all that apply are multiplied, like BPU_PROGRAMMES). Used where a published fact about a
 * regency needs its synthetic figures to agree with it.
 *
 * Seed 003 (Kalimantan Barat's award ceremony): the Paritrana Award 2025 regency/city winners
 * for assessment year 2024 are 1 Ketapang (6104), 2 Mempawah (6102), 3 Sekadau (6109), judged on
 * "the largest participation achievement, the universal-coverage level and the improvement over
 * the previous year". The drawn weights left Ketapang at ~15% coverage, far below its province,
 * so the three are leaned on until the panel's default composite (src/lib/scoring/criteria.ts,
 * GOVERNMENT_CRITERIA) orders them 1, 2, 3: Ketapang a large, already well-covered regency that
 * grew most in 2024 (at or above the province's coverage), Mempawah second, Sekadau third, all
 * three growing. The 2024 step is what makes the growth and the coverage change; the province
 * totals are unchanged (the split only moves participants between Kalbar's regencies).
 */
export const REGENCY_LEANS: readonly { code: string; from: number; lean: Partial<Record<Exclude<Segment, 'PMI'>, number>> }[] = [
	{ code: '6104', from: 2019, lean: { PU: 2.6, BPU: 3, JAKON: 1.6 } }, // Ketapang: plantations and mining, registered early …
	{ code: '6104', from: 2024, lean: { PU: 1.06, BPU: 1.45, JAKON: 1.05 } }, // … and its 2024 drive (APBD for vulnerable workers)
	{ code: '6102', from: 2019, lean: { PU: 1.1, BPU: 1.2 } }, // Mempawah: near the province average …
	{ code: '6102', from: 2024, lean: { PU: 1.03, BPU: 1.2 } }, // … and growing in 2024
	{ code: '6109', from: 2024, lean: { PU: 1.03, BPU: 1.1 } } // Sekadau: modest growth in 2024
];

/**
 * Seed 003 again (see REGENCY_LEANS): the panel weighs policy and implementation too, so the
 * winners' records are made to read like winners'. `regulationsBy2024`: at least this many
 * regulations issued by the end of the assessment year; `nonAsnLean`: a multiplier on the
 * non-civil-servant staff the regency's APBD insures (Inpres 2/2021).
 */
export const REGENCY_POLICY_LEANS: Readonly<Record<string, { regulationsBy2024?: number; nonAsnLean?: number }>> = {
	'6104': { regulationsBy2024: 3, nonAsnLean: 2.4 }, // Ketapang, 1st
	'6102': { regulationsBy2024: 2 } // Mempawah, 2nd (Sekadau, 3rd, has two of its own draw)
};

/** Named regional budgets (DOMAIN.md section 1): Penajam Paser Utara, APBD 2025, Rp3 bn for 15,000 workers. */
export const NAMED_BUDGETS: readonly { code: string; year: number; vulnerableIdr: number; vulnerablePeople: number }[] = [
	{ code: '6409', year: 2025, vulnerableIdr: 3_000_000_000, vulnerablePeople: 15_000 }
];

/** Vulnerable workers paid by regional governments, Oct 2022: about 1.2 M (DOMAIN.md section 1, [S]). */
export const REGIONAL_VULNERABLE_2022 = 1_200_000;

/**
 * Branch offices fixed by the seeds: Pangkalan Bun covers Kotawaringin Barat and Sukamara
 * (seed 001); Tabalong Tanjung covers Tabalong and Balangan (seed 004). Other branches are drawn.
 */
export const FIXED_BRANCHES: readonly { name: string; regencies: readonly string[] }[] = [
	{ name: 'Pangkalan Bun', regencies: ['6201', '6208'] },
	{ name: 'Tabalong Tanjung', regencies: ['6309', '6311'] }
];

/** About how many branch offices to draw nationally (DOMAIN.md section 4: over 120). */
export const BRANCH_COUNT = 125;

/** UCJ targets per province (Kemendagri, %): the published 2025 values (DOMAIN.md section 2). */
export const UCJ_TARGETS_2025: Readonly<Record<string, number>> = { '31': 66, '51': 67.28 };

/**
 * Indonesia's own UCJ target (%), the `ID` rows of `ucj_targets`: 2025 is the published 52.15
 * (DOMAIN.md section 2); 2021–2024 are synthetic, a rising path two points a year below it,
 * above the national coverage of the sample (≈41% in Dec 2023, ≈43% in Dec 2024).
 */
export const NATIONAL_UCJ_TARGETS: Readonly<Record<number, number>> = { 2021: 44.15, 2022: 46.15, 2023: 48.15, 2024: 50.15, 2025: 52.15 };

/** Employers' size mix: 80.6% micro in Dec 2025 (DOMAIN.md section 5). */
export const EMPLOYER_SIZE_MIX = { micro: 0.8, small: 0.12, medium: 0.06, large: 0.02 } as const;
/** How many fictitious employers to draw nationally. */
export const EMPLOYER_COUNT = 3_600;

/**
 * City centres where employers register far more workers than live there: PU weight doubled,
 * so some exceed 100% coverage (DOMAIN.md section 2 allows it in a regency, never silently).
 */
export const CITY_CENTRES: readonly string[] = ['3171', '3174', '2171', '3578', '6471', '1271', '7371', '3273', '3374'];

/** How readily villages of a province fund their own coverage (APBDes), relative to the nation. */
export const VILLAGE_PROGRAMME_LEAN: Readonly<Record<string, number>> = {
	'33': 1.4, '35': 1.3, '34': 1.2, '61': 1.2, '62': 1.6, '63': 1.3, '64': 1.5, '65': 1.3, '52': 1.2,
	'91': 0.4, '92': 0.5, '93': 0.4, '94': 0.3, '95': 0.2, '96': 0.5, '31': 0
};

/** Share of villages with an APBDes-funded scheme that start it in each year (Inpres 2/2021 from 2021). */
export const VILLAGE_PROGRAMME_START: Readonly<Record<number, number>> = {
	2019: 0.05, 2020: 0.07, 2021: 0.22, 2022: 0.25, 2023: 0.2, 2024: 0.14, 2025: 0.07
};

/** Share of desa that run an APBDes-funded scheme by 2025 (before the province lean). */
export const VILLAGE_PROGRAMME_SHARE = 0.3;
