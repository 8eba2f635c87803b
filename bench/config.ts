/**
 * Everything the bench knows about the app and the machine, in one place: the selectors,
 * attributes and performance marks of the contract with the overview view, the browser, and
 * the paths. When the app renames something, change it here only.
 */
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/chromium';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Scratch space (gitignored): per-scale site copies, build logs, raw details. */
export const OUT_DIR = join(ROOT, 'bench', 'out');

/** Where the results list is written by default. */
export const RESULTS_FILE = join(ROOT, 'bench', 'results.json');

/** The contract with the app: what the bench waits for and what it presses. */
export const APP = {
	/** The overview route (prerendered). */
	overviewPath: '/',
	/** The served manifest (period extent, database file name). */
	manifestPath: '/data/dataset.json',

	/** Root element and its load phase: idle | engine | download | attach | ready | error. */
	root: '#app',
	stateAttr: 'data-state',
	readyState: 'ready',
	errorState: 'error',

	/** The overview's root: `data-rendered` = key of what is fully drawn, `data-source` = snapshot | live. */
	view: '[data-view="overview"]',
	renderedAttr: 'data-rendered',
	sourceAttr: 'data-source',
	liveSource: 'live',
	/** `data-rendered` is `area|period` (more fields may follow; only these two are read). */
	key: { separator: '|', area: 0, period: 1 },

	/** Performance marks the app sets (names as in src/lib/data/engine.ts and the overview). */
	marks: {
		firstFigures: 'cakupan:first-figures',
		engineReady: 'cakupan:engine-ready',
		dataReady: 'cakupan:data-ready'
	},
	/** `performance.measure` names of the app's own query timings, when it records them. */
	queryMeasurePrefix: 'cakupan:query:',

	/** The trend chart: focus it, then ArrowLeft/ArrowRight moves the selected month (`periode`). */
	trend: '[data-chart="trend"]',
	/** What receives focus for the keys inside the chart (a `role="slider"`); the chart itself when absent. */
	trendFocus: '[data-chart="trend"] [tabindex]',
	previousKey: 'ArrowLeft',
	nextKey: 'ArrowRight',
	ranking: '[data-chart="ranking"]',
	/** The area picker; options are `ID`, province codes (2 digits) and regency codes. */
	areaPicker: 'select[name="wilayah"]',
	nationalArea: 'ID',

	/** The province used for the province-level query timings. */
	province: '64',

	/**
	 * Deep links measured cold against the baseline page (`?wilayah=` of the app's URL state):
	 * Jawa Barat, the province the warm month changes are timed in, and Kota Bandung in it.
	 */
	deepLinks: { province: '32', regency: '3273' },
	/** The URL parameter of the area (the app's and the baseline's). */
	areaParam: 'wilayah'
} as const;

/**
 * The baseline page (bench/baseline/): a plain DuckDB-WASM + Plot page over the same database
 * file, built into the scale's site at this path, keeping the same probe contract as {@link APP}.
 */
export const BASELINE = {
	path: '/baseline/'
} as const;

/** Which page a run loads: Cakupan itself or the baseline page. */
export type Target = 'app' | 'baseline';

/** The URL path of a page, optionally deep-linked to an area. */
export function pagePath(target: Target, area: string | null = null): string {
	const path = target === 'app' ? APP.overviewPath : BASELINE.path;
	return area === null ? path : `${path}?${APP.areaParam}=${encodeURIComponent(area)}`;
}

/** The shape of {@link APP}. */
export type AppConfig = typeof APP;

/**
 * What the in-page probe (page/probe.js) watches: the load phase on `root`, and the view whose
 * `data-rendered` key and `data-source` it logs. `key.area` is the field `liveArea` compares.
 */
export interface ProbeConfig {
	readonly root: string;
	readonly stateAttr: string;
	readonly view: string;
	readonly renderedAttr: string;
	readonly sourceAttr: string;
	readonly liveSource: string;
	readonly key: { readonly separator: string; readonly area: number; readonly period: number };
	/** More attributes of the view's root to log (as `attr:<name>`), e.g. `/penilaian/`'s `data-scored`. */
	readonly extraAttrs?: readonly string[];
}

/**
 * The contract with the regional-office view `/kantor/` (issue 9; the integrator guarantees it).
 * Its `data-rendered` is `scope|month|denominator|locale|selected|metric`, the scope written
 * `national:ID`, `province:64`, `kanwil:<id>` or `branch:<name>`.
 */
