// @vitest-environment jsdom
/**
 * The review step of /create: questions grouped under their facts, a fact
 * dropped whole, and a page of 300 questions where typing the title or
 * editing one question redraws nothing else.
 */
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import type { Bank, Question } from '$lib/core/bank/schema';
import CreateReview from '$lib/create/CreateReview.svelte';
import { CreateSession } from '$lib/create/create.svelte';

// Counts how often each question's answer is drawn (a question drawn again is a question re-rendered),
// and how often a fact's group lays out its questions (a group re-rendered).
const drawn = vi.hoisted(() => [] as string[]);
const laidOut = vi.hoisted(() => ({ count: 0 }));
vi.mock('$lib/core/bank/fact-groups', async (importOriginal) => {
	const actual = await importOriginal<typeof import('$lib/core/bank/fact-groups')>();
	return {
		...actual,
		sameSource: (...args: Parameters<typeof actual.sameSource>) => {
			laidOut.count++;
			return actual.sameSource(...args);
		}
	};
});
vi.mock('$lib/core/quiz/grade', async (importOriginal) => {
	const actual = await importOriginal<typeof import('$lib/core/quiz/grade')>();
	return {
		...actual,
		answerText: (q: Question) => {
			drawn.push(q.id);
			return actual.answerText(q);
		}
	};
});

const FACTS = 41;
const sentences = Array.from({ length: FACTS }, (_, f) => `Fact number ${f} happened in the year ${1900 + f}.`);
const article = sentences.join('\n');
const sourceOf = (f: number) => {
	const start = article.indexOf(sentences[f]);
	return { text: sentences[f], start, end: start + sentences[f].length };
};
const TYPES = ['mcq', 'truefalse', 'short', 'cloze', 'flashcard'] as const;

/** Question `i` of the bank: facts take turns, as the generator orders a bank (each fact's best, then each one's second). */
function question(i: number): Question {
	const f = i % FACTS;
	const type = TYPES[Math.floor(i / FACTS) % TYPES.length];
	const base = { id: `q${i}`, fact: `fact-${f}`, source: sourceOf(f) };
	if (type === 'mcq')
		return { ...base, type, prompt: `In which year did fact ${f} happen? (${i})`, answer: `${1900 + f}`, choices: [`${1900 + f}`, '1850', '2001'] };
	if (type === 'truefalse') return { ...base, type, prompt: `Fact ${f} happened in ${1900 + f}. (${i})`, answer: true };
	if (type === 'cloze') return { ...base, type, prompt: `Fact ${f} happened in the year ____. (${i})`, answer: `${1900 + f}` };
	return { ...base, type, prompt: `When did fact ${f} happen? (${i})`, answer: `${1900 + f}` };
}

function setup(count: number) {
	drawn.length = 0;
	laidOut.count = 0;
	const bank: Bank = {
		format: 'factdeck.bank',
		version: 1,
		id: 'generated',
		title: 'Generated',
		source: { text: article },
		questions: Array.from({ length: count }, (_, i) => question(i))
	};
	const create = new CreateSession();
	create.review(bank);
	render(CreateReview, { create, placeholder: bank.title, article });
	return create;
}

/** The group of fact `n`, found by its heading's text: a role query over 300 questions is slow in jsdom. */
function factSection(n: number): HTMLElement {
	const section = screen.getByText(`Fact ${n} of ${FACTS}`, { selector: 'h3' }).closest('section');
	if (!section) throw new Error(`no group for fact ${n}`);
	expect(section).toHaveAccessibleName(new RegExp(`^Fact ${n} of ${FACTS}(, dropped)?$`));
	return section;
}

