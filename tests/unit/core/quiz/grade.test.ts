import { Rating } from '$lib/core/srs/types';
import { autoRating, gradeChoice, gradeTrueFalse, gradeTyped } from '$lib/core/quiz/grade';
import { question } from './question';

describe('gradeTyped: accepted, with the reason', () => {
	it.each([
		['Seoul', 'Seoul', 'Exact match.'],
		['  Seoul  ', 'Seoul', 'Exact match.'],
		['seoul', 'Seoul', 'Accepted, ignoring case.'],
		['MOON JAE-IN', 'Moon Jae-in', 'Accepted, ignoring case.'],
		['Pyeongchang', 'Pyeongchàng', 'Accepted, ignoring accents.'],
		['Muller', 'Müller', 'Accepted, ignoring accents.'],
		['cafe', 'Café', 'Accepted, ignoring case and accents.'],
		['Seoul.', 'Seoul', 'Accepted, ignoring punctuation.'],
		['U.S.', 'US', 'Accepted, ignoring punctuation.'],
		['Seoul , Korea', 'Seoul, Korea', 'Accepted, ignoring punctuation and extra spaces.'],
		['Kim  Jong   Un', 'Kim Jong Un', 'Accepted, ignoring extra spaces.'],
		['"Seoul"', 'Seoul', 'Accepted, ignoring quotation marks.'],
		['“Seoul”', 'Seoul', 'Accepted, ignoring quotation marks.'],
		['‘America First’', 'America First', 'Accepted, ignoring quotation marks.'],
		['“Seoul.”', 'Seoul', 'Accepted, ignoring quotation marks and punctuation.'],
		['Trump’s doctrine', "Trump's doctrine", 'Exact match.'],
		['Moon Jae in', 'Moon Jae-in', 'Accepted, ignoring hyphens.'],
		['moon jae in', 'Moon Jae-in', 'Accepted, ignoring case and hyphens.'],
		['Moon Jaein', 'Moon Jae-in', 'Accepted, ignoring hyphens.'],
		['Kang Kyung–wha', 'Kang Kyung-wha', 'Accepted, ignoring hyphens.'],
		['Demilitarized Zone', 'the Demilitarized Zone', 'Accepted, ignoring the leading article.'],
		['The Biden administration', 'Biden administration', 'Accepted, ignoring the leading article.'],
		['an election', 'election', 'Accepted, ignoring the leading article.'],
		['the  moon administration', 'Moon administration', 'Accepted, ignoring case, extra spaces and the leading article.'],
		['"The Hague."', 'Hague', 'Accepted, ignoring quotation marks, punctuation and the leading article.'],
		['three', '3', 'Accepted: 3 and "three" are the same number.'],
		['3', 'three', 'Accepted: 3 and "three" are the same number.'],
		['Twenty-One', '21', 'Accepted: 21 and "Twenty-One" are the same number.'],
		['21', 'twenty one', 'Accepted: 21 and "twenty one" are the same number.'],
		['ninety', '90', 'Accepted: 90 and "ninety" are the same number.'],
		['one hundred', '100', 'Accepted: 100 and "one hundred" are the same number.'],
		['zero', '0', 'Accepted: 0 and "zero" are the same number.'],
		['2,000', '2000', 'Accepted: 2,000 and 2000 are the same number.'],
		['2000', '2,000', 'Accepted: 2000 and 2,000 are the same number.'],
		['four years', '4 years', 'Accepted: 4 and "four" are the same number.'],
		['Four Years', '4 years', 'Accepted, ignoring case: 4 and "Four" are the same number.'],
		['Three', 'three', 'Accepted, ignoring case.']
	])('%j for %j: %s', (input, answer, reason) => {
		const verdict = gradeTyped(input, question(answer));
		expect(verdict).toEqual({ correct: true, credit: 1, reason, expected: answer });
	});
});

