/**
 * The assessment-panel view (/penilaian/) as a panel member uses it. Every figure is checked
 * against `penilaian-oracle.ts`: plain SQL over the sample's Parquet, the composite by the
 * published rules and the number formats written with Intl, none of it the app's code.
 *   1. every seed candidate's scorecard (regencies, villages, businesses; the ambiguous village
 *      side by side);
 *   2. Kalimantan Barat's regencies: Ketapang's scorecard, ranks, APBD funding, the published rank
 *      beside the data's, in both languages; its evidence pack printed to an A4 PDF and read back
 *      with pdfjs-dist;
 *   3. panel notes: kept over a reload, exported, imported into a cleared browser, a conflicting
 *      edit shown with both texts, a malformed file refused;
 *   4. keyboard alone: choose a candidate, read it, reweight, reach the print action;
 *   5. hostile URL parameters and all-zero weights.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { translator } from '../../src/lib/i18n';
import { expect, openApp, test, waitForReady } from './helpers';
import * as oracle from './penilaian-oracle';
import { CRITERIA, DASH, YEAR, type Candidate, type Kind, type Locale, type Values } from './penilaian-oracle';

const READY = { timeout: 90_000 };
const id = translator('id');
const en = translator('en');
/** The repository's copy of the seeds' candidates (CI has no ../shared). */
const SEEDS_CSV = 'scripts/sample/seeds/paritrana_2025_candidates.csv';

const view = (page: Page) => page.locator('[data-view="penilaian"]');
/** Whitespace removed: a PDF wraps lines where the screen does not. */
const flat = (text: string) => text.replace(/\s+/g, '');

/** Waits until the view has drawn `candidate` (the list holding `listed` candidates) in `locale`. */
async function drawn(page: Page, candidate: string, listed: number, locale: Locale = 'id') {
	await expect(view(page)).toHaveAttribute('data-rendered', `${YEAR}|${candidate}|${locale}|${listed}`, READY);
}

/** Presses Tab (or Shift+Tab) until `target` has the focus. */
async function tabTo(page: Page, target: Locator, key = 'Tab') {
	for (let i = 0; i < 300; i++) {
		if (await target.evaluate((el) => el === document.activeElement)) return;
		await page.keyboard.press(key);
	}
	throw new Error(`${key} never reached ${target}`);
}

/** The formatted values a scorecard of `kind` should show. */
function formatted(kind: Kind, values: Values, locale: Locale): string[] {
	return CRITERIA[kind].map((c) => oracle.formatValue(c, values[c.id] ?? null, locale));
}

/** The scorecard as read on screen: criterion ids, values, rank among candidates, rank among peers. */
async function readScorecard(page: Page) {
	return page.locator('[data-table="scorecard"] tbody tr').evaluateAll((trs) =>
		trs.map((tr) => ({
			id: tr.getAttribute('data-criterion'),
			label: tr.querySelector('th')!.textContent!.trim(),
			value: tr.querySelector('[data-value]')!.textContent!.trim(),
			group: tr.querySelector('[data-rank-group]')!.textContent!.trim(),
			peers: tr.querySelector('[data-rank-peers]')!.textContent!.trim(),
			text: (tr as HTMLElement).innerText
		}))
	);
}

/** The group ranking table: rank, name, composite, rank range, published rank; and its printed text. */
async function readGroup(page: Page) {
	return page.locator('[data-table="group"] tbody tr').evaluateAll((trs) =>
		trs.map((tr) => ({
			rank: tr.querySelector('[data-rank]')!.textContent!.trim(),
			name: tr.querySelector('th')!.textContent!.trim(),
			composite: tr.querySelector('[data-composite]')!.textContent!.trim(),
			range: tr.querySelector('[data-range]')!.textContent!.trim(),
			published: tr.querySelector('[data-published]')?.textContent!.trim() ?? null,
			printed: [...tr.children].filter((cell) => !cell.classList.contains('no-print')).map((cell) => (cell as HTMLElement).innerText).join(' ')
		}))
	);
}

