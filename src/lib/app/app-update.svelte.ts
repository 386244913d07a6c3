/**
 * The installed app's version. Registers the service worker, notices when a
 * newer version has installed and is waiting, and swaps to it only when the
 * learner asks, so an open study session is never broken by a deploy.
 */
import { dev } from '$app/environment';

const WORKER_URL = '/service-worker.js';

/** Whether a new version waits, and the action that switches to it. */
export class AppUpdate {
	#updateReady = $state(false);
	#registration: ServiceWorkerRegistration | null = null;
	#reloading = false;
	#started = false;
	#reloadPage: () => void;

	/** `reloadPage` is replaceable so tests can see the reload that a browser would do. */
	constructor(reloadPage: () => void = () => location.reload()) {
		this.#reloadPage = reloadPage;
	}

	/** True once a newer version is installed and waiting for `reload()`. */
	get updateReady(): boolean {
		return this.#updateReady;
	}

	/** Registers the worker and watches for updates; returns a cleanup for onMount. */
	start(): () => void {
		if (this.#started || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return () => {};
		this.#started = true;
		const container = navigator.serviceWorker;

		const onControllerChange = () => {
			// Only the learner's own request reloads; a first install taking control must not.
			if (this.#reloading) this.#reloadPage();
		};
		// Tabs left open for days look for a new version when the learner comes back.
		const onVisibilityChange = () => {
			if (document.visibilityState === 'visible') this.#checkForUpdate();
		};
		container.addEventListener('controllerchange', onControllerChange);
		document.addEventListener('visibilitychange', onVisibilityChange);

		container
			.register(WORKER_URL, { type: dev ? 'module' : 'classic' })
			.then((registration) => this.#watch(registration))
			.catch((error: unknown) => console.warn('Factdeck could not install its offline cache:', error));

		return () => {
			container.removeEventListener('controllerchange', onControllerChange);
			document.removeEventListener('visibilitychange', onVisibilityChange);
			this.#started = false;
		};
	}

	/** Tells the waiting version to take over; the page reloads when it has. */
	reload(): void {
		const waiting = this.#registration?.waiting;
		if (!waiting) {
			this.#reloadPage();
			return;
		}
		this.#reloading = true;
		waiting.postMessage({ type: 'SKIP_WAITING' });
	}

	#watch(registration: ServiceWorkerRegistration): void {
		this.#registration = registration;
		if (registration.waiting) this.#markIfUpdate();
		if (registration.installing) this.#track(registration.installing);
		registration.addEventListener('updatefound', () => {
			if (registration.installing) this.#track(registration.installing);
		});
	}

	#track(worker: ServiceWorker): void {
		const onStateChange = () => {
			if (worker.state === 'installed') this.#markIfUpdate();
			if (worker.state === 'installed' || worker.state === 'redundant') {
				worker.removeEventListener('statechange', onStateChange);
			}
		};
		worker.addEventListener('statechange', onStateChange);
		onStateChange();
	}

	/** A worker waiting while another controls the page is an update; the very first install is not. */
	#markIfUpdate(): void {
		if (navigator.serviceWorker.controller) this.#updateReady = true;
	}

	#checkForUpdate(): void {
		this.#registration?.update().catch(() => {
			// Offline: the next visibility change tries again.
		});
	}
}

/** The one instance the root layout starts and the update banner reads. */
export const appUpdate = new AppUpdate();