describe('gradeTyped: the accept list', () => {
	const kang = question('Kang Kyung-wha', { accept: ['Kang', 'Foreign Minister Kang'] });

	it.each([
		['Kang Kyung-wha', 'Exact match.'],
		['Kang', 'Accepted: "Kang" is an accepted answer.'],
		['kang', 'Accepted, ignoring case: "Kang" is an accepted answer.'],
		['foreign minister kang.', 'Accepted, ignoring case and punctuation: "Foreign Minister Kang" is an accepted answer.']
	])('%j: %s', (input, reason) => {
		expect(gradeTyped(input, kang)).toEqual({ correct: true, credit: 1, reason, expected: 'Kang Kyung-wha' });
	});

	it('names numbers and the alternative together', () => {
		const q = question('three times', { accept: ['3 meetings'] });
		expect(gradeTyped('three meetings', q).reason).toBe('Accepted: "3 meetings" is an accepted answer, and 3 and "three" are the same number.');
	});

	it('rejects what is in neither the answer nor the list', () => {
		const verdict = gradeTyped('Kim', kang);
		expect(verdict).toEqual({ correct: false, credit: 0, reason: 'The answer is "Kang Kyung-wha".', expected: 'Kang Kyung-wha' });
	});
});

describe('gradeTyped: near misses are rejected', () => {
	it.each([
		['1998', '1999'],
		['2019', '2021'],
		['twenty', '21'],
		['3.5', '35'],
		['-5', '5'],
		['5', '-5'],
		['1.998', '1998'],
		['50%', '50'],
		['not Seoul', 'Seoul'],
		['Seoul not', 'Seoul'],
		['North Korea', 'South Korea'],
		['Donald Trump', 'Joe Biden'],
		['Donald', 'Donald Trump'],
		['Jae-in', 'Moon Jae-in'],
		['Pyongyang', 'Seoul'],
		['Kim Jong Il', 'Kim Jong Un'],
		['apart', 'a part'],
		['문재안', '문재인'],
		['...', 'Seoul'],
		['the', 'the Hague']
	])('%j is not %j', (input, answer) => {
		const verdict = gradeTyped(input, question(answer));
		expect(verdict.correct).toBe(false);
		expect(verdict.expected).toBe(answer);
		expect(verdict.reason).toMatch(/^(The answer is|Close:) /);
	});

	it('does not call a different number close', () => {
		expect(gradeTyped('1998', question('1999')).reason).toBe('The answer is "1999".');
		expect(gradeTyped('G7', question('G8')).reason).toBe('The answer is "G8".');
	});

	it('does not call a meaning-changing extra word close', () => {
		expect(gradeTyped('not Seoul', question('Seoul')).reason).toBe('The answer is "Seoul".');
	});

	it.each([
		['Kamg', 'Kang', 'Close: one letter differs from "Kang".'],
		['kamg', 'Kang', 'Close: one letter differs from "Kang".'],
		['Kan', 'Kang', 'Close: your answer is one letter short of "Kang".'],
		['Kanng', 'Kang', 'Close: your answer has one letter more than "Kang".'],
		['Knag', 'Kang', 'Close: two letters are swapped compared with "Kang".'],
		['Pyongyong', 'Pyongyang', 'Close: one letter differs from "Pyongyang".'],
		['apart', 'a part', 'Close: only a space differs from "a part".'],
		['Mun Jae-in', 'Moon Jae-in', 'The answer is "Moon Jae-in".']
	])('%j for %j: %s', (input, answer, reason) => {
		expect(gradeTyped(input, question(answer))).toEqual({ correct: false, credit: 0, reason, expected: answer });
	});

	it('gives no typo hint on answers too short to have one', () => {
		expect(gradeTyped('UM', question('UN')).reason).toBe('The answer is "UN".');
	});

	it('hints at the closest accepted alternative', () => {
		const q = question('Kang Kyung-wha', { accept: ['Kang'] });
		expect(gradeTyped('Kong', q).reason).toBe('Close: one letter differs from "Kang".');
	});
});

