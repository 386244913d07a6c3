// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import PasteBox from '$lib/import/PasteBox.svelte';

function box() {
	const onpaste = vi.fn();
	render(PasteBox, { onpaste });
	return onpaste;
}

describe('PasteBox', () => {
	it('asks for text when nothing was pasted', async () => {
		const onpaste = box();
		await fireEvent.click(screen.getByRole('button', { name: 'Preview pasted text' }));
		expect(screen.getByRole('alert')).toHaveTextContent('Paste some text first');
		expect(onpaste).not.toHaveBeenCalled();
	});

	it('hands pasted text over to be detected', async () => {
		const onpaste = box();
		await fireEvent.input(screen.getByLabelText('Text to import'), { target: { value: 'Seoul\tCapital' } });
		await fireEvent.click(screen.getByRole('button', { name: 'Preview pasted text' }));
		expect(onpaste).toHaveBeenCalledWith('Seoul\tCapital', { as: 'detect' });
	});

	it("reads a Quizlet export with the separators of Quizlet's dialog, custom ones included", async () => {
		const onpaste = box();
		await fireEvent.input(screen.getByLabelText('Text to import'), { target: { value: 'a - b##c - d' } });
		await fireEvent.click(screen.getByLabelText('Quizlet export'));
		await fireEvent.click(screen.getByRole('radio', { name: 'Semicolon' }));
		await fireEvent.click(screen.getByRole('button', { name: 'Preview pasted text' }));
		expect(onpaste).toHaveBeenLastCalledWith('a - b##c - d', { as: 'quizlet', separators: { term: '\t', card: ';' } });

		const [termCustom, cardCustom] = screen.getAllByRole('radio', { name: 'Custom' });
		await fireEvent.click(termCustom);
		await fireEvent.click(cardCustom);
		await fireEvent.click(screen.getByRole('button', { name: 'Preview pasted text' }));
		expect(screen.getByRole('alert')).toHaveTextContent('Choose other separators: the separator between term and definition is empty');
		await fireEvent.input(screen.getByLabelText('Custom separator between term and definition'), { target: { value: ' - ' } });
		await fireEvent.input(screen.getByLabelText('Custom separator between cards'), { target: { value: '##' } });
		await fireEvent.click(screen.getByRole('button', { name: 'Preview pasted text' }));
		expect(onpaste).toHaveBeenLastCalledWith('a - b##c - d', { as: 'quizlet', separators: { term: ' - ', card: '##' } });
		expect(screen.queryByRole('alert')).toBeNull();
	});
});
