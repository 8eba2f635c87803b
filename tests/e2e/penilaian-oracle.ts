/**
 * What the assessment-panel view should show, worked out without the app: plain SQL over the
 * sample's Parquet tables (data/sample, in the repository) in native DuckDB, the composite score
 * by the rules as README and the methods page state them (min–max 0–100 within the group, the
 * weighted mean, competition ranks 1, 2, 2, 4), and the Indonesian and English number formats
 * written here with Intl (1.234.567; 45,6%; +7,5 poin; Rp1,4 miliar). Nothing here imports the
 * app's scoring, metric or format modules: a test comparing the screen with these values fails
 * when either the figures or their formatting are wrong.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';

export const SAMPLE = 'data/sample';
/** Paritrana Award 2025 assesses 2024: December 2024 against December 2023. */
export const YEAR = 2024;
const parquet = (table: string) => `read_parquet('${SAMPLE}/${table}.parquet')`;

export type Locale = 'id' | 'en';
export type Values = Record<string, number | null>;

/** A criterion as the oracle needs it: which way is better and how the screen writes it. */
export interface Criterion {
	id: string;
	better: 'higher' | 'lower';
	format: 'count' | 'percent' | 'signedPercent' | 'points';
}

const c = (id: string, format: Criterion['format'], better: Criterion['better'] = 'higher'): Criterion => ({ id, format, better });

/** The criteria of each kind, in the scorecard's order (README: the panel view). */
export const CRITERIA = {
	government: [
		c('active', 'count'),
		c('growth', 'signedPercent'),
		c('ucj', 'percent'),
		c('coverageChangePts', 'points'),
		c('informalPenetration', 'percent'),
		c('targetAttainment', 'percent'),
		c('regulations', 'count'),
		c('apbdVulnerable', 'count'),
		c('apbdNonAsn', 'count')
	],
	village: [c('officialsCovered', 'count'), c('vulnerableCovered', 'count'), c('apbdesPeople', 'count'), c('active', 'count'), c('growth', 'signedPercent')],
	business: [c('registrationRate', 'percent'), c('programmesComplete', 'percent'), c('wageRatio', 'percent'), c('arrears', 'count', 'lower'), c('vulnerableSponsored', 'count')]
} as const satisfies Record<string, readonly Criterion[]>;
export type Kind = keyof typeof CRITERIA;

// ---------------------------------------------------------------------------------------------
// Formats

const TAG: Record<Locale, string> = { id: 'id-ID', en: 'en-GB' };
const MINUS = '\u2212';
export const DASH = '–';

/** |x| with exactly `min`–`max` decimals and the locale's separators, plain spaces. */
function digits(x: number, min: number, max = min, locale: Locale = 'id'): string {
	return new Intl.NumberFormat(TAG[locale], { minimumFractionDigits: min, maximumFractionDigits: max }).format(Math.abs(x)).replace(/[\u00a0\u202f]/g, ' ');
}
/** The sign the screen writes: − for negatives, + where asked, none for a value that rounds to 0. */
function signed(x: number, body: string, plus: boolean): string {
	if (!/[1-9]/.test(body)) return body;
	return x < 0 ? MINUS + body : plus ? `+${body}` : body;
}

const MILLION: Record<Locale, string> = { id: 'juta', en: 'million' };

/** A count: in full below a million (1.234), else millions with two decimals (1,23 juta). */
export function count(x: number | null, locale: Locale): string {
	if (x === null) return DASH;
	return Math.abs(x) < 1e6 ? signed(x, digits(x, 0, 0, locale), false) : signed(x, `${digits(x / 1e6, 2, 2, locale)} ${MILLION[locale]}`, false);
}
/** A number with one decimal: 95,1. */
export function decimal(x: number | null, locale: Locale): string {
	return x === null ? DASH : signed(x, digits(x, 1, 1, locale), false);
}
export function formatValue(criterion: Criterion, x: number | null, locale: Locale): string {
	if (x === null) return DASH;
	switch (criterion.format) {
		case 'count':
			return count(x, locale);
		case 'percent':
			return `${signed(x, digits(x, 1, 1, locale), false)}%`;
		case 'signedPercent':
			return `${signed(x, digits(x, 1, 1, locale), true)}%`;
		case 'points':
			return `${signed(x, digits(x, 1, 1, locale), true)} ${locale === 'id' ? 'poin' : 'pts'}`;
	}
}