describe('gradeTyped: the usual other forms, without an accept list', () => {
	it.each([
		['Sept. 6, 2023', '6 September 2023', 'Accepted: the same date written another way.'],
		['2023-09-06', 'September 6, 2023', 'Accepted: the same date written another way.'],
		['in 1997', '1997', 'Accepted: the same date written another way.'],
		['jul 1997', 'July 1997', 'Accepted: the same date written another way.'],
		['7.5 billion euros', '€7.5 billion', 'Accepted: the same amount written another way.'],
		['$1.2 million', 'US$1.2 million', 'Accepted: the same amount written another way.'],
		['80%', '80 per cent', 'Accepted: the same amount written another way.'],
		['50.45 km', '50.45 kilometres', 'Accepted: the same amount written another way.'],
		['9 billion', '£9 billion', 'Accepted: the same amount, without its currency.'],
		['80', '80 percent', 'Accepted: the same amount, without "percent".'],
		['Collins', 'Michael Collins', 'Accepted: the family name of "Michael Collins".'],
		['Moon', 'Moon Jae-in', 'Accepted: the family name of "Moon Jae-in".'],
		['Kang Kyung-wha', 'Foreign Minister Kang Kyung-wha', 'Accepted: the same person, named with or without title or given names.'],
		['Dr. Franklin', 'Rosalind Franklin', 'Accepted: the family name of "Rosalind Franklin".']
	])('%j for %j: %s', (input, answer, reason) => {
		expect(gradeTyped(input, question(answer))).toEqual({ correct: true, credit: 1, reason, expected: answer });
	});

	it('reads the accepted alternatives the same way', () => {
		const q = question('the 2023 budget', { accept: ['€7.5 billion'] });
		expect(gradeTyped('7,500,000,000 euros', q)).toMatchObject({
			correct: true,
			reason: 'Accepted: the same amount written another way.'
		});
	});

	it('keeps the plainer reason when leniencies already match', () => {
		expect(gradeTyped('collins', question('Collins')).reason).toBe('Accepted, ignoring case.');
	});

	it.each([
		['7 September 2023', '6 September 2023'],
		['September 6', '6 September 2023'],
		['6/9/2023', '6 September 2023'],
		['1996', 'in 1997'],
		['€7.6 billion', '€7.5 billion'],
		['£7.5 billion', '€7.5 billion'],
		['9', '£9 billion'],
		['50.45', '50.45 km'],
		['Michael', 'Michael Collins'],
		['Eileen Collins', 'Michael Collins'],
		['Kyung-wha', 'Foreign Minister Kang Kyung-wha'],
		['Korea', 'South Korea']
	])('%j is not %j', (input, answer) => {
		expect(gradeTyped(input, question(answer))).toMatchObject({ correct: false, reason: `The answer is "${answer}".` });
	});
});

describe('gradeTyped: unicode', () => {
	it.each([
		['문재인', '문재인', true, 'Exact match.'],
		['문재인', '문재인'.normalize('NFD'), true, 'Exact match.'],
		['Zürich', 'Zu\u0308rich', true, 'Exact match.'],
		['ZURICH', 'Zürich', true, 'Accepted, ignoring case and accents.'],
		['Lodz', 'Łódź', true, 'Accepted, ignoring accents.'],
		['Søren', 'Soren', true, 'Accepted, ignoring accents.'],
		['Kim Dae-jung', 'Kim Dae Jung', true, 'Accepted, ignoring case and hyphens.']
	])('%j for %j', (input, answer, correct, reason) => {
		expect(gradeTyped(input, question(answer))).toMatchObject({ correct, reason });
	});
});

describe('gradeTyped: empty input', () => {
	it.each(['', '   ', '\t\n', '\u00a0'])('%j is no answer', (input) => {
		expect(gradeTyped(input, question('Seoul'))).toEqual({
			correct: false,
			credit: 0,
			reason: 'No answer given.',
			expected: 'Seoul'
		});
	});

	it('is no answer on a true/false question too', () => {
		expect(gradeTyped(' ', question(true)).reason).toBe('No answer given.');
	});
});

