import { expect, test } from 'vitest';
import { formatBytes } from '$lib/format';

test.each([
	[0, '0 B', '0 B'],
	[512, '512 B', '512 B'],
	[999.6, '1,0 kB', '1.0 kB'], // rounding carries into the next unit
	[1_500, '1,5 kB', '1.5 kB'],
	[12_345_678, '12,3 MB', '12.3 MB'],
	[999_960, '1,0 MB', '1.0 MB'],
	[2_340_000_000, '2,3 GB', '2.3 GB'],
	[1_234_000_000_000, '1.234,0 GB', '1,234.0 GB'],
	[-1, '–', '–'],
	[null, '–', '–']
])('%s -> id %s, en %s', (value, id, en) => {
	expect(formatBytes(value)).toBe(id);
	expect(formatBytes(value, 'en')).toBe(en);
});
