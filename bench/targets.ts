/**
 * The performance budget (issue [3 of 8] and [4 of 8], then issues 9, 10 and 11), one entry per measure, per scale.
 * `stat` says which statistic of the runs is held to the target: first-load times by their
 * median, interaction latencies and memory by their p95, the off-origin count by its max.
 * Units are decimal (1 kB = 1000 bytes, 1 MB = 10^6 bytes).
 *
 * Beside the absolute budget, the measures in {@link RATIOS} are compared with the baseline
 * page (bench/baseline/) measured in the same run: ratio = Cakupan's statistic ÷ the
 * baseline's, held to a maximum ratio where the issue sets one.
 */

/** Names of the measures, as printed and written to results.json. */
export const MEASURES = {
	coldFirstFigures: 'cold: first figures',
	coldReady: 'cold: DuckDB ready',
	coldFirstFiguresProvince: 'cold: first figures, province deep link',
	coldFirstFiguresRegency: 'cold: first figures, regency deep link',
	linkedChange: 'warm: linked change (trend month)',
	monthChangeProvince: 'warm: month change in a province view',
	areaChange: 'warm: area change (province and back)',
	rendererMemory: 'renderer peak memory (VmHWM)',
	villageListNode: "village list, Node twin: one regency's villages in DuckDB-WASM in Node",
	criticalJs: 'critical-path JS (gzip)',
	slowFirstFigures: 'first figures at 2 Mbps / 300 ms',
	repeatReady: 'repeat visit (service worker): DuckDB ready',
	offOrigin: 'requests leaving the origin',
	bytesTotal: 'bytes sent to ready: total',
	bytesJs: 'bytes sent to ready: JS',
	bytesWasm: 'bytes sent to ready: wasm',
	bytesData: 'bytes sent to ready: data',
	bytesFirstVisit: 'bytes sent, first visit incl. service worker precache',
	bytesRepeat: 'bytes sent, repeat visit',
	kantorColdFirstFigures: 'kantor cold: first figures',
	kantorColdFirstFiguresProvince: 'kantor cold: first figures, province deep link',
	kantorWarmChange: 'kantor warm: metric, month or area change',
	kantorSelectRegency: 'kantor warm: select a regency',
	kantorVillages: 'kantor villages: one regency, province file not downloaded',
	kantorMapBrotli: 'kantor map file (brotli)',
	kantorMapGzip: 'kantor map file (gzip)',
	kantorJsBeyondOverview: 'kantor JS beyond the overview (gzip)',
	overviewMapRequests: 'overview cold: map file requests',
	penilaianColdFirstFigures: 'penilaian cold: first figures, province and category deep link',
	penilaianSwitchCandidate: 'penilaian warm: switch candidate (scorecard drawn)',
	penilaianWeightChange: 'penilaian warm: weight change (composite, ranks and rank ranges drawn)',
	dataLoadCsv: 'data: load a 1-province participation file, CSV (picked to figures updated)',
	dataLoadXlsx: 'data: load a 1-province participation file, .xlsx',
	dataLoadParquet: 'data: load a 1-province participation file, Parquet (ZSTD)',
	dataLoadLargeCsv: 'data: load a 10 MB participation CSV'
} as const;

/** A budgeted measure's key. */
export type MeasureKey = keyof typeof MEASURES;
/** A data scale: the bundled sample, the 10 M-row village set, or any folder (`--dataset`). */
export type Scale = 'sample' | 'village' | 'custom';
/** The statistic of the runs a target holds. */
export type Stat = 'median' | 'p95' | 'max';

/** One measure's budget: at most `max[scale]` in `unit`, judged on `stat`. */
export interface Target {
	readonly unit: string;
	readonly stat: Stat;
	readonly max: Partial<Record<Scale, number>>;
}