describe('CreateReview', () => {
	it('shows one numbered group per fact, in the order of its first question, headed by its source sentence once', async () => {
		setup(100);
		expect(screen.getByRole('heading', { name: 'Review 100 questions on 41 facts' })).toBeInTheDocument();
		const facts = within(screen.getByRole('list', { name: 'Facts' })).getAllByRole('heading', { level: 3 });
		expect(facts.map((h) => h.textContent)).toEqual(Array.from({ length: FACTS }, (_, i) => `Fact ${i + 1} of ${FACTS}`));

		// Fact 1 has questions 0, 41 and 82 of the bank, far apart in it: here they stand together.
		const first = factSection(1);
		expect(within(first).getAllByText(sentences[0])).toHaveLength(1);
		const formats = within(within(first).getByRole('list', { name: 'Questions on fact 1' })).getAllByRole('heading', { level: 4 });
		expect(formats.map((h) => h.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
			'1.1 Multiple choice: In which year did fact 0 happen? (0)',
			'1.2 True or false: Fact 0 happened in 1900. (41)',
			'1.3 Typed answer: When did fact 0 happen? (82)'
		]);
		expect(within(first).getByRole('list', { name: 'Choices of question 1.1' })).toHaveTextContent('1900');
		// The paragraph around the sentence is shown on demand.
		expect(within(first).queryByRole('mark')).toBeNull();
		const show = within(first).getByRole('button', { name: 'Show paragraph of fact 1' });
		expect(show).toHaveAttribute('aria-expanded', 'false');
		await fireEvent.click(show);
		flushSync();
		expect(within(first).getByRole('button', { name: 'Hide paragraph of fact 1' })).toHaveAttribute('aria-expanded', 'true');
		expect(first.querySelector('mark')).toHaveTextContent(sentences[0]);
	});

	it('drops a whole fact and keeps it again; dropping each of its questions drops the fact too', async () => {
		const create = setup(100);
		await fireEvent.click(within(factSection(2)).getByRole('button', { name: 'Drop fact 2' }));
		flushSync();
		const second = factSection(2);
		expect(within(second).getAllByRole('button', { name: /^Keep question 2\.\d$/ })).toHaveLength(3);
		expect(within(second).getByRole('button', { name: 'Keep fact 2' })).toHaveTextContent('Keep fact');
		expect(screen.getByText('97 of 100 questions kept')).toBeInTheDocument();
		expect(create.questions.filter((q) => q.dropped).map((q) => q.id)).toEqual(['q1', 'q42', 'q83']);

		await fireEvent.click(within(second).getByRole('button', { name: 'Keep fact 2' }));
		flushSync();
		expect(screen.getByText('100 of 100 questions kept')).toBeInTheDocument();

		const third = factSection(3);
		for (const n of [1, 2]) await fireEvent.click(within(third).getByRole('button', { name: `Drop question 3.${n}` }));
		flushSync();
		expect(within(third).getByRole('button', { name: 'Drop fact 3' })).toBeInTheDocument();
		await fireEvent.click(within(third).getByRole('button', { name: 'Drop question 3.3' }));
		flushSync();
		expect(within(third).getByRole('button', { name: 'Keep fact 3' })).toBeInTheDocument();
	});

	it('with 300 questions, redraws only the question edited, and nothing for the title or a drop', async () => {
		const create = setup(300);
		expect(screen.getByRole('heading', { name: 'Review 300 questions on 41 facts' })).toBeInTheDocument();
		expect(new Set(drawn).size).toBe(300);
		expect(laidOut.count).toBe(300);

		drawn.length = 0;
		laidOut.count = 0;
		const title = screen.getByLabelText('Bank title');
		for (const text of ['M', 'My', 'My bank']) await fireEvent.input(title, { target: { value: text } });
		expect(create.title).toBe('My bank');
		expect(drawn).toEqual([]);
		expect(laidOut.count).toBe(0);

		await fireEvent.click(within(factSection(5)).getByRole('button', { name: 'Drop question 5.2' }));
		await fireEvent.click(within(factSection(9)).getByRole('button', { name: 'Drop fact 9' }));
		expect(screen.getByText(`${300 - 1 - 8} of 300 questions kept`)).toBeInTheDocument();
		expect(drawn).toEqual([]);

		const fifth = factSection(5);
		await fireEvent.click(within(fifth).getByRole('button', { name: 'Edit question 5.3' }));
		const prompt = within(fifth).getByLabelText('Question');
		for (const text of ['W', 'Wh', 'When?']) await fireEvent.input(prompt, { target: { value: text } });
		await fireEvent.click(within(fifth).getByRole('button', { name: 'Save question' }));
		expect(within(fifth).getByRole('heading', { level: 4, name: /^5\.3 Typed answer: When\?$/ })).toBeInTheDocument();
		expect(within(fifth).getByRole('button', { name: 'Edit question 5.3' })).toHaveFocus();
		// Question 5.3 is the bank's 87th (fact 4's third): it alone was drawn again.
		expect(new Set(drawn)).toEqual(new Set(['q86']));
		expect(laidOut.count).toBe(0);
		expect(create.questions[86].question.prompt).toBe('When?');
	}, 60_000);
});
