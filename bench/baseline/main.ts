/**
 * The baseline page: what a plain DuckDB-WASM + Plot page does for the overview's state, with
 * no framework, no snapshot and no result cache, so the bench can hold Cakupan to a ratio of
 * it measured in the same run. It honours the app's probe contract (bench/config.ts `APP`):
 * `#app[data-state]` (`ready` once the engine answered its first query), the view's
 * `data-rendered="<area>|<month>"` and `data-source="live"` once that state's figures are in
 * the DOM, the `cakupan:first-figures` mark at its first chart, the trend's focusable slider
 * taking ArrowLeft/ArrowRight, and `select[name="wilayah"]`.
 *
 * A month change re-queries the ranking and the headline numbers and redraws them (and the
 * trend, whose rule marks the month, from the rows it already has); an area change re-queries
 * everything. The URL keeps `wilayah` and `periode`, as the app's does.
 */
import { openDatabase, type Query } from './engine';
import { headlineItems, rankingChart, trendChart } from './charts';
import {
	headlineSql,
	nameSql,
	periodSql,
	provincesSql,
	rankingSql,
	regenciesSql,
	trendSql,
	validArea,
	validMonth,
	type Headline,
	type RankingRow,
	type RegionRow,
	type TrendRow
} from './queries';

const app = document.querySelector<HTMLElement>('#app')!;
const view = document.querySelector<HTMLElement>('[data-view="overview"]')!;
const title = view.querySelector<HTMLElement>('h1')!;
const picker = view.querySelector<HTMLSelectElement>('select[name="wilayah"]')!;
const slider = view.querySelector<HTMLElement>('[data-chart="trend"] [role="slider"]')!;
const rankingBox = view.querySelector<HTMLElement>('[data-chart="ranking"] .bars')!;
const headline = view.querySelector<HTMLElement>('dl')!;

const params = new URL(location.href).searchParams;
let area = validArea(params.get('wilayah')) ? params.get('wilayah')! : 'ID';
let month = '';
let months: string[] = [];
let trendRows: TrendRow[] = [];
let provinces: RegionRow[] = [];
// Only the newest change draws: a slower answer to an older one is dropped.
let latest = 0;

function setUrl(): void {
	const url = new URL(location.href);
	url.searchParams.set('wilayah', area);
	url.searchParams.set('periode', month);
	history.replaceState(null, '', url);
}

function drawTrend(): void {
	slider.replaceChildren(trendChart(trendRows, month));
	slider.setAttribute('aria-valuenow', String(months.indexOf(month)));
	slider.setAttribute('aria-valuetext', month);
}

function drawHeadline(h: Headline | undefined): void {
	headline.replaceChildren(
		...headlineItems(h).flatMap(([label, value]) => {
			const dt = document.createElement('dt');
			dt.textContent = label;
			const dd = document.createElement('dd');
			dd.textContent = value;
			return [dt, dd];
		})
	);
}

function option(value: string, label: string): HTMLOptionElement {
	const o = document.createElement('option');
	o.value = value;
	o.textContent = label;
	return o;
}

/** Indonesia, every province, and the regencies of the current area's province. */
function fillPicker(regencies: readonly RegionRow[]): void {
	picker.replaceChildren(
		option('ID', 'Indonesia'),
		...provinces.map((p) => option(p.code, p.name)),
		...regencies.map((r) => option(r.code, `  ${r.name}`))
	);
	picker.value = area;
}

function markRendered(): void {
	view.setAttribute('data-source', 'live');
	view.setAttribute('data-rendered', `${area}|${month}`);
}

/** Query and draw everything for the current area and month (first view, area change). */
async function drawAll(query: Query): Promise<void> {
	const token = ++latest;
	const [trend, ranking, head, name, regencies] = await Promise.all([
		query<TrendRow>(trendSql(area)),
		query<RankingRow>(rankingSql(area, month)),
		query<Headline>(headlineSql(area, month)),
		area === 'ID' ? Promise.resolve([{ name: 'Indonesia' }]) : query<{ name: string }>(nameSql(area)),
		area === 'ID' ? Promise.resolve([]) : query<RegionRow>(regenciesSql(area.slice(0, 2)))
	]);
	if (token !== latest) return;
	trendRows = trend;
	drawTrend();
	if (!performance.getEntriesByName('cakupan:first-figures').length) performance.mark('cakupan:first-figures');
	rankingBox.replaceChildren(rankingChart(ranking, area));
	drawHeadline(head[0]);
	title.textContent = `${name[0]?.name ?? area} · ${month}`;
	fillPicker(regencies);
	markRendered();
}

/** Query and draw what depends on the month: the ranking and the headline numbers. */
async function drawMonth(query: Query): Promise<void> {
	const token = ++latest;
	const [ranking, head] = await Promise.all([query<RankingRow>(rankingSql(area, month)), query<Headline>(headlineSql(area, month))]);
	if (token !== latest) return;
	drawTrend();
	rankingBox.replaceChildren(rankingChart(ranking, area));
	drawHeadline(head[0]);
	title.textContent = `${title.textContent!.split(' · ')[0]} · ${month}`;
	markRendered();
}

async function main(): Promise<void> {
	app.setAttribute('data-state', 'engine');
	const query = await openDatabase();
	const [period] = await query<{ first: string; last: string }>(periodSql);
	app.setAttribute('data-state', 'ready');
	months = [];
	for (let m = period!.first; m <= period!.last; m = nextMonth(m)) months.push(m);
	const asked = params.get('periode');
	month = validMonth(asked) && months.includes(asked) ? asked : period!.last;
	provinces = await query<RegionRow>(provincesSql);
	setUrl();
	await drawAll(query);

	slider.addEventListener('keydown', (event) => {
		const step = event.key === 'ArrowLeft' ? -1 : event.key === 'ArrowRight' ? 1 : 0;
		const next = months[months.indexOf(month) + step];
		if (!step || !next) return;
		event.preventDefault();
		month = next;
		setUrl();
		void drawMonth(query);
	});
	picker.addEventListener('change', () => {
		area = picker.value;
		setUrl();
		void drawAll(query);
	});
}

function nextMonth(m: string): string {
	const y = Number(m.slice(0, 4));
	const n = Number(m.slice(5, 7));
	return n === 12 ? `${y + 1}-01` : `${y}-${String(n + 1).padStart(2, '0')}`;
}

main().catch((error: unknown) => {
	app.setAttribute('data-state', 'error');
	app.append(String((error as Error)?.message ?? error));
	console.error(error);
});