export const KANTOR = {
	path: '/kantor/',
	view: '[data-view="kantor"]',
	/** The fields of `data-rendered`, by index. */
	key: { separator: '|', scope: 0, month: 1, denominator: 2, locale: 3, selected: 4, metric: 5 },
	/** Scope picker: `ID`, province codes, `kanwil:<id>`, `branch:<name>`. */
	scopePicker: 'select[name="kantor"]',
	/** The metric the map and the ranking colour by. */
	metricPicker: 'select[name="ukuran"]',
	metrics: ['ucj', 'coverageChangePts', 'growth', 'targetAttainment', 'informalPenetration', 'formalPenetration'],
	/** One button per ranking row on the current page: `data-select="<regency>"`. */
	selectButton: '[data-view="kantor"] [data-select]',
	selectAttr: 'data-select',
	/** Shown with a regency selected: opens its villages (downloads the province's village file). */
	openVillages: '[data-action="open-villages"]',
	/** The villages panel: `data-state` loading | ready | error (| unavailable: no village file), `data-rows` once drawn. */
	villagesPanel: '[data-panel="villages"]',
	villagesReady: '[data-panel="villages"][data-state="ready"]',
	villagesError: '[data-panel="villages"][data-state="error"], [data-panel="villages"][data-state="unavailable"]',
	/** The province of the deep link and the warm session (Kalimantan Timur). */
	province: '64',
	/** The URL parameters: province or regency area, a Kanwil, a selected regency. */
	params: { area: 'wilayah', kanwil: 'kanwil', selected: 'pilih' },
	/** The boundaries only `/kantor/` fetches (`.br`/`.gz` beside it after precompress). */
	mapFile: 'data/map-regencies.json'
} as const;

/**
 * The contract with the assessment-panel view `/penilaian/` (issue 10). Its root carries
 * `data-rendered` = `year|candidate|locale|listed` once the list and the open candidate's
 * scorecard are drawn, `data-source` (`snapshot` | `live`), and `data-scored` =
 * `candidate|weights|reweight|band` once the composite, ranks and rank ranges are drawn for those
 * weights (the weights in criteria order, `_`-separated, as the numbers the inputs hold).
 */
export const PENILAIAN = {
	path: '/penilaian/',
	view: '[data-view="penilaian"]',
	/** The fields of `data-rendered`, by index. */
	key: { separator: '|', year: 0, candidate: 1, locale: 2, listed: 3 },
	scoredAttr: 'data-scored',
	/** The fields of `data-scored`, by index. */
	scored: { separator: '|', candidate: 0, weights: 1, reweight: 2, band: 3 },
	/** The candidate list's row buttons (DataTable `rowKey`): `data-select="<candidate id>"`. */
	selectButton: '[data-view="penilaian"] [data-select]',
	selectAttr: 'data-select',
	/** One number input per criterion of the open candidate's kind, in criteria order. */
	weightInputs: '[data-panel="weights"] input[name^="bobot-"]',
	/**
	 * The cold deep link: Kalimantan Barat's regency governments (the seeds' real candidates).
	 * The warm session opens Kalimantan Tengah's, the sample's largest group (8 candidates in the
	 * latest assessment year): a weight change rescores and re-ranges every candidate of the group.
	 */
	cold: { provinsi: '61', kategori: 'regency_government' },
	warm: { provinsi: '62', kategori: 'regency_government' }
} as const;

/** A `/penilaian/` URL with its parameters (`provinsi`, `kategori`, ...). */
export function penilaianPath(params: Readonly<Record<string, string>>): string {
	const query = new URLSearchParams(params).toString();
	return query ? `${PENILAIAN.path}?${query}` : PENILAIAN.path;
}

/**
 * The contract with the data page `/data/` (issue 11; built on another branch, so these selectors
 * are what its author announced, kept here so that one edit follows a rename). Its root carries
 * `data-import-state` = idle | reading | review | applying | active | error; a file goes in through
 * its `input[type=file]` and is accepted with a button named Terima / Gunakan / Accept.
 */
