// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/svelte';
import PrintSheet from '$lib/quiz/PrintSheet.svelte';
import { printableQuiz } from '$lib/core/quiz/print';
import { smallBank } from '../core/share/fixtures';

// smallBank: 1 flashcard, 2 cloze, 3 mcq (answer Seoul, the 2nd choice), 4 true/false (true), 5 short.
// Every question, one of each type, whatever the fact: the sheet is tested on each kind.
const ALL = smallBank().questions.map((q) => q.id);

function sheet(showKey = true) {
	const view = render(PrintSheet, { quiz: printableQuiz(smallBank(), ALL), note: 'From “Capitals”, Test', showKey });
	const [questions] = view.container.querySelectorAll<HTMLOListElement>('ol.questions');
	const items = [...questions.children] as HTMLElement[];
	return { view, items };
}

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('PrintSheet', () => {
	it('heads the sheet with the title and lines for the name and date', () => {
		sheet();
		expect(screen.getByRole('heading', { level: 1, name: 'Korean capitals' })).toBeInTheDocument();
		expect(screen.getByText('Name:')).toBeInTheDocument();
		expect(screen.getByText('Date:')).toBeInTheDocument();
	});

	it('numbers every question in bank order', () => {
		const { items } = sheet();
		expect(items.map((li) => text(li.querySelector('.prompt .number')))).toEqual(['1.', '2.', '3.', '4.', '5.']);
		expect(text(items[0].querySelector('.prompt'))).toBe('1. Capital of South Korea');
		expect(text(items[4].querySelector('.prompt'))).toBe('5. What is the capital of North Korea?');
	});

	it('letters the choices of a multiple-choice question, in the bank order', () => {
		const { items } = sheet();
		const choices = within(items[2]).getAllByRole('listitem').map(text);
		expect(choices).toEqual(['A. Busan', 'B. Seoul', 'C. Incheon', 'D. Daegu']);
	});

	it('offers True and False to circle, a drawn blank for a cloze, and lines to write on otherwise', () => {
		const { items } = sheet();
		expect(text(items[3].querySelector('.circle'))).toBe('Circle one: True False');
		expect(within(items[3]).queryByRole('listitem')).toBeNull();
		// The prompt's underscores become a drawn blank, with nothing else left of them.
		const prompt = items[1].querySelector('.prompt')!.cloneNode(true) as HTMLElement;
		within(prompt).getByLabelText('blank').remove();
		expect(text(prompt)).toBe('2. is the capital of South Korea.');
		expect(items[1].querySelector('.write')).toBeNull();
		for (const i of [0, 4]) expect(items[i].querySelectorAll('.write span')).toHaveLength(2);
	});

	it('gives an answer key on its own page: letters for choices, words for true/false, alternatives to accept', () => {
		sheet();
		const key = screen.getByRole('region', { name: 'Answer key' });
		expect(key).toHaveClass('key');
		const entries = within(key).getAllByRole('listitem').map(text);
		expect(entries).toEqual(['1. Seoul', '2. Seoul', '3. B. Seoul', '4. True', '5. Pyongyang (also accept: Pyeongyang)']);
	});

	it('leaves the key out when asked to', () => {
		sheet(false);
		expect(screen.queryByRole('region', { name: 'Answer key' })).toBeNull();
		expect(screen.queryByText('Answer key')).toBeNull();
	});
});
