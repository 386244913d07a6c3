// @vitest-environment jsdom
import { isTextField } from '$lib/ui/text-field';

function make<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}): HTMLElementTagNameMap[K] {
	const el = document.createElement(tag);
	for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
	return el;
}

describe('isTextField', () => {
	it('is true where keys type text', () => {
		for (const type of ['text', 'search', 'number', 'email', 'url', 'password']) expect(isTextField(make('input', { type })), type).toBe(true);
		expect(isTextField(make('input'))).toBe(true);
		expect(isTextField(make('textarea'))).toBe(true);
	});

	it('is true in editable rich text', () => {
		const box = make('div');
		// jsdom computes no isContentEditable; a browser does, also for the children of an editable box.
		Object.defineProperty(box, 'isContentEditable', { value: true });
		expect(isTextField(box)).toBe(true);
	});

	it('is false for read-only fields, which type nothing (the answered answer box)', () => {
		expect(isTextField(make('input', { type: 'text', readonly: '' }))).toBe(false);
		expect(isTextField(make('textarea', { readonly: '' }))).toBe(false);
	});

	it('is false for inputs that take no typing, other elements and no target', () => {
		// prettier-ignore
		for (const type of ['button', 'checkbox', 'radio', 'submit', 'reset', 'file', 'color', 'range']) expect(isTextField(make('input', { type })), type).toBe(false);
		expect(isTextField(make('button'))).toBe(false);
		expect(isTextField(make('div'))).toBe(false);
		expect(isTextField(document)).toBe(false);
		expect(isTextField(null)).toBe(false);
	});
});
