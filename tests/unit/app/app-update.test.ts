// @vitest-environment jsdom
import { dev } from '$app/environment';
import { flushSync } from 'svelte';
import { AppUpdate } from '$lib/app/app-update.svelte';

/** A service worker as far as AppUpdate sees it: a state, its events, and messages sent to it. */
class FakeWorker extends EventTarget {
	messages: unknown[] = [];
	constructor(public state: ServiceWorkerState) {
		super();
	}
	postMessage(message: unknown) {
		this.messages.push(message);
	}
	moveTo(state: ServiceWorkerState) {
		this.state = state;
		this.dispatchEvent(new Event('statechange'));
	}
}

class FakeRegistration extends EventTarget {
	installing: FakeWorker | null = null;
	waiting: FakeWorker | null = null;
	updates = 0;
	async update() {
		this.updates++;
	}
	/** A new version starts installing, as the browser reports it. */
	found(worker: FakeWorker) {
		this.installing = worker;
		this.dispatchEvent(new Event('updatefound'));
	}
}

class FakeContainer extends EventTarget {
	registered: { url: string; options: RegistrationOptions }[] = [];
	constructor(
		public controller: FakeWorker | null,
		public registration = new FakeRegistration()
	) {
		super();
	}
	async register(url: string, options: RegistrationOptions) {
		this.registered.push({ url, options });
		return this.registration;
	}
}

function setUp(controller: FakeWorker | null) {
	const container = new FakeContainer(controller);
	Object.defineProperty(navigator, 'serviceWorker', { value: container, configurable: true });
	const reloadPage = vi.fn();
	const update = new AppUpdate(reloadPage);
	const stop = update.start();
	return { container, registration: container.registration, update, reloadPage, stop };
}

/** Lets the register() promise settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
	Reflect.deleteProperty(navigator, 'serviceWorker');
});

describe('AppUpdate', () => {
	it('registers the worker at the site root: a module under the dev server, a classic script when built', async () => {
		const { container, stop } = setUp(null);
		await settle();
		expect(container.registered).toEqual([{ url: '/service-worker.js', options: { type: dev ? 'module' : 'classic' } }]);
		stop();
	});

	it('does not offer an update for the very first install', async () => {
		const { registration, update, stop } = setUp(null);
		await settle();
		const first = new FakeWorker('installing');
		registration.found(first);
		first.moveTo('installed');
		flushSync();
		expect(update.updateReady).toBe(false);
		stop();
	});

	it('offers an update when a new version installs while an old one controls the page', async () => {
		const { registration, update, stop } = setUp(new FakeWorker('activated'));
		await settle();
		const next = new FakeWorker('installing');
		registration.found(next);
		expect(update.updateReady).toBe(false);
		next.moveTo('installed');
		flushSync();
		expect(update.updateReady).toBe(true);
		stop();
	});

	it('offers an update already waiting from an earlier visit', async () => {
		const container = new FakeContainer(new FakeWorker('activated'));
		container.registration.waiting = new FakeWorker('installed');
		Object.defineProperty(navigator, 'serviceWorker', { value: container, configurable: true });
		const update = new AppUpdate(vi.fn());
		const stop = update.start();
		await settle();
		expect(update.updateReady).toBe(true);
		stop();
	});

	it('reload() asks the waiting worker to take over and reloads only once it has', async () => {
		const { container, registration, update, reloadPage, stop } = setUp(new FakeWorker('activated'));
		await settle();
		const next = new FakeWorker('installed');
		registration.waiting = next;
		update.reload();
		expect(next.messages).toEqual([{ type: 'SKIP_WAITING' }]);
		expect(reloadPage).not.toHaveBeenCalled();
		container.dispatchEvent(new Event('controllerchange'));
		expect(reloadPage).toHaveBeenCalledTimes(1);
		stop();
	});

	it('does not reload when a worker takes control on its own', async () => {
		const { container, reloadPage, stop } = setUp(null);
		await settle();
		container.dispatchEvent(new Event('controllerchange'));
		expect(reloadPage).not.toHaveBeenCalled();
		stop();
	});

	it('looks for a new version when the tab becomes visible again, until stopped', async () => {
		const { registration, stop } = setUp(new FakeWorker('activated'));
		await settle();
		document.dispatchEvent(new Event('visibilitychange'));
		expect(registration.updates).toBe(1);
		stop();
		document.dispatchEvent(new Event('visibilitychange'));
		expect(registration.updates).toBe(1);
	});
});
