// @vitest-environment jsdom
// The layout's status line (LoadStatus): a dead engine shows its own message, that nothing of the
// user's is lost, with the one action "restart the data engine" (focused, so the keyboard user
// whose view was just hidden lands on it); a failed load keeps "failed" + "try again".
import { afterEach, expect, test } from 'vitest';
import LoadStatus from '$lib/components/LoadStatus.svelte';
import { DataError } from '$lib/data/errors';
import { en, id } from '$lib/i18n';
import { click, flushSync, mount, target, unmount } from './client-svelte';

let mounted: ReturnType<typeof mount> | null = null;
afterEach(() => {
	if (mounted) unmount(mounted);
	mounted = null;
	document.body.innerHTML = '';
});

function render(error: DataError, locale: 'id' | 'en', onretry: () => void): HTMLElement {
	const el = target();
	mounted = mount(LoadStatus, { target: el, props: { phase: 'error', error, loaded: 0, total: 0, locale, onretry } });
	flushSync();
	return el;
}

test('engine stopped: the message and the restart button in Indonesian, focused; pressing it restarts', () => {
	let retries = 0;
	const el = render(new DataError('stopped', 'the data engine stopped'), 'id', () => retries++);
	const line = el.querySelector('[role="status"]')!;
	expect(line.getAttribute('data-load-error')).toBe('stopped');
	expect(line.querySelector('.load-status__error')?.textContent).toBe(id['load.error.stopped']);
	expect(id['load.error.stopped']).toContain('Tidak ada yang hilang');
	const button = line.querySelector('button')!;
	expect(button.textContent).toBe('Mulai ulang mesin data');
	expect(document.activeElement).toBe(button);
	expect(line.textContent).not.toContain(id['load.failed']);
	click(button);
	expect(retries).toBe(1);
});

test('engine stopped in English', () => {
	const el = render(new DataError('stopped', 'x'), 'en', () => {});
	expect(el.querySelector('.load-status__error')?.textContent).toBe(en['load.error.stopped']);
	expect(el.querySelector('button')?.textContent).toBe('Restart the data engine');
});

test('a failed download keeps "failed" and "try again", and does not take the focus', () => {
	let retries = 0;
	const el = render(new DataError('network', 'offline'), 'id', () => retries++);
	expect(el.querySelector('.load-status__error')?.textContent).toBe(`${id['load.failed']} ${id['load.error.network']}`);
	const button = el.querySelector('button')!;
	expect(button.textContent).toBe(id['load.retry']);
	expect(document.activeElement).not.toBe(button);
	click(button);
	expect(retries).toBe(1);
});
