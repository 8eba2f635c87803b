// The bench's in-page probe, injected before any of the app's scripts (Playwright
// addInitScript). Plain JavaScript on purpose: it is sent as text, never through a TypeScript
// transform that could add helpers the page does not have.
//
// It records, on the page's own clock (performance.now(), 0 = navigation start), every value
// the contract attributes take:
//   window.__cakupanBench.log = [{ name: 'state' | 'rendered' | 'source' | 'attr:<name>', value, t }, ...]
// and offers `arm()` to time one interaction from its input event to the redraw.
// Expects `window.__cakupanBenchConfig` (bench/config.ts APP) to be set just before it.
(() => {
	const cfg = window.__cakupanBenchConfig;
	const log = [];
	const last = new Map();

	function note(name, value, extra) {
		if (last.get(name) === value) return;
		last.set(name, value);
		log.push({ name, value, t: performance.now(), ...extra });
	}

	function scan() {
		const app = document.querySelector(cfg.root);
		if (app) note('state', app.getAttribute(cfg.stateAttr));
		const view = document.querySelector(cfg.view);
		if (view) {
			const source = view.getAttribute(cfg.sourceAttr);
			note('source', source);
			// The source travels with the key: what the view drew that state from.
			note('rendered', view.getAttribute(cfg.renderedAttr), { source });
			// Further attributes of the view's root the session asked for (e.g. `/penilaian/`'s `data-scored`).
			for (const attr of cfg.extraAttrs || []) note(`attr:${attr}`, view.getAttribute(attr), { attr });
		}
	}

	// childList too: the app inserts #app and the view already carrying their attributes.
	new MutationObserver(scan).observe(document, {
		subtree: true,
		childList: true,
		attributes: true,
		attributeFilter: [cfg.stateAttr, cfg.renderedAttr, cfg.sourceAttr, ...(cfg.extraAttrs || [])]
	});

	/** The view's `data-rendered` key, or another attribute of the view's root (`attr`). */
	function renderedKey(attr) {
		const view = document.querySelector(cfg.view);
		return view ? view.getAttribute(attr || cfg.renderedAttr) : null;
	}

	/**
	 * Time the next interaction: t0 is the `timeStamp` of the first of `events` seen at the
	 * window in the capture phase (before any app handler); the end is the animation frame after
	 * `data-rendered` (or the view's attribute `attr`, e.g. `/penilaian/`'s `data-scored`) shows
	 * `expect` ({ "<field index>": value }: only those fields are compared).
	 * Resolves `pending` with { ms, seenMs, key } or { timeout: true, key, started }.
	 */
	function arm({ events, expect, previous, timeoutMs, attr }) {
		const watched = attr || cfg.renderedAttr;
		let t0 = null;
		let done = false;
		const onEvent = (e) => {
			if (t0 === null) t0 = e.timeStamp;
		};
		for (const type of events) window.addEventListener(type, onEvent, true);
		let observer;
		let timer;
		const api = window.__cakupanBench;
		api.pending = new Promise((resolve) => {
			const finish = (result) => {
				if (done) return;
				done = true;
				observer.disconnect();
				clearTimeout(timer);
				for (const type of events) window.removeEventListener(type, onEvent, true);
				resolve(result);
			};
			const check = () => {
				if (t0 === null || done) return;
				const key = renderedKey(watched);
				if (!key || key === previous) return;
				const parts = key.split(cfg.key.separator);
				if (expect && Object.entries(expect).some(([index, value]) => parts[Number(index)] !== value)) return;
				const seen = performance.now();
				observer.disconnect();
				requestAnimationFrame(() => finish({ ms: performance.now() - t0, seenMs: seen - t0, key }));
			};
			observer = new MutationObserver(check);
			observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: [watched] });
			timer = setTimeout(() => finish({ timeout: true, key: renderedKey(watched), started: t0 !== null }), timeoutMs);
		});
		return true;
	}

	/**
	 * Time the next interaction until an element matching `selector` exists (e.g. a panel's
	 * `data-state="ready"`): t0 as in `arm`; the end is the animation frame after the match, or
	 * `failSelector` matching first (the result then says `failed`). Resolves `pending` with
	 * { ms, seenMs, attrs } (the matched element's attributes) or { timeout: true, started },
	 * or { already: true } when the selector matched before the interaction.
	 */
	function armSelector({ events, selector, failSelector, timeoutMs }) {
		const api = window.__cakupanBench;
		if (document.querySelector(selector)) {
			api.pending = Promise.resolve({ already: true });
			return false;
		}
		let t0 = null;
		let done = false;
		const onEvent = (e) => {
			if (t0 === null) t0 = e.timeStamp;
		};
		for (const type of events) window.addEventListener(type, onEvent, true);
		let observer;
		let timer;
		api.pending = new Promise((resolve) => {
			const finish = (result) => {
				if (done) return;
				done = true;
				observer.disconnect();
				clearTimeout(timer);
				for (const type of events) window.removeEventListener(type, onEvent, true);
				resolve(result);
			};
			const check = () => {
				if (t0 === null || done) return;
				const failed = failSelector ? document.querySelector(failSelector) : null;
				const found = document.querySelector(selector) || failed;
				if (!found) return;
				const seen = performance.now();
				const attrs = Object.fromEntries([...found.attributes].map((a) => [a.name, a.value]));
				observer.disconnect();
				requestAnimationFrame(() => finish({ ms: performance.now() - t0, seenMs: seen - t0, attrs, failed: Boolean(failed) && !document.querySelector(selector) }));
			};
			observer = new MutationObserver(check);
			observer.observe(document, { subtree: true, childList: true, attributes: true });
			timer = setTimeout(() => finish({ timeout: true, started: t0 !== null }), timeoutMs);
		});
		return true;
	}

	/** Whether the service worker is active and its caches hold a file whose path ends in `suffix`. */
	async function swCached(suffix) {
		if (!('serviceWorker' in navigator)) return { registered: false, active: false, cached: false };
		const registration = await navigator.serviceWorker.getRegistration();
		if (!registration) return { registered: false, active: false, cached: false };
		const active = Boolean(registration.active && registration.active.state === 'activated');
		let cached = false;
		for (const name of await caches.keys()) {
			const cache = await caches.open(name);
			if ((await cache.keys()).some((request) => new URL(request.url).pathname.endsWith(suffix))) cached = true;
		}
		return { registered: true, active, cached };
	}

	// Conditions `until` can wait for (the page's CSP forbids eval, so Playwright's string
	// predicates cannot run here: the bench names a condition instead).
	const conditions = {
		state: (values) => log.some((e) => e.name === 'state' && values.includes(e.value)),
		mark: (name) => performance.getEntriesByName(name).length > 0,
		live: () => {
			const view = document.querySelector(cfg.view);
			return Boolean(view && view.getAttribute(cfg.sourceAttr) === cfg.liveSource && view.getAttribute(cfg.renderedAttr));
		},
		// The view's root carries a non-empty attribute (e.g. `/penilaian/`'s `data-scored`).
		attr: (name) => Boolean(renderedKey(name)),
		// Live figures of one area (a deep link): the key's area field is `area`.
		liveArea: (area) => {
			const key = renderedKey();
			return conditions.live() && Boolean(key) && key.split(cfg.key.separator)[cfg.key.area] === area;
		}
	};

	/** Resolve true once `conditions[kind](arg)` holds (checked every 20 ms), false after `timeoutMs`. */
	function until(kind, arg, timeoutMs) {
		return new Promise((resolve) => {
			const started = performance.now();
			const tick = () => {
				if (conditions[kind](arg)) resolve(true);
				else if (performance.now() - started > timeoutMs) resolve(false);
				else setTimeout(tick, 20);
			};
			tick();
		});
	}

	/** Marks, the app's measures and resource timings: everything on the page's clock. */
	function timeline() {
		const entries = (type) => performance.getEntriesByType(type);
		return {
			marks: entries('mark').map((m) => ({ name: m.name, t: m.startTime })),
			measures: entries('measure').map((m) => ({ name: m.name, start: m.startTime, duration: m.duration })),
			resources: entries('resource').map((r) => ({
				name: r.name,
				initiatorType: r.initiatorType,
				start: r.startTime,
				end: r.responseEnd,
				transferSize: r.transferSize,
				encodedBodySize: r.encodedBodySize
			})),
			log: log.slice()
		};
	}

	window.__cakupanBench = { log, arm, armSelector, until, swCached, timeline, renderedKey, pending: null };
})();
