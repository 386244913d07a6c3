// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/svelte';
import { tick } from 'svelte';
import StudyCard from '$lib/study/StudyCard.svelte';
import RichText from '$lib/ui/RichText.svelte';
import ClozeText from '$lib/ui/ClozeText.svelte';
import { mathTypesetter } from '$lib/ui/MathText.svelte';
import type { Question } from '$lib/core/bank/schema';

// Counts how often the page fetches Temml: the factory runs only when some code imports it.
const temml = vi.hoisted(() => ({ imports: 0 }));
vi.mock('temml', async (importOriginal) => {
	temml.imports++;
	return importOriginal();
});

function handlers() {
	return { onreveal: vi.fn(), onchoice: vi.fn(), ontruefalse: vi.fn(), ontyped: vi.fn(), ondontknow: vi.fn() };
}

const plain: Question = {
	id: 'q-plain',
	fact: 'f',
	type: 'mcq',
	prompt: 'What did it cost? Between $5 and $10 [a range].',
	answer: '$7',
	choices: ['$5', '$7', '$9'],
	explanation: 'f(x) = [0, 1]'
};
const withMath: Question = {
	id: 'q-math',
	fact: 'g',
	type: 'mcq',
	prompt: 'Solve \\(x^2 = 4\\) for positive x: $$x = \\sqrt{4}$$',
	answer: '[$]2[/$]',
	choices: ['[$]2[/$]', '[$]-2[/$]']
};

describe('math only for cards that have it', () => {
	it('never imports Temml for cards, rich text and cloze without a formula', async () => {
		render(StudyCard, { question: plain, mode: 'choice', answered: true, given: '$5', ...handlers() });
		render(RichText, { html: '<b>Price</b>: $5 [note]', text: 'Price: $5 [note]' });
		render(ClozeText, { prompt: 'It cost ____ dollars.', answer: '$7' });
		await tick();
		// Long enough for an import started by an effect to have run its factory.
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(temml.imports).toBe(0);
		expect(mathTypesetter.current()).toBeNull();
		expect(document.querySelector('math')).toBeNull();
	});

	it('imports it once a card has a formula, and typesets prompt and choices', async () => {
		render(StudyCard, { question: withMath, mode: 'choice', answered: false, ...handlers() });
		const heading = screen.getByRole('heading', { level: 2 });
		// The LaTeX shows as text until the typesetter arrives.
		expect(heading.textContent).toContain('\\(x^2 = 4\\)');
		await waitFor(() => expect(heading.querySelectorAll('math')).toHaveLength(2));
		expect(heading.querySelectorAll('math')[1].getAttribute('display')).toBe('block');
		await waitFor(() => expect(document.querySelectorAll('ol.choices math')).toHaveLength(2));
		expect(temml.imports).toBe(1);
	});

	it('typesets formulas in imported HTML after sanitizing it, and in a cloze answer', async () => {
		const view = render(RichText, { html: '<b>Area</b> \\(\\pi r^2\\)<img src=x onerror="window.__xss=1">', text: 'Area \\(\\pi r^2\\)' });
		// Until the sanitizer arrives the plain text shows (its formula typeset too); then the sanitized HTML.
		await waitFor(() => expect(view.container.querySelector('.rich math')).not.toBeNull());
		expect(view.container.querySelector('b')?.textContent).toBe('Area');
		expect(view.container.querySelector('[onerror]')).toBeNull();
		const cloze = render(ClozeText, { prompt: 'Euler: ____', answer: '[$]e^{i\\pi}+1=0[/$]' });
		await waitFor(() => expect(cloze.container.querySelector('mark.cloze-filled math')).not.toBeNull());
	});
});
