// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { createRawSnippet, flushSync } from 'svelte';
import QuestionFields from '$lib/editor/QuestionFields.svelte';
import QuestionList from '$lib/editor/QuestionList.svelte';
import { QuestionListView, type ListedDraft } from '$lib/editor/question-list.svelte';
import { draftFields, LONG_FIELD_EXCERPT_CHARS, MAX_EDITABLE_CHARS, toDraft, type QuestionDraft } from '$lib/core/bank/edit';
import type { Question } from '$lib/core/bank/schema';

const question = (i: number): Question =>
	i % 3
		? { id: `q-${i}`, fact: `f-${i}`, type: 'flashcard', prompt: `Word ${i}`, answer: `Meaning ${i}` }
		: { id: `q-${i}`, fact: `f-${i}`, type: 'truefalse', prompt: `Statement ${i}`, answer: true };
const drafts: QuestionDraft[] = Array.from({ length: 120 }, (_, i) => toDraft(question(i), `k${i}`));

/** The open question, drawn by the page in the real editor: here a heading that names it. */
const open = createRawSnippet((listed: () => ListedDraft) => ({ render: () => `<h3>Open: question ${listed().index + 1}</h3>` }));

function setup(problemCounts = new Map<number, number>()) {
	const view = new QuestionListView(() => drafts);
	render(QuestionList, { view, count: drafts.length, problemCounts, open });
	return view;
}

const rows = () => within(screen.getByRole('list')).getAllByRole('button');

describe('QuestionList', () => {
	it('lists one page of 50 rows, each with the number, the type in words and the prompt', async () => {
		setup(new Map([[1, 2]]));
		expect(screen.getByRole('heading', { name: 'Questions (120)' })).toBeInTheDocument();
		expect(rows()).toHaveLength(50);
		expect(rows()[0]).toHaveTextContent(/^Question 1\s*True or false\s*Statement 0$/);
		expect(rows()[1]).toHaveTextContent(/^Question 2\s*Flashcard\s*⚠ 2 problems\s*Word 1$/);
		expect(screen.getByText('Page 1 of 3')).toBeInTheDocument();
		expect(screen.getByRole('button', { name: 'Previous page' })).toBeDisabled();

		await fireEvent.click(screen.getByRole('button', { name: 'Next page' }));
		await fireEvent.click(screen.getByRole('button', { name: 'Next page' }));
		expect(screen.getByText('Page 3 of 3')).toBeInTheDocument();
		expect(rows()).toHaveLength(20);
		expect(rows()[0]).toHaveTextContent(/^Question 101/);
		// The last page disables Next: focus moves to Previous rather than being lost.
		expect(screen.getByRole('button', { name: 'Previous page' })).toHaveFocus();
	});

	it('searches prompts and answers, and says how many questions match', async () => {
		setup();
		await fireEvent.input(screen.getByLabelText('Search questions and answers'), { target: { value: 'MEANING 11' } });
		// prettier-ignore
		expect(rows().map((r) => r.textContent?.match(/^Question \d+/)?.[0])).toEqual(['Question 12', 'Question 111', 'Question 113', 'Question 114', 'Question 116', 'Question 117', 'Question 119', 'Question 120']);
		expect(screen.getByRole('status')).toHaveTextContent('8 questions match.');
		expect(screen.queryByRole('navigation')).toBeNull();
	});

	it("opens the pressed question in its row's place, one at a time, and turns to the page of a question shown", async () => {
		const view = setup();
		await fireEvent.click(rows()[4]);
		expect(screen.getByRole('heading', { name: 'Open: question 5' })).toBeInTheDocument();
		expect(rows()).toHaveLength(49);
		await fireEvent.click(rows()[6]);
		expect(screen.queryByRole('heading', { name: 'Open: question 5' })).toBeNull();
		expect(screen.getByRole('heading', { name: 'Open: question 8' })).toBeInTheDocument();

		// A question hidden by the search is shown by clearing it.
		view.search('Word 2');
		view.open('k119');
		flushSync();
		expect(view.query).toBe('');
		expect(screen.getByText('Page 3 of 3')).toBeInTheDocument();
		expect(screen.getByRole('heading', { name: 'Open: question 120' })).toBeInTheDocument();
	});
});

describe('a field too long to edit by hand', () => {
	it('says so with its length and the limit, and shows its start read only when asked', async () => {
		const long: Question = { id: 'q-long', fact: 'long', type: 'flashcard', prompt: 'x'.repeat(MAX_EDITABLE_CHARS + 1), answer: 'Short' };
		const onchange = vi.fn();
		render(QuestionFields, { key: 'k0', fields: draftFields(long), onchange });
		expect(screen.getByText(/^This field holds 100,001 characters; the editor edits fields of at most 100,000 characters by hand\.$/)).toBeInTheDocument();
		expect(screen.getByLabelText('Back')).toHaveValue('Short');
		// Typing or pasting cannot make a field longer than the editor edits.
		expect(screen.getByLabelText('Back')).toHaveAttribute('maxlength', String(MAX_EDITABLE_CHARS));
		const show = screen.getByRole('button', { name: 'Show the first 10,000 characters' });
		expect(show).toHaveAccessibleDescription(/^This field holds 100,001 characters/);
		await fireEvent.click(show);
		const text = screen.getByLabelText('Front');
		expect(text).toHaveAttribute('readonly');
		expect((text as HTMLTextAreaElement).value).toHaveLength(LONG_FIELD_EXCERPT_CHARS);
		expect(text).toHaveFocus();
		expect(onchange).not.toHaveBeenCalled();
	});
});
