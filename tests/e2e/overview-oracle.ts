/**
 * The overview's headline tiles worked out without the app: plain SQL over the sample's Parquet in
 * native DuckDB (no query builders, no metric functions), formatted the Indonesian (or English)
 * way. Shared by overview.spec.ts and hostile-urls.spec.ts (which reads them after hostile links
 * to prove no table was altered).
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { Page } from '@playwright/test';
import { formatCount, formatPercent, formatPoints, formatSignedPercent } from '../../src/lib/format';
import { expect } from './helpers';

export const SAMPLE = 'data/sample';

/** A native DuckDB connection with the sample's tables the tiles read, as views over the Parquet. */
export async function overviewOracle(): Promise<DuckDBConnection> {
	const conn = await (await DuckDBInstance.create(':memory:')).connect();
	for (const t of ['participation', 'workforce', 'ucj_targets', 'regions']) {
		await conn.run(`CREATE VIEW ${t} AS SELECT * FROM read_parquet('${SAMPLE}/${t}.parquet')`);
	}
	return conn;
}

export interface Independent {
	active: number;
	ucj: number;
	formal: number;
	informal: number;
	growth: number;
	change: number;
	attainment: number | null;
}

/**
 * Every tile of an area for December 2024, straight from the Parquet (province '' = Indonesia,
 * whose target is the national one, stored under the code 'ID').
 */
export async function independent(conn: DuckDBConnection, province: string): Promise<Independent> {
	const reader = await conn.runAndReadAll(
		`WITH p AS (SELECT * FROM participation WHERE starts_with(region_code, $1)),
		      w AS (SELECT * FROM workforce WHERE starts_with(region_code, $1)),
		      s AS (SELECT
		        (SELECT sum(active) FROM p WHERE month = DATE '2024-12-01')::DOUBLE AS active,
		        (SELECT sum(active) FROM p WHERE month = DATE '2023-12-01')::DOUBLE AS active_prev,
		        (SELECT sum(active) FROM p WHERE month = DATE '2024-12-01' AND segment IN ('PU', 'BPU', 'JAKON'))::DOUBLE AS ucj_num,
		        (SELECT sum(active) FROM p WHERE month = DATE '2023-12-01' AND segment IN ('PU', 'BPU', 'JAKON'))::DOUBLE AS ucj_num_prev,
		        (SELECT sum(active) FROM p WHERE month = DATE '2024-12-01' AND segment = 'PU')::DOUBLE AS pu,
		        (SELECT sum(active) FROM p WHERE month = DATE '2024-12-01' AND segment = 'BPU')::DOUBLE AS bpu,
		        (SELECT sum(eligible) FROM w WHERE year = 2024)::DOUBLE AS eligible,
		        (SELECT sum(eligible) FROM w WHERE year = 2023)::DOUBLE AS eligible_prev,
		        (SELECT sum(formal) FROM w WHERE year = 2024)::DOUBLE AS formal,
		        (SELECT sum(informal) FROM w WHERE year = 2024)::DOUBLE AS informal,
		        (SELECT target_pct FROM ucj_targets
		         WHERE province_code = CASE WHEN $1 = '' THEN 'ID' ELSE $1 END AND year = 2024) AS target)
		 SELECT active,
		        100 * ucj_num / eligible AS ucj,
		        100 * pu / formal AS formal,
		        100 * bpu / informal AS informal,
		        100 * (active - active_prev) / active_prev AS growth,
		        100 * ucj_num / eligible - 100 * ucj_num_prev / eligible_prev AS change,
		        (100 * ucj_num / eligible) / target * 100 AS attainment
		 FROM s`,
		[province]
	);
	return reader.getRowObjectsJS()[0] as unknown as Independent;
}

export function tile(page: Page, metric: string) {
	return page.locator(`[data-metric="${metric}"] .tile__value`);
}

export async function expectTiles(page: Page, f: Independent, locale: 'id' | 'en' = 'id') {
	await expect(tile(page, 'active')).toHaveText(formatCount(f.active, locale));
	await expect(tile(page, 'ucj')).toHaveText(formatPercent(f.ucj, {}, locale));
	await expect(tile(page, 'formalPenetration')).toHaveText(formatPercent(f.formal, {}, locale));
	await expect(tile(page, 'informalPenetration')).toHaveText(formatPercent(f.informal, {}, locale));
	await expect(tile(page, 'growth')).toHaveText(formatSignedPercent(f.growth, {}, locale));
	await expect(tile(page, 'coverageChangePts')).toHaveText(formatPoints(f.change, {}, locale));
	await expect(tile(page, 'targetAttainment')).toHaveText(formatPercent(f.attainment, {}, locale));
}