/** The seeds' Kalimantan Barat regencies with their figures, ranks and composites from the oracle. */
async function kalimantanBarat(weights: Record<string, number> = {}) {
	const regencies = await oracle.governments('61');
	const group = (await oracle.candidates(`province_code = '61' AND category = 'regency_government'`)).map((c) => ({ ...c, row: regencies.get(c.region_code!)! }));
	const all = Object.fromEntries(CRITERIA.government.map((c) => [c.id, weights[c.id] ?? 10]));
	const scored = oracle.composite(group.map((g) => ({ key: g.candidate_id, values: g.row.values })), CRITERIA.government, all);
	const score = (key: string) => scored.find((s) => s.key === key)!;
	/** Each criterion's rank among the group and among every regency of the province, as the screen writes it. */
	const ranks = (key: string, locale: Locale) => {
		const t = translator(locale);
		const own = group.find((g) => g.candidate_id === key)!;
		const rank = (r: { rank: number; of: number } | null) => (r ? t('penilaian.rankOf', { rank: String(r.rank), of: String(r.of) }) : DASH);
		return CRITERIA.government.map((c) => ({
			group: rank(oracle.rankAmong(group.map((g) => ({ key: g.candidate_id, value: g.row.values[c.id] ?? null })), key)),
			peers: rank(oracle.rankAmong([...regencies.values()].map((r) => ({ key: r.code, value: r.values[c.id] ?? null })), own.region_code!))
		}));
	};
	/** The ranking table: best first, ties by name, as the screen writes it. */
	const table = (locale: Locale) =>
		[...group]
			.sort((a, b) => score(a.candidate_id).rank - score(b.candidate_id).rank || a.candidate.localeCompare(b.candidate, 'id'))
			.map((g) => ({ rank: String(score(g.candidate_id).rank), name: g.candidate, composite: oracle.decimal(score(g.candidate_id).composite, locale), published: g.result === null ? DASH : String(g.result) }));
	return { group, regencies, score, ranks, table };
}

test('every seed candidate’s scorecard shows the figures of an independent query; the ambiguous village shows both', async ({ app: page }) => {
	test.setTimeout(150_000);
	const seeds = await oracle.candidates();
	// The seeds as the repository carries them: every candidate of the CSV is in the data.
	const csvNames = readFileSync(SEEDS_CSV, 'utf8').trim().split('\n').slice(1).map((line) => line.split(',')[5]!);
	expect(seeds.map((s) => s.candidate).sort()).toEqual([...csvNames].sort());
	const governments = new Map<string, Awaited<ReturnType<typeof oracle.governments>>>();
	for (const province of new Set(seeds.map((s) => s.province_code))) governments.set(province, await oracle.governments(province));

	/** What the scorecard of `c` should read: its kind and values, or each alternative's for an ambiguous region. */
	async function expected(c: Candidate): Promise<{ kind: Kind; values: Values[] }> {
		if (c.category === 'business') return { kind: 'business', values: [(await oracle.business(c.employer_id!))!] };
		const codes = c.region_code!.split('|');
		if (c.category === 'village_government') return { kind: 'village', values: await Promise.all(codes.map(oracle.village)) };
		return { kind: 'government', values: codes.map((code) => governments.get(c.province_code)!.get(code)!.values) };
	}

	await openApp(page, '/penilaian/');
	await drawn(page, seeds[0]!.candidate_id, seeds.length);
	// Every candidate on one page of the list.
	await page.locator('[data-chart="candidates"] .data-table__pages select').selectOption('0');

	for (const c of seeds) {
		const want = await expected(c);
		// Seeds without figures would make this test compare dashes with dashes.
		for (const v of want.values) expect(v, c.candidate).not.toBeNull();
		for (const v of want.values) expect(Object.values(v).filter((x) => x !== null).length, c.candidate).toBeGreaterThan(2);

		await page.locator(`button[data-select="${c.candidate_id}"]`).click();
		await drawn(page, c.candidate_id, seeds.length);
		await expect(page.locator('#card-title')).toHaveText(id('penilaian.card.title', { name: c.candidate }));
		const ids = CRITERIA[want.kind].map((x) => x.id);

		if (want.values.length > 1) {
			// Never guessed: no scorecard of its own, both villages side by side with their codes.
			await expect(page.getByText(id('penilaian.card.ambiguous', { count: String(want.values.length) }))).toBeVisible();
			await expect(page.locator('[data-table="scorecard"]')).toHaveCount(0);
			await expect(page.locator('.summary [data-composite]')).toHaveText(id('penilaian.incomplete'));
			const table = page.locator('[data-alternatives] table');
			const codes = c.region_code!.split('|');
			const names = await oracle.regionNames(codes.map((code) => code.slice(0, 4)));
			await expect(table.locator('thead th')).toHaveText([id('penilaian.col.criterion'), ...codes.map((code) => new RegExp(`\\(${code}, ${names.get(code.slice(0, 4))}\\)$`))]);
			const cells = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim())));
			expect(cells).toEqual(ids.map((_, i) => want.values.map((v) => formatted('village', v, 'id')[i])));
			continue;
		}
		const rows = page.locator('[data-table="scorecard"] tbody tr');
		await expect(rows.locator('[data-value]')).toHaveText(formatted(want.kind, want.values[0]!, 'id'));
		expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-criterion')))).toEqual(ids);
		// Months in arrears: lower is better, said after the formula with a space before it.
		if (want.kind === 'business') await expect(page.locator('[data-table="scorecard"] tr[data-criterion="arrears"] .formula')).toHaveText(new RegExp(`\\S \\(${id('penilaian.lowerBetter')}\\)$`));
	}
});

