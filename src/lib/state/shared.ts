/**
 * The parameters every view shares and links between views carry: the area, the period, the
 * denominator and the language. A view composes its set from these and its own
 * (`lib/views/<id>/params.ts`).
 */
import { NATIONAL_CODE } from '$lib/contract/domain';
import { isAreaCode, type AreaCode } from '$lib/contract/areas';
import { isLocale, type Locale } from '$lib/i18n/locale';
import { isDenominator, type Denominator } from '$lib/metrics/denominator';
import { isMonth, type Month } from '$lib/period';
import { MAX_PARAM_LENGTH, type ParamSpec } from './spec';

/** `wilayah`: Indonesia, a province or a regency/city. */
export const areaParam: ParamSpec<AreaCode> = {
	name: 'wilayah',
	role: 'filter',
	shared: true,
	format: '`ID`, a province code (`64`) or a regency/city code (`6401`)',
	default: NATIONAL_CODE,
	defaultText: '`ID` (Indonesia)',
	parse: (raw) => (isAreaCode(raw) ? raw : undefined),
	write: (v) => (v === NATIONAL_CODE ? null : v)
};

/** `periode`: a month; null means the latest month of the data. */
export const periodParam: ParamSpec<Month | null> = {
	name: 'periode',
	role: 'filter',
	shared: true,
	format: '`YYYY-MM`, e.g. `periode=2024-12`',
	default: null,
	defaultText: 'the latest month of the data (in `/kantor/`, the latest December, for year-on-year reading)',
	parse: (raw) => (isMonth(raw) ? raw : undefined),
	write: (v) => v
};

/** `penyebut`: which workforce coverage is read against. */
export const denominatorParam: ParamSpec<Denominator> = {
	name: 'penyebut',
	role: 'filter',
	shared: true,
	format: '`layak` (eligible workers) or `bekerja` (all working people)',
	default: 'layak',
	defaultText: '`layak`',
	parse: (raw) => (isDenominator(raw) ? raw : undefined),
	write: (v) => (v === 'layak' ? null : v)
};

/** `bahasa`: the interface language. */
export const localeParam: ParamSpec<Locale> = {
	name: 'bahasa',
	role: 'display',
	shared: true,
	format: '`id` or `en`',
	default: 'id',
	defaultText: '`id`',
	parse: (raw) => (isLocale(raw) ? raw : undefined),
	write: (v) => (v === 'id' ? null : v)
};

/** The shared parameters, in the order they are written. */
export const SHARED_PARAMS = { area: areaParam, period: periodParam, denominator: denominatorParam, locale: localeParam } as const;

/** A query string keeping only the valid shared parameters of `search` (links between views). */
export function sharedSearch(search: string): string {
	const from = new URLSearchParams(search);
	const to = new URLSearchParams();
	for (const spec of Object.values(SHARED_PARAMS) as ParamSpec<unknown>[]) {
		const raw = from.get(spec.name);
		const value = raw && raw.length <= MAX_PARAM_LENGTH ? spec.parse(raw) : undefined;
		const written = value === undefined ? null : spec.write(value);
		if (written !== null) to.set(spec.name, written);
	}
	const text = to.toString();
	return text ? `?${text}` : '';
}
