/**
 * What the validator reports: one finding per problem (or per example of a problem shared by many
 * rows), with a message in Bahasa Indonesia and English that says what is wrong, where, and how
 * to fix it. Message texts are the `validate.*` keys of `lib/i18n`.
 */
import { formatInteger, formatMonth, formatNumber, formatPercent } from '$lib/format';
import { t, type MessageKey } from '$lib/i18n';
import type { Locale } from '$lib/i18n/locale';
import { severityOf, type RuleId, type Severity } from './rules';

/** A text in both languages of the app. */
export interface LocalText {
	readonly id: string;
	readonly en: string;
}

/** One problem found in a dataset. */
export interface Finding {
	readonly severity: Severity;
	readonly rule: RuleId;
	readonly table?: string;
	readonly column?: string;
	/** The offending row's key (the table key, or the group the problem concerns), e.g. { region_code: '6201', year: 2024 }. */
	readonly key?: Record<string, unknown>;
	/** 1-based row number in the loaded table (base tables only: their insertion order). */
	readonly row?: number;
	/** How many rows share the problem in this table and column (the findings are at most a few examples of them). */
	readonly count?: number;
	readonly message: LocalText;
}

/** A message parameter: the same text in both languages, or one per language. */
export type MessageParam = string | LocalText;

/** Build a finding; its severity comes from the rule. */
export function finding(
	rule: RuleId,
	where: Omit<Finding, 'severity' | 'rule' | 'message'>,
	message: LocalText
): Finding {
	const out: Record<string, unknown> = { severity: severityOf(rule), rule };
	for (const [k, v] of Object.entries(where)) if (v !== undefined) out[k] = v;
	out.message = message;
	return out as unknown as Finding;
}

/** A `validate.*` message in both languages, its {placeholders} filled per language. */
export function message(key: MessageKey, params: Readonly<Record<string, MessageParam>> = {}): LocalText {
	const pick = (locale: Locale) =>
		Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'string' ? v : v[locale]]));
	return { id: t(key, pick('id'), 'id'), en: t(key, pick('en'), 'en') };
}

/** The same text for both languages. */
function both(format: (locale: Locale) => string): LocalText {
	return { id: format('id'), en: format('en') };
}

/** A whole number for a message: 1234 -> id "1.234", en "1,234". */
export function integer(value: number): LocalText {
	return both((l) => formatInteger(value, l));
}

/** A measured value for a message: whole numbers grouped, fractions with up to 2 decimals. */
export function amount(value: number): LocalText {
	return Number.isInteger(value) ? integer(value) : both((l) => formatNumber(value, { digits: 2 }, l));
}

/** A number of rows: id "1 baris", "1.234 baris"; en "1 row", "1,234 rows". */
export function rowCount(n: number): LocalText {
	return { id: `${formatInteger(n, 'id')} baris`, en: `${formatInteger(n, 'en')} ${n === 1 ? 'row' : 'rows'}` };
}

/** A number of months: id "2 bulan"; en "1 month", "2 months". */
export function monthCount(n: number): LocalText {
	return { id: `${formatInteger(n, 'id')} bulan`, en: `${formatInteger(n, 'en')} ${n === 1 ? 'month' : 'months'}` };
}

/** A percentage for a message: 112.2 -> id "112,2%". */
export function percent(value: number): LocalText {
	return both((l) => formatPercent(value, { digits: 1 }, l));
}

/** A month for a message: '2024-03-01' -> id "Maret 2024", en "March 2024". */
export function month(value: string): LocalText {
	return both((l) => formatMonth(value.slice(0, 7), l));
}

/** A `validate.*` key's text in both languages, e.g. a level name. */
export function term(key: MessageKey): LocalText {
	return both((l) => t(key, undefined, l));
}

/** Terms joined as a list: "provinsi atau kabupaten/kota" / "province or regency/city". */
export function alternatives(terms: readonly LocalText[]): LocalText {
	return both((l) => {
		const words = terms.map((w) => w[l]);
		if (words.length <= 1) return words.join('');
		return `${words.slice(0, -1).join(', ')} ${t('validate.or', undefined, l)} ${words.at(-1)}`;
	});
}

/** A row key for a message, the same in both languages: `region_code=6201, year=2024`. */
export function keyText(key: Readonly<Record<string, unknown>> | undefined, row?: number): string {
	const parts = Object.entries(key ?? {}).map(([k, v]) => `${k}=${v === null || v === undefined ? 'NULL' : String(v)}`);
	if (parts.length === 0 && row !== undefined) return `#${row}`;
	return parts.join(', ');
}
