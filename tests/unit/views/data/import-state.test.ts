import { expect, test } from 'vitest';
import { importState, type ImportStateInput } from '$lib/views/data/import-state';

const base: ImportStateInput = { phases: [], applying: false, failed: false, userData: false };

test.each([
	[{}, 'idle'],
	[{ userData: true }, 'active'],
	[{ failed: true, userData: true }, 'error'],
	[{ phases: ['review'], failed: true }, 'error'],
	[{ phases: ['failed'] }, 'review'],
	[{ phases: ['review', 'checking'] }, 'reading'],
	[{ phases: ['queued'], userData: true }, 'reading'],
	[{ phases: ['reading'], applying: true }, 'applying']
] as const)('%o is %s', (patch, expected) => {
	expect(importState({ ...base, ...patch })).toBe(expected);
});
