// @vitest-environment jsdom
import { render, waitFor } from '@testing-library/svelte';
import RichText, { htmlSanitizer } from '$lib/ui/RichText.svelte';

describe('RichText before the sanitizer is loaded', () => {
	it('loads no sanitizer for plain text', async () => {
		const view = render(RichText, { text: 'Plain <b>prompt</b>' });
		expect(view.container.textContent).toBe('Plain <b>prompt</b>');
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(htmlSanitizer.current()).toBeNull();
		expect(view.container.querySelector('b')).toBeNull();
	});

	it('shows the plain text at once, then the sanitized HTML when it arrives', async () => {
		const view = render(RichText, { html: 'Which <b>country</b>?<img src=x onerror="window.__xss=1">', text: 'Which country?' });
		// Nothing unsanitized is ever in the page, not even for a moment.
		expect(view.container.querySelector('b')).toBeNull();
		expect(view.container.textContent).toBe('Which country?');
		await waitFor(() => expect(view.container.querySelector('b')?.textContent).toBe('country'));
		expect(htmlSanitizer.current()).not.toBeNull();
		expect(view.container.querySelector('img[onerror]')).toBeNull();
	});
});