describe('gradeTyped: true/false questions', () => {
	it.each([
		['true', true, true, 'The statement is true.'],
		['True', true, true, 'The statement is true.'],
		['FALSE', false, true, 'The statement is false.'],
		['t', true, true, 'Accepted: "t" means true.'],
		['F', false, true, 'Accepted: "F" means false.'],
		['yes', true, true, 'Accepted: "yes" means true.'],
		['no.', false, true, 'Accepted: "no." means false.'],
		['true', false, false, 'The statement is false.'],
		['no', true, false, 'The statement is true.'],
		['maybe', true, false, '"maybe" is neither true nor false; the statement is true.']
	])('%j when the answer is %s', (input, answer, correct, reason) => {
		expect(gradeTyped(input, question(answer))).toEqual({ correct, credit: correct ? 1 : 0, reason, expected: answer ? 'True' : 'False' });
	});

	it('reads a truefalse answer stored as text', () => {
		const q = question('false', { type: 'truefalse' });
		expect(gradeTyped('no', q)).toMatchObject({ correct: true, expected: 'False' });
	});
});

describe('gradeChoice', () => {
	const mcq = question('Moon Jae-in', { type: 'mcq', choices: ['Moon Jae-in', 'Moon Jae-jin', 'Kim Jong Un'] });

	it('accepts the answer picked from the list', () => {
		expect(gradeChoice('Moon Jae-in', mcq)).toEqual({ correct: true, credit: 1, reason: 'You picked the right answer.', expected: 'Moon Jae-in' });
	});

	it.each(['Moon Jae-jin', 'Kim Jong Un', 'moon jae in'])('rejects %j exactly, without leniency', (choice) => {
		expect(gradeChoice(choice, mcq)).toEqual({
			correct: false,
			credit: 0,
			reason: `You picked "${choice}"; the answer is "Moon Jae-in".`,
			expected: 'Moon Jae-in'
		});
	});

	it.each([
		['True', true, true],
		['False', false, true],
		['True', false, false],
		['False', true, false]
	])('grades the true/false pick %j when the answer is %s', (choice, answer, correct) => {
		expect(gradeChoice(choice, question(answer)).correct).toBe(correct);
	});

	it('rejects a pick that is neither true nor false', () => {
		expect(gradeChoice('Seoul', question(true)).correct).toBe(false);
	});

	it('never says "Not accepted" on a choice: it names the pick and the right option, or the truth', () => {
		expect(gradeChoice('Kim Jong Un', mcq).reason).toBe('You picked "Kim Jong Un"; the answer is "Moon Jae-in".');
		expect(gradeChoice('True', question(false)).reason).toBe('The statement is false.');
	});
});

describe('gradeTrueFalse', () => {
	it.each([
		[true, true, true, 'The statement is true.'],
		[false, false, true, 'The statement is false.'],
		[true, false, false, 'The statement is false.'],
		[false, true, false, 'The statement is true.']
	])('picking %s when the answer is %s', (value, answer, correct, reason) => {
		expect(gradeTrueFalse(value, question(answer))).toEqual({ correct, credit: correct ? 1 : 0, reason, expected: answer ? 'True' : 'False' });
	});

	it('never accepts a pick on a question without a truth value', () => {
		expect(gradeTrueFalse(true, question('Seoul')).correct).toBe(false);
	});
});

describe('autoRating', () => {
	it('rates a right answer Good and a wrong one Again', () => {
		expect(autoRating(gradeTyped('Seoul', question('Seoul')))).toBe(Rating.Good);
		expect(autoRating(gradeTyped('Busan', question('Seoul')))).toBe(Rating.Again);
		expect(autoRating({ correct: true, credit: 1, reason: 'x', expected: 'y' })).toBe(3);
		expect(autoRating({ correct: false, credit: 0, reason: 'x', expected: 'y' })).toBe(1);
	});
});
