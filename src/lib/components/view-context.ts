/**
 * What every figure of a view shares for its provenance: the dataset's manifest, the language,
 * the view's filters in words, the denominator and the URL. A view sets it once
 * (`setViewContext`); each `FigureFrame` then needs only its own query, so provenance cannot
 * drift between the figures of one view. Once a user's data is active, each figure's origin
 * ("sebagian sintetis", or only the loaded provinces) comes from the active data and the figure's
 * scope (`views/common/origin.ts`), also here.
 */
import { getContext, setContext } from 'svelte';
import type { Manifest } from '$lib/contract/manifest';
import type { Sql } from '$lib/data/connector';
import type { Provenance } from '$lib/export/provenance';
import { provenanceOf } from '$lib/export/provenance-from';
import type { Locale } from '$lib/i18n';
import type { ActiveData } from '$lib/data/overlay/types';
import { figureOrigin, type ViewScope } from '$lib/views/common/origin';

/** A view's shared provenance, read through getters so figures see changes. */
export interface ViewContext {
	readonly manifest: Manifest | null;
	readonly locale: Locale;
	/** The view's filters, localized, e.g. `{ label: 'Wilayah', value: 'Kalimantan Tengah' }`. */
	readonly filters: { label: string; value: string }[];
	/** The denominator in words, when the view's figures depend on one. */
	readonly denominator?: string;
	/** The URL that reproduces the view. */
	readonly url: string;
	/** What the views read now (`status.activeData`): null or the sample alone mark nothing per figure. */
	readonly activeData?: ActiveData | null;
	/** A province's name by its two-digit code, for "only the loaded provinces: …". */
	readonly provinceName?: (code: string) => string;
}

const KEY = Symbol('cakupan:view-context');

/** Set the view's context (call once in the view's page, with getters over its state). */
export function setViewContext(context: ViewContext): void {
	setContext(KEY, context);
}

/** The enclosing view's context; throws when a figure is used outside a view. */
export function getViewContext(): ViewContext {
	const context = getContext<ViewContext | undefined>(KEY);
	if (!context) throw new Error('FigureFrame needs setViewContext() in its view');
	return context;
}

/**
 * A figure's provenance from its view's context and its query; null until the manifest is known.
 * Its filters and URL are read when the provenance is (an export, a download's name), not when
 * the figure is drawn: they change with every parameter of the view (a panel's weight), and a
 * figure, whose frame shows only the dataset, need not follow each of them. `scope` is what the
 * figure reads (its view model's `figureScopes`); without one a user's data marks it as reading
 * everything.
 */
export function figureProvenance(context: ViewContext, query: Sql, scope?: ViewScope): Provenance | null {
	const { manifest } = context;
	if (!manifest) return null;
	const origin = figureOrigin(context.activeData ?? null, scope, context.provinceName);
	const provenance = provenanceOf(
		manifest,
		{
			filters: [],
			...(context.denominator ? { denominator: context.denominator } : {}),
			query,
			url: ''
		},
		origin
	);
	return Object.defineProperties(provenance, {
		filters: { get: () => context.filters, enumerable: true },
		url: { get: () => context.url, enumerable: true }
	});
}
