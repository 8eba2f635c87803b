// jsdom ships no types and @types/jsdom is not installed: the one call the chart tests use.
declare module 'jsdom' {
	export class JSDOM {
		/** Parses `html` into a fragment of a fresh document, without scripts. */
		static fragment(html: string): DocumentFragment;
	}
}
