import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { STUDY_PATH } from './helpers';

interface ManifestIcon {
	src: string;
	sizes: string;
	type?: string;
	purpose?: string;
}

/** The manifest the page links to, resolved from the page's own URL as a browser would. */
async function linkedManifest(page: Page, request: APIRequestContext, path: string) {
	await page.goto(path);
	const href = await page.locator('link[rel="manifest"]').getAttribute('href');
	expect(href, 'a <link rel="manifest">').toBeTruthy();
	const url = new URL(href ?? '', page.url()).href;
	const response = await request.get(url);
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toContain('application/manifest+json');
	return { url, manifest: (await response.json()) as Record<string, unknown> };
}

test('the web app manifest is served with name, icons, start_url, display and theme colour', async ({ page, request }) => {
	const { url, manifest } = await linkedManifest(page, request, '/');
	expect(manifest).toMatchObject({
		name: 'Factdeck',
		start_url: '/',
		scope: '/',
		display: 'standalone',
		theme_color: '#1f4e79'
	});
	expect(manifest.short_name).toEqual(expect.any(String));
	expect(manifest.description).toEqual(expect.any(String));
	expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);

	const icons = manifest.icons as ManifestIcon[];
	for (const size of [192, 512]) {
		const icon = icons.find((i) => i.type === 'image/png' && i.sizes.split(/\s+/).includes(`${size}x${size}`));
		expect(icon, `a ${size}px PNG icon`).toBeDefined();
		const png = await request.get(new URL(icon?.src ?? '', url).href);
		expect(png.status()).toBe(200);
		expect(png.headers()['content-type']).toBe('image/png');
		const body = await png.body();
		// The PNG signature, then the IHDR chunk's width and height.
		expect(body.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
		expect([body.readUInt32BE(16), body.readUInt32BE(20)]).toEqual([size, size]);
	}
});

test('a deep link links the same manifest', async ({ page, request }) => {
	const { manifest } = await linkedManifest(page, request, STUDY_PATH);
	expect(manifest.name).toBe('Factdeck');
});
