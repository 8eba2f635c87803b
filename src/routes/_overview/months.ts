/** Every month from `from` to `to` inclusive, as `YYYY-MM` (empty when `to` precedes `from`). */
export function monthsBetween(from: string, to: string): string[] {
	const out: string[] = [];
	let y = Number(from.slice(0, 4));
	let m = Number(from.slice(5, 7));
	const endY = Number(to.slice(0, 4));
	const endM = Number(to.slice(5, 7));
	while (y < endY || (y === endY && m <= endM)) {
		out.push(`${y}-${String(m).padStart(2, '0')}`);
		if (++m > 12) {
			m = 1;
			y++;
		}
	}
	return out;
}
