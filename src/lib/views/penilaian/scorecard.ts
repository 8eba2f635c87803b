/**
 * A scorecard's rows: for each criterion of the candidate's kind its value, its scaled value in
 * the group, its rank among the candidates of the group and among its peers in the data, and
 * its formula in words; and the same rows as the table and the exports write them. Also the
 * group's ranking rows. Pure: the page passes what it has computed.
 */
import type { ColumnSpec, TableRow } from '$lib/export/columns';
import { formatCount, formatPercent, formatPoints, formatSignedPercent, MISSING } from '$lib/format';
import type { Locale, MessageKey, Translate } from '$lib/i18n';
import type { Criterion, CriterionUnit } from '$lib/scoring/criteria';
import type { RankRange, ScoreResult, ScoredCandidate } from '$lib/scoring/types';
import { rankAmong, type RankOf } from './model';

/** One criterion on the scorecard. */
export interface ScorecardRow {
	criterion: Criterion;
	value: number | null;
	scaled: number | null;
	inGroup: RankOf | null;
	inPeers: RankOf | null;
}

/**
 * The scorecard rows of `key` (the candidate) given its group, its peers in the data and its
 * score (only its scaled values: they do not depend on the weights). `peerKey` is the candidate
 * among its peers: its region code, or its employer id.
 */
export function scorecardRows(
	criteria: readonly Criterion[],
	key: string,
	group: readonly ScoredCandidate[],
	peers: { entries: readonly ScoredCandidate[]; key: string | null },
	result: Pick<ScoreResult, 'scaled'> | undefined
): ScorecardRow[] {
	const self = group.find((g) => g.key === key);
	return criteria.map((criterion) => {
		const raw = self?.values[criterion.id];
		return {
			criterion,
			value: typeof raw === 'number' && Number.isFinite(raw) ? raw : null,
			scaled: result?.scaled[criterion.id] ?? null,
			inGroup: rankAmong(group, criterion.id, criterion.better, key),
			inPeers: peers.key === null ? null : rankAmong(peers.entries, criterion.id, criterion.better, peers.key)
		};
	});
}

/** A criterion value as the screen writes it (growth with its sign, points as points). */
export function formatCriterion(criterion: Pick<Criterion, 'id' | 'unit'>, value: number | null, locale: Locale): string {
	if (value === null) return MISSING;
	if (criterion.id === 'growth') return formatSignedPercent(value, {}, locale);
	switch (criterion.unit) {
		case 'percent':
			return formatPercent(value, {}, locale);
		case 'points':
			return formatPoints(value, {}, locale);
		default:
			return formatCount(value, locale);
	}
}

/** "2 dari 8" / "2 of 8", or "–". */
export function formatRank(rank: RankOf | null, t: Translate): string {
	return rank ? t('penilaian.rankOf', { rank: String(rank.rank), of: String(rank.of) }) : MISSING;
}

/** The scorecard's export columns. */
export function scorecardColumns(t: Translate, peersLabel: string): ColumnSpec[] {
	return [
		{ key: 'criterion', label: t('penilaian.col.criterion'), kind: 'text' },
		{ key: 'value', label: t('penilaian.col.value'), kind: 'count' },
		{ key: 'unit', label: t('penilaian.col.unit'), kind: 'text' },
		{ key: 'scaled', label: t('penilaian.col.scaled'), kind: 'points' },
		{ key: 'rank_group', label: t('penilaian.col.rankGroup'), kind: 'count' },
		{ key: 'group_size', label: t('penilaian.col.groupSize'), kind: 'count' },
		{ key: 'rank_peers', label: peersLabel, kind: 'count' },
		{ key: 'peers_size', label: t('penilaian.col.peersSize'), kind: 'count' },
		{ key: 'formula', label: t('penilaian.col.formula'), kind: 'text' }
	];
}

/** The message key of each criterion unit's name (the exports' unit column). */
const UNIT_KEY: Readonly<Record<CriterionUnit, MessageKey>> = {
	count: 'penilaian.unit.count',
	percent: 'penilaian.unit.percent',
	points: 'penilaian.unit.points',
	months: 'penilaian.unit.months'
};

/** The scorecard rows as the exports write them (numbers stay numbers). */
export function scorecardTableRows(rows: readonly ScorecardRow[], t: Translate, locale: Locale): TableRow[] {
	return rows.map((r) => ({
		criterion: r.criterion.label[locale],
		value: r.value,
		unit: t(UNIT_KEY[r.criterion.unit]),
		scaled: r.scaled,
		rank_group: r.inGroup?.rank ?? null,
		group_size: r.inGroup?.of ?? null,
		rank_peers: r.inPeers?.rank ?? null,
		peers_size: r.inPeers?.of ?? null,
		formula: r.criterion.formula[locale]
	}));
}

/** One candidate of the group's ranking. */
export interface RankingRow {
	key: string;
	name: string;
	result: ScoreResult;
	range: RankRange | null;
	/** The published rank, where a source gives one. */
	published: number | null;
}

/** The group ranking's export columns. */
export function rankingColumns(t: Translate): ColumnSpec[] {
	return [
		{ key: 'rank', label: t('penilaian.col.rank'), kind: 'count' },
		{ key: 'name', label: t('penilaian.col.candidate'), kind: 'text' },
		{ key: 'composite', label: t('penilaian.col.composite'), kind: 'points' },
		{ key: 'best', label: t('penilaian.col.best'), kind: 'count' },
		{ key: 'worst', label: t('penilaian.col.worst'), kind: 'count' },
		{ key: 'published', label: t('penilaian.col.published'), kind: 'count' },
		{ key: 'missing', label: t('penilaian.col.missing'), kind: 'text' },
		{ key: 'id', label: t('penilaian.col.id'), kind: 'text' }
	];
}

/**
 * The ranking's rows, best first (ties by name). Without a single composite in the group (every
 * weight 0, or every candidate incomplete) nobody has a rank: a shared first place would say
 * "all tied", which no figure supports.
 */
export function rankingTableRows(rows: readonly RankingRow[], criterionLabel: (id: string) => string): TableRow[] {
	const anyComposite = rows.some((r) => r.result.composite !== null);
	return [...rows]
		.sort((a, b) => a.result.rank - b.result.rank || a.name.localeCompare(b.name, 'id'))
		.map((r) => ({
			rank: anyComposite ? r.result.rank : null,
			name: r.name,
			composite: r.result.composite,
			best: r.range?.best ?? null,
			worst: r.range?.worst ?? null,
			published: r.published,
			missing: r.result.missing.map(criterionLabel).join(', '),
			id: r.key
		}));
}
