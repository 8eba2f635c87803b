/**
 * Derived values that change only when their content does. Svelte's `$derived` compares its value
 * by identity, and a view's state is parsed from the URL into new objects on every change, so a
 * derived that returns a fresh array or record with the same content still re-runs everything
 * downstream of it (a weight change would rebuild the candidate group, its scaling, the list).
 *
 * `sameContent()` gives a function that returns its previous argument instead of a new one with
 * the same items (arrays: same length, items identical) or the same entries (records: same keys,
 * values identical).
 *
 * @example
 * const sameGroup = sameContent<CandidateRow[]>();
 * const group = $derived(sameGroup(peerGroup(selected, candidates)));
 */
export function sameContent<T extends readonly unknown[] | Readonly<Record<string, unknown>>>(): (next: T) => T {
	let previous: T | undefined;
	return (next) => {
		if (previous !== undefined && equalContent(previous, next)) return previous;
		previous = next;
		return next;
	};
}

function equalContent(a: object, b: object): boolean {
	if (Array.isArray(a) || Array.isArray(b)) {
		if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
		return a.every((item, i) => item === b[i]);
	}
	const left = a as Record<string, unknown>;
	const right = b as Record<string, unknown>;
	const keys = Object.keys(left);
	return keys.length === Object.keys(right).length && keys.every((key) => Object.hasOwn(right, key) && left[key] === right[key]);
}
