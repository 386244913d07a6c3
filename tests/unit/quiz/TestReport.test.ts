// @vitest-environment jsdom
import { render, screen, waitFor, within } from '@testing-library/svelte';
import TestReport from '$lib/quiz/TestReport.svelte';
import type { Bank, Question } from '$lib/core/bank/schema';
import { answerTest, createTest, finishTest, testScore } from '$lib/core/quiz/test-mode';
import { htmlSanitizer } from '$lib/ui/RichText.svelte';

// The sanitizer is fetched on first use (see RichText-loading.test.ts); here it is ready from the start.
beforeAll(() => htmlSanitizer.load());

const START = Date.UTC(2024, 0, 1, 9);

const imported: Question = {
	id: 'q-flag',
	fact: 'flag',
	type: 'short',
	prompt: 'Which country? [image: flag.png]',
	answer: 'South Korea',
	html: { prompt: 'Which <b>country</b>?<img src=x onerror="window.__xss++"><script>window.__xss++</script>', answer: 'South <i>Korea</i>' }
};
const plain: Question = { id: 'q-capital', fact: 'capital', type: 'short', prompt: 'Capital of <b>Japan</b>?', answer: 'Tokyo' };
const bank: Bank = { format: 'factdeck.bank', version: 1, id: 'flags', title: 'Flags', questions: [imported, plain] };

/** A finished test of both questions in bank order, both answered wrong. */
function finished() {
	let state = createTest(bank, { shuffle: false }, () => 0, START);
	state = answerTest(state, { kind: 'typed', text: 'Japan' }, START + 1000);
	state = answerTest(state, { kind: 'typed', text: '<i>Kyoto</i>' }, START + 2000);
	state = finishTest(state, START + 3000);
	return state;
}

function renderReport() {
	const test = finished();
	return render(TestReport, { test, score: testScore(test), onretry: null, onexport: () => {}, onagain: () => {}, bankId: bank.id });
}

describe('TestReport', () => {
	it('shows an imported question through its sanitized HTML, prompt and right answer', () => {
		const { container } = renderReport();
		const item = container.querySelectorAll('ol.items > li')[0] as HTMLElement;
		expect(item.querySelector('.prompt b')!.textContent).toBe('country');
		expect(item.querySelector('i')!.textContent).toBe('Korea');
		expect(within(item).getByText(/Right answer:/).textContent).toBe('Right answer: South Korea');
		expect(container.querySelector('script')).toBeNull();
		expect(container.querySelector('[onerror]')).toBeNull();
	});

	it('shows a question without HTML, and what the learner typed, as text', () => {
		const { container } = renderReport();
		const item = container.querySelectorAll('ol.items > li')[1] as HTMLElement;
		expect(item.querySelector('.prompt')!.textContent).toBe('Capital of <b>Japan</b>?');
		expect(item.querySelector('b')).toBeNull();
		expect(within(item).getByText('<i>Kyoto</i>').localName).toBe('strong');
		expect(item.querySelector('i')).toBeNull();
		expect(screen.getByRole('heading', { name: 'Score: 0 of 2 (0%)' })).toBeTruthy();
	});

	it('typesets a formula in the answer the learner picked', async () => {
		const root: Question = { id: 'q-root', fact: 'root', type: 'mcq', prompt: 'The root of 4?', answer: '[$]2[/$]', choices: ['[$]2[/$]', '[$]\\sqrt{5}[/$]'] };
		let test = createTest({ ...bank, questions: [root] }, { shuffle: false }, () => 0, START);
		test = finishTest(answerTest(test, { kind: 'choice', choice: '[$]\\sqrt{5}[/$]' }, START + 1000), START + 2000);
		const { container } = render(TestReport, { test, score: testScore(test), onretry: null, onexport: () => {}, onagain: () => {} });
		const given = within(container.querySelector('ol.items > li') as HTMLElement)
			.getByText(/Your answer/)
			.querySelector('strong')!;
		await waitFor(() => expect(given.querySelector('math msqrt')).not.toBeNull());
		expect(given.textContent).not.toContain('[$]');
	});
});
