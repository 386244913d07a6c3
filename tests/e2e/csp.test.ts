/**
 * The Content Security Policy of the built app: every generated page carries
 * it, it lets no inline script run but SvelteKit's own (by hash), and the
 * app works under it: every page, the service worker, the generator worker
 * and WebAssembly (sql.js reads Anki packages with it).
 */
import { expect, test, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BANK_ID, waitForOfflineReady } from './helpers';

const BUILD = fileURLToPath(new URL('../../build', import.meta.url));
const ARTICLE = fileURLToPath(new URL('../fixtures/articles/chandrayaan-3-2023.txt', import.meta.url));

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return htmlFiles(path);
		return entry.name.endsWith('.html') ? [path] : [];
	});
}

/** The policy of a page's <meta http-equiv>, directive → sources. */
function policyOf(html: string): Map<string, string[]> | null {
	const meta = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i.exec(html);
	if (!meta) return null;
	const policy = new Map<string, string[]>();
	for (const part of meta[1].replace(/&#39;|&apos;/g, "'").split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/);
		if (name) policy.set(name.toLowerCase(), sources);
	}
	return policy;
}

function inlineScripts(html: string): string[] {
	return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter((m) => !/\bsrc\s*=/i.test(m[1])).map((m) => m[2]);
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

test('every built page carries a policy that runs no inline script it does not list by hash', () => {
	const files = htmlFiles(BUILD);
	expect(files.length, 'no HTML in build/: the browser tests run after `vite build`').toBeGreaterThan(0);
	for (const file of files) {
		const html = readFileSync(file, 'utf8');
		const policy = policyOf(html);
		expect(policy, `${file} has no CSP <meta>`).not.toBeNull();
		const scriptSrc = policy!.get('script-src') ?? policy!.get('default-src') ?? [];
		expect(scriptSrc, file).not.toContain("'unsafe-inline'");
		expect(scriptSrc, file).not.toContain("'unsafe-eval'");
		expect(policy!.get('default-src'), file).toEqual(["'self'"]);
		expect(policy!.get('object-src'), file).toEqual(["'none'"]);
		expect(policy!.get('base-uri'), file).toEqual(["'self'"]);
		const scripts = inlineScripts(html);
		expect(scripts.length, `${file}: SvelteKit starts the app with an inline script`).toBeGreaterThan(0);
		for (const script of scripts) expect(scriptSrc, `${file}: inline script not covered by a hash`).toContain(sha256(script));
		expect(html, `${file} has an inline event handler`).not.toMatch(/<[^>]+\son[a-z]+\s*=/i);
	}
});

interface Watch {
	violations: () => Promise<string[]>;
	consoleErrors: string[];
}

/** Records CSP violations (from the page's own event) and CSP errors on the console. */
async function watchPolicy(page: Page): Promise<Watch> {
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { __csp: string[] }).__csp = seen;
		document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} ${e.sample}`));
	});
	const consoleErrors: string[] = [];
	page.on('console', (msg) => {
		if (msg.type() === 'error' && /Content Security Policy/i.test(msg.text())) consoleErrors.push(msg.text());
	});
	return {
		violations: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp ?? []),
		consoleErrors
	};
}

const ROUTES: [string, RegExp][] = [
	['/', /Your banks/],
	['/study', /Study all/],
	[`/study/${BANK_ID}`, /Seeking North Korea/],
	['/create', /Create from article/],
	['/settings', /Settings/],
	[`/banks/${BANK_ID}`, /Seeking North Korea/],
	[`/quiz/${BANK_ID}`, /Test: Seeking North Korea/]
];

test('every page loads under the policy without a violation, and the service worker takes control', async ({ page }) => {
	const watch = await watchPolicy(page);
	for (const [path, heading] of ROUTES) {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1 }).first()).toHaveText(heading);
		expect(await watch.violations(), path).toEqual([]);
	}
	await waitForOfflineReady(page);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
	expect(await watch.violations(), 'after the service worker took over').toEqual([]);
	expect(watch.consoleErrors).toEqual([]);
});

test('the generator worker runs under the policy', async ({ page }) => {
	const watch = await watchPolicy(page);
	await page.goto('/create');
	await page.getByLabel('Open a file (.txt, .md, .html)').setInputFiles(ARTICLE);
	await page.getByRole('button', { name: 'Generate questions' }).click();
	await expect(page.getByRole('heading', { name: /^Review \d+ questions on \d+ facts?$/ })).toBeVisible({ timeout: 30_000 });
	expect(await watch.violations()).toEqual([]);
	expect(watch.consoleErrors).toEqual([]);
});

test('the policy is in force: WebAssembly compiles, blob: images show, an injected inline script neither runs nor goes unreported', async ({ page }) => {
	const watch = await watchPolicy(page);
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
	// The smallest valid module: what sql.js does, with wasm-unsafe-eval allowing it.
	const compiled = await page.evaluate(async () => {
		const module = await WebAssembly.compile(new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]));
		return module instanceof WebAssembly.Module;
	});
	expect(compiled).toBe(true);
	// Images of imported decks show through object URLs of their stored Blobs.
	const shown = await page.evaluate(async () => {
		const png = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='), (c) =>
			c.charCodeAt(0)
		);
		const img = new Image();
		img.src = URL.createObjectURL(new Blob([png], { type: 'image/png' }));
		await img.decode();
		return img.naturalWidth;
	});
	expect(shown).toBe(1);
	const ran = await page.evaluate(async () => {
		const w = window as unknown as { __ran?: number };
		const script = document.createElement('script');
		script.textContent = 'window.__ran = 1';
		document.body.append(script);
		await new Promise((resolve) => setTimeout(resolve, 0));
		return w.__ran ?? 0;
	});
	expect(ran).toBe(0);
	await expect.poll(watch.violations).toEqual([expect.stringMatching(/^script-src(-elem)? blocked inline/)]);
});
