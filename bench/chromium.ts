/** Debian's Chromium, launched the same way by every part of the bench (never a downloaded browser). */
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
	'--no-sandbox',
	'--headless',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

/** Fails early, with the fix, when there is no Chromium to run. */
export function requireChromium(): void {
	if (!existsSync(CHROMIUM_PATH)) {
		throw new Error(`no Chromium at ${CHROMIUM_PATH}: install it (apt-get install chromium) or set CHROMIUM_PATH`);
	}
}

/** Playwright launch options for that Chromium. */
export function launchOptions() {
	return { executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS, headless: true };
}
