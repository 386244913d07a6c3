import { propositions } from '$lib/core/generate/clauses';
import { analyze } from '$lib/core/generate/extract/index';
import { howManyQuestion, whenQuestion, whoQuestion } from '$lib/core/generate/templates/forms';

/** The question a form makes of the first sentence, about the mention written `answer`. */
function ask(form: typeof whoQuestion, text: string, answer: string, published = '2021-02-03') {
	const a = analyze(text, published);
	const m = a.mentions.find((x) => x.text === answer);
	if (!m) throw new Error(`no mention ${answer}`);
	return form(a, propositions(a, a.sentences[0])[0], m);
}

describe('question forms', () => {
	const call = 'Chinese leader Xi Jinping spoke over the phone with South Korean President Moon Jae-in on January 26.';

	it('asks who, replacing the subject and its title, the date given its year', () => {
		expect(ask(whoQuestion, call, 'Xi Jinping')).toBe('Who spoke over the phone with South Korean President Moon Jae-in on January 26, 2021?');
		expect(ask(whoQuestion, call, 'Moon Jae-in')).toBeUndefined();
	});

	it('asks when, moving the date out and the verb to its infinitive', () => {
		expect(ask(whenQuestion, call, 'January 26')).toBe('When did Chinese leader Xi Jinping speak over the phone with South Korean President Moon Jae-in?');
		expect(ask(whenQuestion, 'On July 2, 1997, the government of Thailand stopped defending the baht.', 'July 2, 1997')).toBe(
			'When did the government of Thailand stop defending the baht?'
		);
	});

	it('does not ask when about a date that belongs to another clause', () => {
		expect(ask(whenQuestion, 'The fleet dwarfed the three ships with which Christopher Columbus crossed the Atlantic in 1492.', '1492')).toBeUndefined();
	});

	it('asks how many and how much', () => {
		expect(ask(howManyQuestion, 'The first voyage carried 27,800 men across the sea.', '27,800')).toBe(
			'How many men did the first voyage carry across the sea?'
		);
		expect(ask(howManyQuestion, 'The whole mission cost about 6.15 billion rupees, far less than a film.', '6.15 billion rupees')).toBe(
			'How much did the whole mission cost?'
		);
		expect(ask(howManyQuestion, 'Once floated, the baht fell by about 20 percent in a single day.', '20 percent')).toBeUndefined();
		expect(ask(howManyQuestion, 'The baht fell by about 20 percent in a single day.', '20 percent')).toBe('By how much did the baht fall in a single day?');
	});
});
