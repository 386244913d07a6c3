/**
 * The watch the injection tests keep on a page: a canary counter the
 * payloads bump if they run, every request that tries to leave the app's
 * origin, every dialog, and live markup in the page that could run or
 * navigate (checked on the DOM, so a payload that has not fired yet is
 * caught too).
 */
import { expect, type Page } from '@playwright/test';

export interface XssGuard {
	/** Asserts that nothing ran, left, popped up or lies in wait so far; `where` names the step. */
	check(where: string): Promise<void>;
}

/** Arms the canary, the request filter and the dialog watch; call before the first navigation. */
export async function guard(page: Page, baseURL: string): Promise<XssGuard> {
	const app = new URL(baseURL);
	await page.addInitScript(() => {
		(window as unknown as { __xss: number }).__xss = 0;
	});
	const leaks: string[] = [];
	const dialogs: string[] = [];
	await page.context().route('**/*', async (route) => {
		const url = new URL(route.request().url());
		if (/^(https?|wss?):$/.test(url.protocol) && url.host !== app.host) {
			leaks.push(url.href);
			return route.abort('blockedbyclient');
		}
		return route.continue();
	});
	page.on('dialog', (dialog) => {
		dialogs.push(`${dialog.type()}: ${dialog.message()}`);
		void dialog.dismiss();
	});
	return {
		async check(where: string) {
			const state = await page.evaluate(() => {
				const live: string[] = [];
				for (const el of document.querySelectorAll('body *')) {
					for (const attr of el.attributes) {
						if (/^on/i.test(attr.name)) live.push(`<${el.localName} ${attr.name}>`);
						if (/^(srcdoc|formaction)$/i.test(attr.name)) live.push(`<${el.localName} ${attr.name}>`);
					}
					if (el instanceof HTMLAnchorElement && el.hasAttribute('href') && !/^(https?:|\/|#|$)/i.test(el.getAttribute('href') ?? '')) {
						live.push(`<a href="${el.getAttribute('href')}">`);
					}
				}
				const main = document.querySelector('main') ?? document.body;
				for (const el of main.querySelectorAll('script, iframe, frame, object, embed, math, animate, set, base, meta, link, style, template, form[action]')) {
					live.push(`<${el.localName}> in main`);
				}
				return { xss: (window as unknown as { __xss?: number }).__xss, live };
			});
			expect(state.xss, `${where}: the canary`).toBe(0);
			expect(state.live, `${where}: live markup`).toEqual([]);
			expect(leaks, `${where}: requests that left the app`).toEqual([]);
			expect(dialogs, `${where}: dialogs`).toEqual([]);
		}
	};
}
