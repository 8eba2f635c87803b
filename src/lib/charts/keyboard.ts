/**
 * Keyboard selection for the charts, as pure functions: a key and the current index in, the
 * new index out (or null when the key is not theirs, so the caller lets the browser have it).
 * The key maps follow the WAI-ARIA Authoring Practices: a vertical listbox (the ranking) and a
 * horizontal slider (the trend's month).
 */

/**
 * The index a vertical listbox moves to: Down/Up one option, Home/End the first/last.
 * From no selection (`current` < 0) Up and Down both go to the first option, as a listbox
 * with nothing selected starts at its top. Null for any other key or an empty list.
 * @example listboxIndex('ArrowDown', 2, 5) // 3
 */
export function listboxIndex(key: string, current: number, count: number): number | null {
	if (count <= 0) return null;
	const last = count - 1;
	switch (key) {
		case 'ArrowDown':
			return current < 0 ? 0 : Math.min(last, current + 1);
		case 'ArrowUp':
			return current < 0 ? 0 : Math.max(0, Math.min(last, current - 1));
		case 'Home':
			return 0;
		case 'End':
			return last;
		default:
			return null;
	}
}

/** Slider steps in positions (months): arrows one, PageUp/PageDown a year. */
const SLIDER_STEPS: Readonly<Record<string, number>> = {
	ArrowLeft: -1,
	ArrowDown: -1,
	ArrowRight: 1,
	ArrowUp: 1,
	PageDown: -12,
	PageUp: 12
};

/**
 * The index a horizontal slider moves to: Right/Up +1, Left/Down −1, PageUp +12, PageDown −12
 * (clamped to the ends), Home/End the first/last. From no value (`current` < 0) steps count
 * from the last position, where the trend's period defaults. Null for any other key or no positions.
 * @example sliderIndex('PageDown', 20, 84) // 8
 */
export function sliderIndex(key: string, current: number, count: number): number | null {
	if (count <= 0) return null;
	const last = count - 1;
	if (key === 'Home') return 0;
	if (key === 'End') return last;
	const step = SLIDER_STEPS[key];
	if (step === undefined) return null;
	const from = current < 0 || current > last ? last : current;
	return Math.min(last, Math.max(0, from + step));
}
