/**
 * What every figure of a view shares for its provenance: the dataset's manifest, the language,
 * the view's filters in words, the denominator and the URL. A view sets it once
 * (`setViewContext`); each `FigureFrame` then needs only its own query, so provenance cannot
 * drift between the figures of one view. A future "partly synthetic" mark enters here too.
 */
import { getContext, setContext } from 'svelte';
import type { Manifest } from '$lib/contract/manifest';
import type { Sql } from '$lib/data/connector';
import type { Provenance } from '$lib/export/provenance';
import { provenanceOf } from '$lib/export/provenance-from';
import type { Locale } from '$lib/i18n';

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
 * figure, whose frame shows only the dataset, need not follow each of them.
 */
export function figureProvenance(context: ViewContext, query: Sql): Provenance | null {
	const { manifest } = context;
	if (!manifest) return null;
	const provenance = provenanceOf(manifest, {
		filters: [],
		...(context.denominator ? { denominator: context.denominator } : {}),
		query,
		url: ''
	});
	return Object.defineProperties(provenance, {
		filters: { get: () => context.filters, enumerable: true },
		url: { get: () => context.url, enumerable: true }
	});
}
