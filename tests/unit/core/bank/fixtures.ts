/** A small valid bank, one question of each type, for tests to break one rule at a time. */
export const ARTICLE = 'Seoul is the capital of South Korea. Pyongyang is the capital of North Korea.';

const sentence = (text: string) => ({ text, start: ARTICLE.indexOf(text), end: ARTICLE.indexOf(text) + text.length });
const FIRST = sentence('Seoul is the capital of South Korea.');
const SECOND = sentence('Pyongyang is the capital of North Korea.');

/** A fresh copy each call, so a test may mutate it freely. */
export function validBank(): Record<string, any> {
	return {
		format: 'factdeck.bank',
		version: 1,
		id: 'capitals',
		title: 'Korean capitals',
		language: 'en',
		source: { title: 'Capitals', publisher: 'Test', published: '2021-02-03', text: ARTICLE },
		questions: [
			{ id: 'q-1', fact: 'seoul-capital', type: 'flashcard', prompt: 'Capital of South Korea', answer: 'Seoul', source: { ...FIRST } },
			{ id: 'q-2', fact: 'seoul-capital', type: 'cloze', prompt: '____ is the capital of South Korea.', answer: 'Seoul', source: { ...FIRST } },
			{
				id: 'q-3',
				fact: 'seoul-capital',
				type: 'mcq',
				prompt: 'What is the capital of South Korea?',
				answer: 'Seoul',
				choices: ['Busan', 'Seoul', 'Incheon', 'Daegu'],
				source: { ...FIRST }
			},
			{ id: 'q-4', fact: 'pyongyang-capital', type: 'truefalse', prompt: 'Pyongyang is the capital of North Korea.', answer: true, source: { ...SECOND } },
			{
				id: 'q-5',
				fact: 'pyongyang-capital',
				type: 'short',
				prompt: 'What is the capital of North Korea?',
				answer: 'Pyongyang',
				accept: ['Pyeongyang'],
				source: { ...SECOND }
			}
		]
	};
}