/** The budget of each measure. */
export const TARGETS: Partial<Record<MeasureKey, Target>> = {
	coldFirstFigures: { unit: 'ms', stat: 'median', max: { sample: 800, village: 1000 } },
	coldReady: { unit: 'ms', stat: 'median', max: { sample: 2000, village: 3000 } },
	linkedChange: { unit: 'ms', stat: 'p95', max: { sample: 30, village: 50 } },
	areaChange: { unit: 'ms', stat: 'p95', max: { sample: 150, village: 300 } },
	rendererMemory: { unit: 'MB', stat: 'p95', max: { sample: 350, village: 800 } },

	criticalJs: { unit: 'kB', stat: 'median', max: { sample: 350, village: 350 } },
	slowFirstFigures: { unit: 'ms', stat: 'median', max: { sample: 5000, village: 5000 } },
	repeatReady: { unit: 'ms', stat: 'median', max: { sample: 2000, village: 2500 } },
	offOrigin: { unit: 'requests', stat: 'max', max: { sample: 0, village: 0 } },
	// Issue 9, the regional-office view `/kantor/`.
	kantorVillages: { unit: 'ms', stat: 'median', max: { sample: 500, village: 1000 } },
	kantorMapBrotli: { unit: 'kB', stat: 'max', max: { sample: 250, village: 250 } },
	kantorMapGzip: { unit: 'kB', stat: 'max', max: { sample: 250, village: 250 } },
	kantorJsBeyondOverview: { unit: 'kB', stat: 'median', max: { sample: 150, village: 150 } },
	overviewMapRequests: { unit: 'requests', stat: 'max', max: { sample: 0, village: 0 } },
	// Issue 10, the assessment-panel view `/penilaian/`: a weight change rescores a few dozen
	// candidates in TypeScript, no query, so it must fit one frame.
	penilaianWeightChange: { unit: 'ms', stat: 'p95', max: { sample: 16, village: 16 } },
	// Issue 11, the data page `/data/`: a user's file read, checked, accepted and shown.
	dataLoadCsv: { unit: 'ms', stat: 'median', max: { sample: 2000, village: 2000 } },
	dataLoadXlsx: { unit: 'ms', stat: 'median', max: { sample: 2000, village: 2000 } },
	dataLoadParquet: { unit: 'ms', stat: 'median', max: { sample: 2000, village: 2000 } },
	dataLoadLargeCsv: { unit: 'ms', stat: 'median', max: { sample: 5000, village: 5000 } }
};

/** A measure compared with the baseline page: the statistic compared, and the ratio it may reach (null: none set). */
export interface RatioTarget {
	readonly stat: Stat;
	readonly max: number | null;
}

/**
 * The measures taken on the baseline page too, and their ratio targets: a warm month change in
 * a province view at most half the baseline's p95, an area change no slower than it, DuckDB
 * ready and memory no worse, a deep link's first figures in half the baseline's first chart.
 * `/kantor/` (issue 9): its first figures in half the baseline's first chart (its default
 * view's cold loads), a metric, month or area change no slower than the baseline's month change
 * in a province view (p95), selecting a regency in half of it. `/penilaian/` (issue 10): its
 * first figures (list and scorecard) in half the baseline's first chart, switching candidates in
 * half the baseline's month change in a province view (p95); a weight change is held to one
 * frame (TARGETS), its ratio only reported.
 */
export const RATIOS: Partial<Record<MeasureKey, RatioTarget>> = {
	coldFirstFigures: { stat: 'median', max: null },
	coldReady: { stat: 'median', max: 1 },
	coldFirstFiguresProvince: { stat: 'median', max: 0.5 },
	coldFirstFiguresRegency: { stat: 'median', max: 0.5 },
	linkedChange: { stat: 'p95', max: null },
	monthChangeProvince: { stat: 'p95', max: 0.5 },
	areaChange: { stat: 'p95', max: 1 },
	rendererMemory: { stat: 'p95', max: 1 },
	kantorColdFirstFigures: { stat: 'median', max: 0.5 },
	kantorColdFirstFiguresProvince: { stat: 'median', max: 0.5 },
	kantorWarmChange: { stat: 'p95', max: 1 },
	kantorSelectRegency: { stat: 'p95', max: 0.5 },
	penilaianColdFirstFigures: { stat: 'median', max: 0.5 },
	penilaianSwitchCandidate: { stat: 'p95', max: 0.5 },
	penilaianWeightChange: { stat: 'p95', max: null }
};

/** The target of a measure at a scale (a custom dataset is judged as the sample), or null. */
export function targetOf(key: MeasureKey, scale: Scale): { max: number; stat: Stat } | null {
	const target = TARGETS[key];
	const max = target?.max[scale] ?? (scale === 'custom' ? target?.max.sample : undefined);
	return target && max !== undefined ? { max, stat: target.stat } : null;
}
