/**
 * One plain sentence per decline, in Bahasa Indonesia or English, built from the decomposition
 * only (`decomposition.ts`): a template of the `decline` messages filled with its numbers,
 * never free text, so the sentence cannot say anything the figures beside it do not.
 *
 *   points:       Cakupan Kabupaten Sukamara turun 3,1 poin: PU −600 peserta (−2,1 poin),
 *                 BPU +100 peserta (+0,3 poin), JAKON −100 peserta (−0,3 poin),
 *                 pertambahan pekerja layak −1,0 poin.
 *   participants: Peserta aktif Kabupaten Sukamara turun 600: PU −600, BPU +100, JAKON −100;
 *                 PMI, di luar cakupan, 0.
 *
 * Choices, so every sentence reads the same way:
 * - segments in the fixed order PU, BPU, JAKON, and only those whose participants changed (a
 *   segment with no change adds nothing to either total); "tidak ada segmen yang berubah" when
 *   none did;
 * - in points mode the workforce effect is always said, even at 0, because it is the part a
 *   reader would otherwise not guess; its wording follows its sign (a negative effect means the
 *   eligible workforce grew);
 * - in participants mode PMI come last and apart, since they are not in the total;
 * - the total is said as a size after "turun"/"naik" ("turun 3,1 poin"), each part with its sign;
 *   points to one decimal, people as whole numbers, grouped the locale's way. Rounded parts may
 *   miss the rounded total by a tenth; the figures themselves add up exactly.
 */
import { UCJ_SEGMENTS } from '$lib/contract/domain';
import { formatInteger, formatNumber } from '$lib/format';
import { withSign } from '$lib/format/intl';
import { translator, type MessageKey } from '$lib/i18n';
import type { Locale } from '$lib/i18n/locale';
import type { Decomposition, DeclineMode, UcjSegment } from './decomposition';

type Direction = 'fell' | 'rose' | 'unchanged';

// Every key spelled out (never built from a code: tests/unit/i18n/keys-used.test.ts).
const HEADLINE: Readonly<Record<DeclineMode, Readonly<Record<Direction, MessageKey>>>> = {
	points: {
		fell: 'decline.sentence.points.fell',
		rose: 'decline.sentence.points.rose',
		unchanged: 'decline.sentence.points.unchanged'
	},
	participants: {
		fell: 'decline.sentence.participants.fell',
		rose: 'decline.sentence.participants.rose',
		unchanged: 'decline.sentence.participants.unchanged'
	}
};

const SEGMENT_LABEL: Readonly<Record<UcjSegment, MessageKey>> = {
	PU: 'decline.segment.PU',
	BPU: 'decline.segment.BPU',
	JAKON: 'decline.segment.JAKON'
};

// Between the filled parts: punctuation, not words (a message may not end in a space).
const LIST_SEPARATOR: Readonly<Record<Locale, string>> = { id: ', ', en: ', ' };

const direction = (total: number): Direction => (total < 0 ? 'fell' : total > 0 ? 'rose' : 'unchanged');

/** A whole number with its sign: +300, −2.100 (id) / −2,100 (en), 0. */
function signedCount(value: number, locale: Locale): string {
	return withSign(value, formatInteger(Math.abs(value), locale), true);
}

/** Points to one decimal with their sign: −2,5 (id) / −2.5 (en); never "+0,0". */
function signedPoints(value: number, locale: Locale): string {
	return withSign(value, formatNumber(Math.abs(value), { digits: 1 }, locale), true);
}

/**
 * The sentence for one region's decomposition in `mode`, or null when that mode's
 * decomposition is missing (a figure of the data is null). `name` is the region's name as
 * shown, e.g. "Kabupaten Sukamara"; the points sentence also needs the participant change, for
 * the people behind each segment's points.
 */
export function declineSentence(name: string, d: Decomposition, mode: DeclineMode, locale: Locale): string | null {
	const t = translator(locale);
	const people = d.participants;
	if (!people) return null;
	const changed = UCJ_SEGMENTS.filter((s) => people.segments[s] !== 0);
	// The segments' parts, or one "no segment changed" in their place.
	const orNone = (parts: string[]) => (parts.length ? parts : [t('decline.sentence.noSegmentChange')]);
	const join = (parts: string[]) => parts.join(LIST_SEPARATOR[locale]);

	if (mode === 'participants') {
		const parts = changed.map((s) =>
			t('decline.sentence.participants.segment', { segment: t(SEGMENT_LABEL[s]), change: signedCount(people.segments[s], locale) })
		);
		const pmi = people.pmi === null ? '' : t('decline.sentence.participants.pmi', { change: signedCount(people.pmi, locale) });
		return t(HEADLINE.participants[direction(people.total)], {
			name,
			total: formatInteger(Math.abs(people.total), locale),
			parts: join(orNone(parts)),
			pmi
		});
	}

	const coverage = d.coverage;
	if (!coverage) return null;
	const parts = changed.map((s) =>
		t('decline.sentence.points.segment', {
			segment: t(SEGMENT_LABEL[s]),
			change: signedCount(people.segments[s], locale),
			points: signedPoints(coverage.segments[s], locale)
		})
	);
	const workforce: MessageKey =
		coverage.workforce < 0
			? 'decline.sentence.points.workforceGrew'
			: coverage.workforce > 0
				? 'decline.sentence.points.workforceShrank'
				: 'decline.sentence.points.workforceSame';
	return t(HEADLINE.points[direction(coverage.total)], {
		name,
		total: formatNumber(Math.abs(coverage.total), { digits: 1 }, locale),
		parts: join([...orNone(parts), t(workforce, { points: signedPoints(coverage.workforce, locale) })])
	});
}