const RUPIAH_WORDS: Record<Locale, [number, string][]> = {
	id: [[1e12, 'triliun'], [1e9, 'miliar'], [1e6, 'juta']],
	en: [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']]
};
/** Rupiah: in full below a million (Rp16.800), else in words with at most one decimal (Rp1,4 miliar). */
export function rupiah(x: number | null, locale: Locale): string {
	if (x === null) return DASH;
	const word = RUPIAH_WORDS[locale].find(([size]) => x >= size);
	return word ? `Rp${digits(x / word[0], 0, 1, locale)} ${word[1]}` : `Rp${digits(x, 0, 0, locale)}`;
}

// ---------------------------------------------------------------------------------------------
// Queries

let connection: Promise<DuckDBConnection> | null = null;
function conn(): Promise<DuckDBConnection> {
	connection ??= DuckDBInstance.create(':memory:').then((db) => db.connect());
	return connection;
}

async function rows<T>(sql: string): Promise<T[]> {
	const reader = await (await conn()).runAndReadAll(sql);
	return reader.getRowObjectsJS() as T[];
}
const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

/** A seed candidate of the assessment year (the seeds' rows: not `synthetic`). */
export interface Candidate {
	candidate_id: string;
	candidate: string;
	category: string;
	province_code: string;
	region_code: string | null;
	employer_id: string | null;
	result: number | null;
}

export async function candidates(where = `source IS DISTINCT FROM 'synthetic'`): Promise<Candidate[]> {
	const list = await rows<Candidate>(
		`SELECT candidate_id, candidate, category, province_code, region_code, employer_id, result
		 FROM ${parquet('candidates')} WHERE assessment_year = ${YEAR} AND (${where}) ORDER BY candidate_id`
	);
	return list.map((r) => ({ ...r, result: num(r.result) }));
}

/** Region names by code (the Kemendagri list in `regions`). */
export async function regionNames(codes: readonly string[]): Promise<Map<string, string>> {
	if (!codes.every((code) => /^\d+$/.test(code))) throw new Error(`not region codes: ${codes.join(', ')}`);
	const list = await rows<{ code: string; name: string }>(`SELECT code, name FROM ${parquet('regions')} WHERE code IN (${codes.map((code) => `'${code}'`).join(', ')})`);
	return new Map(list.map((r) => [r.code, r.name]));
}

/** A regency's government figures, plus its APBD rupiah and regulations of the year (the funding line). */
export interface GovernmentRow {
	code: string;
	values: Values;
	vulnerableIdr: number | null;
	nonAsnIdr: number | null;
	regulationsInYear: number;
}

/** Every regency of `province`: December YEAR against December YEAR − 1, the policy rows of YEAR. */
export async function governments(province: string): Promise<Map<string, GovernmentRow>> {
	const list = await rows<Record<string, unknown>>(
		`WITH p AS (
		   SELECT region_code,
		          sum(active) FILTER (month = DATE '${YEAR}-12-01') AS active,
		          sum(active) FILTER (month = DATE '${YEAR - 1}-12-01') AS active_prev,
		          sum(active) FILTER (month = DATE '${YEAR}-12-01' AND segment <> 'PMI') AS ucj_num,
		          sum(active) FILTER (month = DATE '${YEAR - 1}-12-01' AND segment <> 'PMI') AS ucj_num_prev,
		          sum(active) FILTER (month = DATE '${YEAR}-12-01' AND segment = 'BPU') AS bpu
		   FROM ${parquet('participation')} WHERE left(region_code, 2) = '${province}' GROUP BY region_code),
		 w AS (SELECT * FROM ${parquet('workforce')})
		 SELECT p.region_code AS code, p.active, 100.0 * (p.active - p.active_prev) / p.active_prev AS growth,
		        100.0 * p.ucj_num / w1.eligible AS ucj,
		        100.0 * p.ucj_num / w1.eligible - 100.0 * p.ucj_num_prev / w0.eligible AS change_pts,
		        100.0 * p.bpu / w1.informal AS informal,
		        100.0 * (100.0 * p.ucj_num / w1.eligible) / t.target_pct AS attainment,
		        (SELECT count(*) FROM ${parquet('regional_regulations')} r WHERE r.region_code = p.region_code AND r.year <= ${YEAR}) AS regulations,
		        (SELECT count(*) FROM ${parquet('regional_regulations')} r WHERE r.region_code = p.region_code AND r.year = ${YEAR}) AS regulations_in_year,
		        b.vulnerable_people, b.non_asn_people, b.vulnerable_idr, b.non_asn_idr
		 FROM p
		 JOIN w w1 ON w1.region_code = p.region_code AND w1.year = ${YEAR}
		 JOIN w w0 ON w0.region_code = p.region_code AND w0.year = ${YEAR - 1}
		 JOIN ${parquet('ucj_targets')} t ON t.province_code = '${province}' AND t.year = ${YEAR}
		 LEFT JOIN ${parquet('regional_budget')} b ON b.region_code = p.region_code AND b.year = ${YEAR}
		 ORDER BY code`
	);
	return new Map(
		list.map((r) => [
			String(r.code),
			{
				code: String(r.code),
				values: {
					active: num(r.active),
					growth: num(r.growth),
					ucj: num(r.ucj),
					coverageChangePts: num(r.change_pts),
					informalPenetration: num(r.informal),
					targetAttainment: num(r.attainment),
					regulations: num(r.regulations),
					apbdVulnerable: num(r.vulnerable_people),
					apbdNonAsn: num(r.non_asn_people)
				},
				vulnerableIdr: num(r.vulnerable_idr),
				nonAsnIdr: num(r.non_asn_idr),
				regulationsInYear: Number(r.regulations_in_year)
			}
		])
	);
}

/** A village's figures from villages_support and participation_village (every segment). */
export async function village(code: string): Promise<Values> {
	if (!/^\d{10}$/.test(code)) throw new Error(`not a village code: ${code}`);
	const [r] = await rows<Record<string, unknown>>(
		`SELECT
		   (SELECT officials_covered FROM ${parquet('villages_support')} WHERE village_code = '${code}' AND year = ${YEAR}) AS officials,
		   (SELECT vulnerable_covered FROM ${parquet('villages_support')} WHERE village_code = '${code}' AND year = ${YEAR}) AS vulnerable,
		   (SELECT apbdes_people FROM ${parquet('villages_support')} WHERE village_code = '${code}' AND year = ${YEAR}) AS apbdes,
		   (SELECT sum(active) FROM ${parquet('participation_village')} WHERE region_code = '${code}' AND month = DATE '${YEAR}-12-01') AS active,
		   (SELECT sum(active) FROM ${parquet('participation_village')} WHERE region_code = '${code}' AND month = DATE '${YEAR - 1}-12-01') AS active_prev`
	);
	const active = num(r!.active);
	const prev = num(r!.active_prev);
	return {
		officialsCovered: num(r!.officials),
		vulnerableCovered: num(r!.vulnerable),
		apbdesPeople: num(r!.apbdes),
		active,
		growth: active === null || !prev ? null : (100 * (active - prev)) / prev
	};
}

/** A business's figures from its employers row of the year (null: no row). */
export async function business(employerId: string): Promise<Values | null> {
	if (!/^[A-Za-z0-9-]+$/.test(employerId)) throw new Error(`not an employer id: ${employerId}`);
	const [r] = await rows<Record<string, unknown>>(
		`SELECT 100.0 * workers_registered / nullif(workers, 0) AS registration,
		        -- JKK, JKM, JHT for every business; JP as well for medium and large ones
		        CASE WHEN size IN ('medium', 'large') THEN 100.0 * (has_jkk::INT + has_jkm::INT + has_jht::INT + has_jp::INT) / 4
		             ELSE 100.0 * (has_jkk::INT + has_jkm::INT + has_jht::INT) / 3 END AS programmes,
		        100.0 * wage_reported_idr / nullif(wage_reference_idr, 0) AS wage, months_in_arrears, vulnerable_sponsored
		 FROM ${parquet('employers')} WHERE employer_id = '${employerId}' AND year = ${YEAR}`
	);
	if (!r) return null;
	return { registrationRate: num(r.registration), programmesComplete: num(r.programmes), wageRatio: num(r.wage), arrears: num(r.months_in_arrears), vulnerableSponsored: num(r.vulnerable_sponsored) };
}

// ---------------------------------------------------------------------------------------------
// Ranks and the composite

/** Competition rank (1, 2, 2, 4) of `key` among the entries that have a value; null without one. */
export function rankAmong(entries: readonly { key: string; value: number | null }[], key: string, better: 'higher' | 'lower' = 'higher'): { rank: number; of: number } | null {
	const present = entries.filter((e) => e.value !== null);
	const own = present.find((e) => e.key === key);
	if (!own) return null;
	const ahead = present.filter((e) => (better === 'higher' ? e.value! > own.value! : e.value! < own.value!)).length;
	return { rank: ahead + 1, of: present.length };
}

export interface Scored {
	key: string;
	composite: number | null;
	rank: number;
}

/**
 * The panel's composite: each criterion min–max scaled 0–100 over the group's present values
 * (all equal: 100; lower-is-better inverted), the weighted mean over the weighted criteria; a
 * candidate missing a weighted criterion has none and ranks after every scored one.
 */
export function composite(group: readonly { key: string; values: Values }[], criteria: readonly Criterion[], weights: Record<string, number>): Scored[] {
	const scaled = new Map(group.map((g) => [g.key, {} as Values]));
	for (const criterion of criteria) {
		const present = group.map((g) => g.values[criterion.id] ?? null).filter((v): v is number => v !== null);
		const min = Math.min(...present);
		const max = Math.max(...present);
		for (const g of group) {
			const v = g.values[criterion.id] ?? null;
			scaled.get(g.key)![criterion.id] = v === null ? null : max === min ? 100 : (100 * (criterion.better === 'higher' ? v - min : max - v)) / (max - min);
		}
	}
	const composites = group.map((g) => {
		let sum = 0;
		let weight = 0;
		for (const criterion of criteria) {
			const w = weights[criterion.id] ?? 0;
			if (w <= 0) continue;
			const s = scaled.get(g.key)![criterion.id] ?? null;
			if (s === null) return { key: g.key, composite: null };
			sum += w * s;
			weight += w;
		}
		return { key: g.key, composite: weight > 0 ? sum / weight : null };
	});
	const scoredCount = composites.filter((x) => x.composite !== null).length;
	return composites.map((x) => ({
		...x,
		rank: x.composite === null ? scoredCount + 1 : 1 + composites.filter((o) => o.composite !== null && o.composite - x.composite! > 1e-9).length
	}));
}
