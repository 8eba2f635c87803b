// @vitest-environment jsdom
/**
 * The URL state: a change shows at once; its history entry is written now, or (deferred) after
 * the next frame, one entry for the changes of one frame, in order with undeferred writes.
 */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';

const history = vi.hoisted(() => [] as string[]);
vi.mock('$app/navigation', () => ({
	pushState: (url: string) => history.push(`push ${url}`),
	replaceState: (url: string) => history.push(`replace ${url}`)
}));

const { current, flushHistory, setSearch, syncLocation } = await import('$lib/state/location.svelte');

beforeEach(() => {
	vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame'] });
	history.length = 0;
	syncLocation();
});
afterEach(() => vi.useRealTimers());

test('an undeferred change is in the state and in history at once', () => {
	setSearch('?bobot=1');
	expect(current.search).toBe('?bobot=1');
	expect(history).toEqual([`push ${current.pathname}?bobot=1`]);
	setSearch('?bobot=1');
	expect(history).toHaveLength(1);
});

test('a deferred change is in the state at once and in history after the frame', () => {
	setSearch('?bobot=2', { defer: true });
	expect(current.search).toBe('?bobot=2');
	expect(history).toEqual([]);
	vi.advanceTimersToNextFrame();
	// requestAnimationFrame ran; the write waits for the task it queued.
	expect(history).toEqual([]);
	vi.runOnlyPendingTimers();
	expect(history).toEqual([`push ${current.pathname}?bobot=2`]);
});

test('deferred changes within one frame share one entry: the last URL, a push when any was one', () => {
	setSearch('?a=1', { defer: true });
	setSearch('?a=12', { defer: true, replace: true });
	vi.advanceTimersToNextFrame();
	vi.runOnlyPendingTimers();
	expect(history).toEqual([`push ${current.pathname}?a=12`]);
	history.length = 0;
	setSearch('?a=3', { defer: true, replace: true });
	vi.advanceTimersToNextFrame();
	vi.runOnlyPendingTimers();
	expect(history).toEqual([`replace ${current.pathname}?a=3`]);
});

test('an undeferred write first records the waiting one, so history keeps their order', () => {
	setSearch('?w=1', { defer: true });
	setSearch('?w=1&kandidat=X');
	expect(history).toEqual([`push ${current.pathname}?w=1`, `push ${current.pathname}?w=1&kandidat=X`]);
	vi.advanceTimersToNextFrame();
	vi.runOnlyPendingTimers();
	expect(history).toHaveLength(2);
	flushHistory();
	expect(history).toHaveLength(2);
});

test('Back/Forward (syncLocation) drops a change whose entry was not written yet', () => {
	setSearch('?w=9', { defer: true });
	syncLocation();
	expect(current.search).toBe(location.search);
	vi.advanceTimersToNextFrame();
	vi.runOnlyPendingTimers();
	expect(history).toEqual([]);
});