test('Kalimantan Barat: Ketapang’s scorecard, ranks, APBD and published rank in id and en; its evidence pack as an A4 PDF', async ({ page }) => {
	test.setTimeout(120_000);
	const kb = await kalimantanBarat();
	const ketapang = kb.group.find((g) => g.candidate === 'Kabupaten Ketapang')!;
	expect(kb.group.map((g) => [g.candidate, g.result])).toEqual([
		['Kabupaten Ketapang', 1],
		['Kabupaten Mempawah', 2],
		['Kabupaten Sekadau', 3]
	]);
	const manifest = JSON.parse(readFileSync('static/data/dataset.json', 'utf8')) as { name: string; version: string; checksum: string; synthetic: boolean };

	await page.goto(`/penilaian/?provinsi=61&kategori=regency_government&kandidat=${ketapang.candidate_id}`);
	await waitForReady(page, READY);

	for (const locale of ['id', 'en'] as const) {
		const t = translator(locale);
		if (locale === 'en') await page.getByRole('link', { name: 'English' }).click();
		await drawn(page, ketapang.candidate_id, 3, locale);
		const card = await readScorecard(page);
		expect(card.map((r) => r.value)).toEqual(formatted('government', ketapang.row.values, locale));
		expect(card.map((r) => ({ group: r.group, peers: r.peers }))).toEqual(kb.ranks(ketapang.candidate_id, locale));
		await expect(page.locator('[data-funding]')).toHaveText(
			t('penilaian.card.funding', { vulnerable: oracle.rupiah(ketapang.row.vulnerableIdr, locale), nonAsn: oracle.rupiah(ketapang.row.nonAsnIdr, locale), inYear: oracle.count(ketapang.row.regulationsInYear, locale) })
		);
		// The data's rank beside the published one, for the candidate and for the group.
		const own = kb.score(ketapang.candidate_id);
		await expect(page.locator('.summary [data-composite]')).toHaveText(oracle.decimal(own.composite, locale));
		await expect(page.locator('.summary [data-rank]')).toHaveText(t('penilaian.rankOf', { rank: String(own.rank), of: '3' }));
		await expect(page.locator('.summary [data-published]')).toHaveText('1');
		const group = await readGroup(page);
		expect(group.map(({ rank, name, composite, published }) => ({ rank, name, composite, published }))).toEqual(kb.table(locale));
		await expect(page.locator('[data-table="group"] thead')).toContainText(t('penilaian.col.published'));
	}

	// Back in Indonesian, a note typed before printing.
	await page.getByRole('link', { name: 'Bahasa Indonesia' }).click();
	await drawn(page, ketapang.candidate_id, 3);
	const note = 'Wawancara 3 Juli 2025: Perbup 2024 tentang pekerja rentan; dokumen APBD diminta.';
	await page.locator('textarea[name="catatan"]').fill(note);
	await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');

	// What the screen shows, to be found on paper exactly so.
	const card = await readScorecard(page);
	const summary = await page.locator('[data-summary]').innerText();
	const funding = await page.locator('[data-funding]').innerText();
	const group = await readGroup(page);

	await page.emulateMedia({ media: 'print' });
	const pdf = await page.pdf({ format: 'A4', printBackground: true });
	const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
	const pages: string[] = [];
	for (let n = 1; n <= doc.numPages; n++) {
		const p = await doc.getPage(n);
		// A4 in points (210 × 297 mm).
		expect(p.view.map(Math.round)).toEqual([0, 0, 596, 843]);
		const { items } = await p.getTextContent();
		pages.push(items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
	}
	expect(pages.length).toBeGreaterThan(1);
	for (const [n, text] of pages.entries()) expect(text.split('\n').map((line) => line.trim()), `page ${n + 1}`).toContain('DATA SINTETIS');
	const paper = flat(pages.join('\n'));
	const onPaper = (text: string) => expect(paper, text).toContain(flat(text));

	onPaper(id('penilaian.card.title', { name: 'Kabupaten Ketapang' }));
	onPaper(id('penilaian.pack.heading', { name: 'Kabupaten Ketapang' }));
	for (const row of card) onPaper(row.text);
	onPaper(summary);
	onPaper(funding);
	for (const row of group) onPaper(row.printed);
	onPaper(`versi ${manifest.version}, checksum ${manifest.checksum}`);
	const share = `${oracle.decimal(100 / CRITERIA.government.length, 'id')} %`;
	for (const row of card) onPaper(`${row.label} 10 ${share}`);
	onPaper(id('penilaian.weights.defaultAssumption'));
	onPaper(note);
});

test('notes: kept over a reload, exported, imported into a cleared browser; a conflicting edit shows both texts; a malformed file is refused', async ({ page, context }, testInfo) => {
	test.setTimeout(120_000);
	const [berau] = await oracle.candidates(`candidate = 'Kabupaten Berau'`);
	const area = page.locator('textarea[name="catatan"]');
	const message = page.locator('[data-notes-message]');
	const importFile = page.locator('input[name="impor-catatan"]');
	const note = 'Bupati menyebut Perbup jaminan sosial 2024; minta salinan DPA.';

	await page.goto(`/penilaian/?kandidat=${berau!.candidate_id}`);
	await expect(area).toBeEnabled(READY);
	await expect(page.locator('label[for]', { hasText: id('penilaian.notes.label', { name: 'Kabupaten Berau' }) })).toBeVisible();
	await area.fill(note);
	await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');
	await page.reload();
	await expect(area).toHaveValue(note, READY);

	// Export: the file holds the note of this candidate and names the dataset.
	const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="export-notes"]').click()]);
	const exportedPath = testInfo.outputPath('catatan-ekspor.json');
	await download.saveAs(exportedPath);
	const exported = JSON.parse(readFileSync(exportedPath, 'utf8'));
	expect(exported.dataset.name).toBe(JSON.parse(readFileSync('static/data/dataset.json', 'utf8')).name);
	expect(exported.notes.map((n: { candidateId: string; text: string }) => [n.candidateId, n.text])).toEqual([[berau!.candidate_id, note]]);

	// Clear the browser's storage for the site (as the browser's "clear site data" does), reload: gone.
	const cdp = await context.newCDPSession(page);
	await cdp.send('Storage.clearDataForOrigin', { origin: new URL(page.url()).origin, storageTypes: 'indexeddb' });
	await page.reload();
	await expect(area).toBeEnabled(READY);
	await expect(area).toHaveValue('');
	await importFile.setInputFiles(exportedPath);
	await expect(area).toHaveValue(note);
	await expect(message).toHaveText(id('penilaian.notes.imported', { added: '1', updated: '0', unchanged: '0', conflicts: '0' }));

	// This member edits the note; another member's file edited the same revision differently.
	const local = `${note} Salinan DPA diterima.`;
	const theirs = `${note} DPA belum ada; tanyakan Disnaker.`;
	await area.fill(local);
	const [base] = exported.notes;
	const other = { ...exported, notes: [{ ...base, text: theirs, rev: 'anggota-b-rev-1', history: [...base.history, base.rev], updatedAt: new Date().toISOString() }] };
	await importFile.setInputFiles({ name: 'catatan-anggota-b.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(other)) });
	await expect(message).toHaveText(id('penilaian.notes.imported', { added: '0', updated: '0', unchanged: '0', conflicts: '1' }));
	const conflict = page.locator(`[data-conflict="${berau!.candidate_id}"]`);
	await expect(conflict.locator('[data-side="local"]')).toHaveText(local);
	await expect(conflict.locator('[data-side="incoming"]')).toHaveText(theirs);
	await expect(area).toHaveValue(local);

	// A malformed file: a clear message, the note and the conflict as they were.
	await importFile.setInputFiles({ name: 'rusak.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "cakupan-notes", "notes": [') });
	await expect(message).toHaveText(id('penilaian.notes.problem.notJson'));
	await expect(area).toHaveValue(local);
	await expect(conflict.locator('[data-side="incoming"]')).toHaveText(theirs);
	await expect(conflict.locator('[data-side="local"]')).toHaveText(local);
});

test('keyboard alone: choose a candidate, read its scorecard, weight informal penetration 100 and see the ranks change, reach the print action', async ({ app: page }) => {
	test.setTimeout(120_000);
	const equal = await kalimantanBarat();
	const informal = await kalimantanBarat({ informalPenetration: 100 });
	const mempawah = equal.group.find((g) => g.candidate === 'Kabupaten Mempawah')!;
	// The weight changes the order (hand-checked in the oracle): Mempawah 2nd → 3rd, Sekadau 3rd → 2nd.
	expect(equal.table('id').map((r) => r.name)).toEqual(['Kabupaten Ketapang', 'Kabupaten Mempawah', 'Kabupaten Sekadau']);
	expect(informal.table('id').map((r) => r.name)).toEqual(['Kabupaten Ketapang', 'Kabupaten Sekadau', 'Kabupaten Mempawah']);
	await openApp(page, '/penilaian/');
	// The print dialog would block a headless browser: count the calls instead (the PDF test
	// prints). The page is shared with other tests: the browser's own print comes back at the end.
	await page.evaluate(() => {
		const w = window as unknown as { __print: typeof window.print; __printed: number };
		w.__print = window.print;
		w.__printed = 0;
		window.print = () => void w.__printed++;
	});
	await drawn(page, 'PA2025-61-001', 30);
	// The province picker: Tab to it, one step down is Kalimantan Barat.
	const province = page.locator('select[name="provinsi"]');
	await tabTo(page, province);
	await page.keyboard.press('ArrowDown');
	await drawn(page, 'PA2025-61-001', 3);
	await tabTo(page, page.locator(`button[data-select="${mempawah.candidate_id}"]`));
	await page.keyboard.press('Enter');
	await drawn(page, mempawah.candidate_id, 3);
	await expect(page.locator('#card-title')).toHaveText(id('penilaian.card.title', { name: 'Kabupaten Mempawah' }));
	expect((await readScorecard(page)).map((r) => r.value)).toEqual(formatted('government', mempawah.row.values, 'id'));
	await expect(page.locator('.summary [data-rank]')).toHaveText(id('penilaian.rankOf', { rank: '2', of: '3' }));

	const weight = page.locator('input[name="bobot-informalPenetration"]');
	await tabTo(page, weight);
	await page.keyboard.press('ControlOrMeta+A');
	await page.keyboard.type('100');
	await expect(view(page)).toHaveAttribute('data-scored', `${mempawah.candidate_id}|10_10_10_10_100_10_10_10_10|false|10`);
	// The URL takes the typed weights a frame after they are drawn.
	await expect.poll(() => new URL(page.url()).searchParams.get('bobot')).toBe('10_10_10_10_100_10_10_10_10');
	const group = await readGroup(page);
	expect(group.map(({ rank, name, composite, published }) => ({ rank, name, composite, published }))).toEqual(informal.table('id'));
	await expect(page.locator('.summary [data-rank]')).toHaveText(id('penilaian.rankOf', { rank: '3', of: '3' }));

	const print = page.locator('[data-action="print"]');
	await tabTo(page, print);
	await page.keyboard.press('Enter');
	await expect.poll(() => page.evaluate(() => (window as unknown as { __printed?: number }).__printed)).toBe(1);
	await page.evaluate(() => (window.print = (window as unknown as { __print: typeof window.print }).__print));
});

test('hostile URL parameters get a notice in the user’s language and a working view; all-zero weights say why there is no score', async ({ app: page }) => {
	test.setTimeout(120_000);
	const first = 'PA2025-61-001';
	const hostile = {
		tahun: '1999',
		provinsi: "61'--",
		kategori: '<script>alert(1)</script>',
		cari: "'; DROP TABLE candidates;--",
		kandidat: "' OR 1=1--",
		bobotdesa: '1;DROP TABLE x'
	};
	// Every weight 0 as well: the first candidate of the list is a government.
	await openApp(page, `/penilaian/?${new URLSearchParams({ ...hostile, bobot: '0_0_0_0_0_0_0_0_0' })}`);
	for (const [param, value] of Object.entries(hostile)) await expect(page.getByText(id('penilaian.problem.param', { param, value }), { exact: true })).toBeVisible(READY);
	await drawn(page, first, 30);
	await expect(page.locator('#card-title')).toHaveText(id('penilaian.card.title', { name: 'Kabupaten Ketapang' }));
	await expect(page.locator('[data-table="scorecard"] tbody tr')).toHaveCount(CRITERIA.government.length);

	// No composite, no rank, no rank range for anyone, and a notice saying why.
	await expect(view(page)).toHaveAttribute('data-scored', `${first}|0_0_0_0_0_0_0_0_0|false|10`, READY);
	await expect(page.getByText(id('penilaian.weights.allZero'))).toBeVisible();
	await expect(page.locator('.summary [data-composite]')).toHaveText(DASH);
	await expect(page.locator('.summary [data-rank]')).toHaveText(DASH);
	await expect(page.locator('.summary [data-range]')).toHaveText(DASH);
	const group = await readGroup(page);
	expect(group.map(({ rank, composite, range }) => [rank, composite, range])).toEqual([
		[DASH, DASH, DASH],
		[DASH, DASH, DASH],
		[DASH, DASH, DASH]
	]);
	await expect(page.locator('[data-chart="group-ranking"] [data-figure-state="empty"]')).toHaveText(id('penilaian.ranking.noWeights'));
	await expect(page.locator('[data-tops] li')).toHaveCount(0);

	// English, with well-formed values the data does not have, and out-of-range ones.
	const unknown = { bahasa: 'en', provinsi: '99', kandidat: 'PA2025-99-999', bobot: '101_10_10_10_10_10_10_10_10', rentang: '999', banding: 'a,b,c,d,e,f,g' };
	await openApp(page, `/penilaian/?${new URLSearchParams(unknown)}`);
	await expect(page.getByText(en('penilaian.problem.province', { code: '99', year: String(YEAR) }))).toBeVisible(READY);
	await expect(page.getByText(en('penilaian.problem.candidate', { value: 'PA2025-99-999' }))).toBeVisible();
	for (const param of ['bobot', 'rentang', 'banding'] as const) await expect(page.getByText(en('penilaian.problem.param', { param, value: unknown[param] }))).toBeVisible();
	await drawn(page, first, 30, 'en');
	await expect(page.locator('select[name="provinsi"]')).toHaveValue('');
	await expect(view(page)).toHaveAttribute('data-scored', `${first}|10_10_10_10_10_10_10_10_10|false|10`, READY);
	await expect(page.locator('.summary [data-rank]')).toHaveText(en('penilaian.rankOf', { rank: '1', of: '3' }));
});
