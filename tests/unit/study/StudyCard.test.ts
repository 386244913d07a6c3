// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import StudyCard from '$lib/study/StudyCard.svelte';
import type { Question } from '$lib/core/bank/schema';

const mcq: Question = {
	id: 'q-mcq',
	fact: 'xi-moon-call-date',
	type: 'mcq',
	prompt: 'When did Xi Jinping speak with Moon Jae-in by phone?',
	answer: 'January 26',
	choices: ['January 20', 'January 23', 'January 26', 'January 27']
};
const cloze: Question = {
	id: 'q-cloze',
	fact: 'xi-moon-call-date',
	type: 'cloze',
	prompt: 'Xi Jinping spoke with Moon Jae-in on ____.',
	answer: 'January 26'
};
const tf: Question = { id: 'q-tf', fact: 'f', type: 'truefalse', prompt: 'Blinken is Secretary of State.', answer: true };
const short: Question = { id: 'q-short', fact: 'f', type: 'short', prompt: 'Who is the Foreign Minister?', answer: 'Kang Kyung-wha' };

function handlers() {
	return { onreveal: vi.fn(), onchoice: vi.fn(), ontruefalse: vi.fn(), ontyped: vi.fn(), ondontknow: vi.fn() };
}

/** Shows the short-answer card, types `text` in its box and submits it; returns the handlers. */
async function typeAndSubmit(text: string) {
	const h = handlers();
	render(StudyCard, { question: short, mode: 'typed', answered: false, ...h });
	const box = screen.getByLabelText('Your answer');
	await fireEvent.input(box, { target: { value: text } });
	await fireEvent.submit(box.closest('form')!);
	return h;
}

describe('StudyCard', () => {
	it('offers each choice as a button named by its text and reports the index', async () => {
		const h = handlers();
		render(StudyCard, { question: mcq, mode: 'choice', answered: false, ...h });
		await fireEvent.click(screen.getByRole('button', { name: /January 26/ }));
		expect(h.onchoice).toHaveBeenCalledWith(2);
		expect(screen.getAllByRole('button')).toHaveLength(4);
	});

	it('marks the right choice and the wrong pick once answered, and disables the choices', () => {
		render(StudyCard, { question: mcq, mode: 'choice', answered: true, given: 'January 20', ...handlers() });
		expect(screen.getByRole('button', { name: /January 26/ })).toHaveClass('right');
		expect(screen.getByRole('button', { name: /January 20/ })).toHaveClass('wrong');
		expect(screen.getByRole('button', { name: /January 23/ })).toBeDisabled();
	});

	it('hides the cloze answer until revealed, then fills the blank', async () => {
		const h = handlers();
		const view = render(StudyCard, { question: cloze, mode: 'reveal', answered: false, ...h });
		expect(screen.queryByText('January 26')).toBeNull();
		await fireEvent.click(screen.getByRole('button', { name: 'Show answer' }));
		expect(h.onreveal).toHaveBeenCalledOnce();
		await view.rerender({ question: cloze, mode: 'reveal', answered: true, ...h });
		expect(screen.getByText('January 26').tagName).toBe('MARK');
		expect(screen.queryByRole('button', { name: 'Show answer' })).toBeNull();
	});

	it('answers true/false with buttons named True and False', async () => {
		const h = handlers();
		render(StudyCard, { question: tf, mode: 'truefalse', answered: false, ...h });
		await fireEvent.click(screen.getByRole('button', { name: /False/ }));
		expect(h.ontruefalse).toHaveBeenCalledWith(false);
	});

	it('submits a typed answer from the box labelled "Your answer"', async () => {
		const h = await typeAndSubmit('kang kyung wha');
		expect(h.ontyped).toHaveBeenCalledWith('kang kyung wha');
	});

	it('renders question text as text, never as markup', () => {
		const hostile: Question = { ...short, prompt: '<img src=x onerror="window.__pwned=1">Who?' };
		const { container } = render(StudyCard, { question: hostile, mode: 'typed', answered: false, ...handlers() });
		expect(container.querySelector('img')).toBeNull();
		expect(screen.getByText(/<img src=x/)).toBeInTheDocument();
	});
});

describe('StudyCard typed answers', () => {
	it('keeps what the learner typed on screen once the answer is shown', async () => {
		const h = handlers();
		const view = render(StudyCard, { question: short, mode: 'typed', answered: false, ...h });
		const box = screen.getByLabelText('Your answer') as HTMLInputElement;
		await fireEvent.input(box, { target: { value: 'Kang' } });
		await view.rerender({ question: short, mode: 'typed', answered: true, given: 'Kang', ...h });
		expect((screen.getByLabelText('Your answer') as HTMLInputElement).value).toBe('Kang');
	});
});

describe('StudyCard typed answers, empty or given up', () => {
	it('never grades an empty answer: it says what to do instead', async () => {
		const h = await typeAndSubmit('   ');
		expect(h.ontyped).not.toHaveBeenCalled();
		expect(screen.getByRole('status')).toHaveTextContent(/Type your answer first, or choose "I don't know"/);
	});

	it('offers "I don\'t know" on a typed card, and only until it is answered', async () => {
		const h = handlers();
		const view = render(StudyCard, { question: short, mode: 'typed', answered: false, ...h });
		await fireEvent.click(screen.getByRole('button', { name: "I don't know" }));
		expect(h.ondontknow).toHaveBeenCalledOnce();
		await view.rerender({ question: short, mode: 'typed', answered: true, given: '', ...h });
		expect(screen.queryByRole('button', { name: "I don't know" })).toBeNull();
	});

	it('offers "I don\'t know" on typed cards only', () => {
		render(StudyCard, { question: mcq, mode: 'choice', answered: false, ...handlers() });
		expect(screen.queryByRole('button', { name: "I don't know" })).toBeNull();
	});
});