export const DATA_PAGE = {
	path: '/data/',
	root: '[data-import-state]',
	stateAttr: 'data-import-state',
	states: { idle: 'idle', reading: 'reading', review: 'review', applying: 'applying', active: 'active', error: 'error' },
	fileInput: 'input[type=file]',
	/**
	 * Set on the root once the page has prepared for the first file (region names, a parsing
	 * worker, the engine's catalog), which it does while a user is still in the file dialog; the
	 * bench picks its file after it, as a user cannot pick one in the first second.
	 */
	prepared: '[data-prepared="true"]',
	/** The accept button's accessible name (Playwright `getByRole('button', { name })`). */
	acceptName: /Terima|Gunakan|Accept/,
	/**
	 * The 1-province participation file in each format (Kalimantan Tengah: 14 regencies × 84 months ×
	 * 4 segments = 4,704 rows, the same rows in each; data/examples/README.md), relative to the repo.
	 */
	files: {
		csv: 'data/examples/partisipasi-62.csv',
		xlsx: 'data/examples/partisipasi-62.xlsx',
		parquet: 'data/examples/partisipasi-62-zstd.parquet'
	},
	/** The large CSV (bench/import-files.ts, every regency of the sample), bytes. */
	largeCsvBytes: 10_000_000
} as const;

/** The formats the data group loads, in order. */
export type DataFormat = keyof typeof DATA_PAGE.files;

/** The probe watching the overview (and the baseline page, which keeps its contract). */
export const OVERVIEW_PROBE: ProbeConfig = {
	root: APP.root,
	stateAttr: APP.stateAttr,
	view: APP.view,
	renderedAttr: APP.renderedAttr,
	sourceAttr: APP.sourceAttr,
	liveSource: APP.liveSource,
	key: APP.key
};

/** The probe watching `/kantor/`: its key's scope is what `liveArea` compares. */
export const KANTOR_PROBE: ProbeConfig = {
	...OVERVIEW_PROBE,
	view: KANTOR.view,
	key: { separator: KANTOR.key.separator, area: KANTOR.key.scope, period: KANTOR.key.month }
};

/** The probe on `/data/`: it logs the import state (`attr:data-import-state`) with its times. */
export const DATA_PROBE: ProbeConfig = {
	...OVERVIEW_PROBE,
	view: DATA_PAGE.root,
	extraAttrs: [DATA_PAGE.stateAttr]
};

/** The probe watching `/penilaian/`: its key's candidate is what `liveArea` compares, its year is the "period". */
export const PENILAIAN_PROBE: ProbeConfig = {
	...OVERVIEW_PROBE,
	view: PENILAIAN.view,
	key: { separator: PENILAIAN.key.separator, area: PENILAIAN.key.candidate, period: PENILAIAN.key.year },
	extraAttrs: [PENILAIAN.scoredAttr]
};

/** A `/kantor/` URL with parameters (`wilayah`, `kanwil`, `pilih`, ...; null ones left out). */
export function kantorPath(params: Partial<Record<keyof typeof KANTOR.params, string | null>> = {}): string {
	const search = new URLSearchParams();
	for (const [name, value] of Object.entries(params)) if (value != null) search.set(KANTOR.params[name as keyof typeof KANTOR.params], value);
	const query = search.toString();
	return query ? `${KANTOR.path}?${query}` : KANTOR.path;
}

/** The `data-rendered` scope field of a province or Indonesia (`province:64`, `national:ID`). */
export function kantorScopeOf(area: string): string {
	return area === APP.nationalArea ? `national:${area}` : `province:${area}`;
}

/** The system browser; Playwright never downloads one here. */
export const CHROMIUM = {
	executablePath: CHROMIUM_PATH,
	args: [...CHROMIUM_ARGS],
	viewport: { width: 1280, height: 800 }
} as const;

/** The 2 Mbps / 300 ms first visit (CDP `Network.emulateNetworkConditions`; bytes per second). */
export const SLOW_NETWORK = {
	offline: false,
	latency: 300,
	downloadThroughput: 2e6 / 8,
	uploadThroughput: 2e6 / 8
} as const;

/** How long the bench waits before calling a step failed (ms). */
export const TIMEOUTS = {
	/** Navigation to `data-state=ready` (or error) on a cold load. */
	ready: 90_000,
	/** Ready to first figures, when the mark has not come yet. */
	figures: 15_000,
	/** First figures on the slow network. */
	slowFigures: 30_000,
	/** Service worker registered and the database file in its cache. */
	serviceWorker: 90_000,
	/** One linked or area change. */
	change: 10_000,
	/** A regency's villages: click to the panel ready (the province's village file downloads). */
	villages: 30_000,
	/** One step of loading a file on `/data/` (file picked to review, or accept to active). */
	dataLoad: 60_000
} as const;
