/**
 * The views' `attachDetail` over user data. Kept apart from the overlay's build (types only), so
 * the status module can use it without pulling the overlay into the first view's code.
 */
import type { AttachDetail } from '../detail';
import type { ActiveData } from './types';

/**
 * The views' `attachDetail` while `active` is shown: a province whose village schema the overlay
 * supplies is there already (attaching the sample's file would put it back under the same name).
 */
export function overlayAttachDetail(attach: AttachDetail, active: ActiveData | null): AttachDetail {
	const supplied = new Set(active?.detailProvinces ?? []);
	if (supplied.size === 0) return attach;
	return (province, options) => (supplied.has(province) ? Promise.resolve() : attach(province, options));
}
