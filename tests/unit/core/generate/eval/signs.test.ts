import type { Question } from '$lib/core/bank/schema';
import { bankSigns, dateWithoutYear, fragment, giveaway, trivia, unresolvedStart, verbatimTrue } from '$lib/core/generate/eval/signs';

let n = 0;
/** A question from its prompt and answer; the rest defaults to a cloze on its own sentence. */
const q = (prompt: string, answer: string | boolean, more: Partial<Question> = {}): Question => {
	n++;
	const source = more.source ?? { text: prompt, start: n * 100, end: n * 100 + prompt.length };
	return { id: `q${n}`, fact: `f${n}`, type: typeof answer === 'boolean' ? 'truefalse' : 'cloze', prompt, answer, source, ...more };
};

const article = {
	title: 'Seeking North Korea Breakthrough, Seoul Looks to Biden Administration',
	text: [
		'Credit: Official White House Photo by Shealah Craighead',
		'Joel Wit, a senior fellow at the Stimson Center, spoke to The Diplomat. Foreign Minister Kang Kyung-wha called Antony Blinken.',
		'Kang and Blinken both agreed. Kang spoke again. President Moon Jae-in met Xi Jinping. Officials in Seoul hope for a summit.',
		'Then-President Donald Trump and Moon Jae-in talk together outside Freedom House'
	].join('\n\n')
};

describe('unresolvedStart', () => {
	it.each([
		['a pronoun subject', 'He said the approach was a failure.', 'x'],
		['a possessive', 'Their talks lasted ____.', 'two hours'],
		['a definite description', 'The telescope reached its orbit in ____.', 'January 2022'],
		['a plural description', 'The two governments agreed to meet in ____.', 'Seoul'],
		['a description after a question word', 'When did the mission lift off?', 'July 14, 2023'],
		['a description after an opening phrase', 'In 2021, the move angered ____.', 'Beijing'],
		['a relative time opener', 'A year later, ____ signed the treaty.', 'Japan'],
		['"later"', 'Later ____ resigned.', 'Suharto'],
		['a short "Who is the ...?"', 'Who is the pirate?', 'Chen Zuyi'],
		['a surname the article first gives in full', '____ and Blinken both agreed to work together.', 'Kang'],
		['a surname after an opening phrase', 'Speaking to Moon, ____ said the call went well.', 'Xi']
	])('flags %s', (_, prompt, answer) => {
		expect(unresolvedStart(q(prompt, answer), article)).toBe(true);
	});

	it.each([
		['a named subject', '____ spoke with Moon Jae-in on January 26, 2021.', 'Xi Jinping'],
		['a description the prompt names', 'The telescope, the James Webb Space Telescope, launched in ____.', 'December 2021'],
		['a description with a proper noun after it', 'The government of Thailand stopped defending the ____.', 'baht'],
		['a name and its apposition', 'Joseph Stiglitz, then chief economist of the World Bank, criticised the ____.', 'IMF'],
		['a description defined in place', 'Who is the physicist regarded as the father of India’s space programme?', 'Vikram Sarabhai'],
		['a shared noun', 'The moon has almost no ____.', 'atmosphere'],
		['the article itself', 'The article describes the storming of the ____ as an attempt to subvert the election.', 'U.S. Capitol'],
		['a "Who said" question', 'Who said he supports the U.S. role in dialogue?', 'Xi'],
		['a full name', 'Joel Wit spoke to ____.', 'The Diplomat'],
		['a name the article first uses alone', 'Seoul hopes ____ will visit.', 'Kim'],
		['a word that only starts sentences', 'Proponents say ____ could restart talks.', 'a declaration'],
		['a quote opening with a shared description', '“The best approach is a phased one,” ____ said.', 'Wit'],
		['a cleft', 'It was not until ____ that the government recognised the cause.', 'September 1968']
	])('passes %s', (_, prompt, answer) => {
		expect(unresolvedStart(q(prompt, answer), article)).toBe(false);
	});

	it('reads a cloze with its blank filled, so a blanked subject is resolved', () => {
		expect(unresolvedStart(q('____ and Blinken both agreed to work together.', 'Xi Jinping'), article)).toBe(false);
		expect(unresolvedStart(q('____ and Blinken both agreed to work together.', 'They'), article)).toBe(true);
	});
});

describe('dateWithoutYear', () => {
	it('flags a month and day without a year in the prompt, answer or choices', () => {
		expect(dateWithoutYear(q('Xi spoke with Moon on January 26.', 'Xi'))).toBe(true);
		expect(dateWithoutYear(q('When did Xi call Moon?', '26 January'))).toBe(true);
		expect(dateWithoutYear(q('When did the lander hop?', 'September 3, 2023', { choices: ['September 3, 2023', 'Sept. 6'] }))).toBe(true);
	});

	it('passes dates with their year and months alone', () => {
		expect(dateWithoutYear(q('Xi spoke with Moon on January 26, 2021.', 'Xi'))).toBe(false);
		expect(dateWithoutYear(q('The call came on 26 January 2021.', 'call'))).toBe(false);
		expect(dateWithoutYear(q('Riots broke out in Jakarta in ____.', 'May 1998'))).toBe(false);
		expect(dateWithoutYear(q('Who may speak for the 3 parties?', 'Kim'))).toBe(false);
	});
});

describe('giveaway', () => {
	it.each([
		['the answer in the prompt', 'Who told Joel Wit’s colleagues that Wit was right?', 'Joel Wit'],
		['a compound on the answer', 'The sunshield protects the telescope from the ____.', 'Sun'],
		['a shared stem', 'The old strategy of pressuring ____ is likely back.', 'strategic pressure'],
		['an acronym the prompt spells out', 'Which acronym stands for International Monetary Fund?', 'IMF'],
		['an expansion beside its acronym', 'Trump’s insistence on ____, or CVID, was never realistic.', 'Complete Verifiable Irreversible Denuclearization'],
		['a word of the title', 'Most countries look forward to the ____ administration.', 'Biden']
	])('flags %s', (_, prompt, answer) => {
		expect(giveaway(q(prompt, answer), article)).toBe(true);
	});

	it.each([
		['an unrelated answer', 'Who told The Diplomat that Biden is unlikely to meet Kim?', 'Joel Wit'],
		['a short word that only begins another', 'Who spoke with Moon?', 'Wit'],
		['a number whose unit is in the prompt', 'The economy shrank by ____, Thailand’s by 8 percent.', '13 percent'],
		['a date whose year is in the title', 'When did Seoul look to Washington?', 'January 26, 2021'],
		['an acronym question', 'What does CVID stand for?', 'Complete Verifiable Irreversible Denuclearization'],
		['a true/false statement', 'Kang and Blinken both agreed.', true],
		['the kind the question asks for', 'Which failed summit of 2019 sent Kim home empty-handed?', 'The Hanoi Summit'],
		['a lowercase title word', 'Whose deal with Iran could Wit’s plan copy?', 'the Obama administration']
	])('passes %s', (_, prompt, answer) => {
		expect(giveaway(q(prompt, answer), { ...article, title: 'Seoul Looks to the Washington Administration in 2021' })).toBe(false);
	});
});

describe('verbatimTrue', () => {
	const sentence = 'The South Korean government still hopes to have Kim Jong Un visit Seoul before May 2022.';
	const tf = (prompt: string, answer: boolean) => q(prompt, answer, { source: { text: sentence, start: 0, end: sentence.length } });

	it('flags a true statement copied from its sentence, or nearly', () => {
		expect(verbatimTrue(tf('the south korean government still hopes to have Kim Jong Un visit Seoul before May 2022', true))).toBe(true);
		expect(verbatimTrue(tf('The South Korean government still hopes to have Kim Jong Un visit Seoul before May 2022, officials said.', true))).toBe(true);
	});

	it('passes a restated true statement, a false one and other types', () => {
		expect(verbatimTrue(tf('Before May 2022, Seoul hoped Kim Jong Un would come to the South.', true))).toBe(false);
		expect(verbatimTrue(tf(sentence.replace('Seoul', 'Tokyo'), false))).toBe(false);
		expect(verbatimTrue(q(sentence, 'Seoul', { source: { text: sentence, start: 0, end: sentence.length } }))).toBe(false);
	});
});

describe('trivia', () => {
	it.each([
		['a lone first name', 'Wit’s first name is ____.', 'Joel'],
		['a small number word', '____ years of Trump’s doctrine took a toll.', 'Four'],
		['a compound number word', '____ years after the crisis, its lessons remain.', 'Twenty-five'],
		['part of a quantity', 'The walk lasted two hours and ____ minutes.', '31'],
		['a job asked of a name', 'Who is Lee Sung-yoon?', 'a professor at The Fletcher School'],
		['an expert’s affiliation', 'Joel Wit, a senior fellow at the ____ in Washington, told The Diplomat so.', 'Stimson Center'],
		['an expert’s former job', 'Joseph Stiglitz, then chief economist of the ____, said the IMF erred.', 'World Bank'],
		['a bare day', 'When did Xi call Moon?', 'January 26'],
		['a day with its year', 'When did the baht float?', 'July 2, 1997']
	])('flags %s', (_, prompt, answer) => {
		expect(trivia(q(prompt, answer), article)).toBe(true);
	});

	it('flags a question from a photo credit or a caption line', () => {
		const credit = 'Credit: Official White House Photo by Shealah Craighead';
		expect(trivia(q('Who took the photo?', 'Shealah Craighead', { source: { text: credit, start: 0, end: credit.length } }), article)).toBe(true);
		const caption = 'Then-President Donald Trump and Moon Jae-in talk together outside Freedom House';
		const at = article.text.indexOf(caption);
		expect(trivia(q('Where did Trump and Moon talk?', 'Freedom House', { source: { text: caption, start: at, end: at + caption.length } }), article)).toBe(
			true
		);
	});

	it.each([
		['a surname the article uses alone', 'Who agreed with Blinken?', 'Kang'],
		['a number in digits', 'Envoys came from about ____ states.', '30'],
		['a month and year', 'Riots broke out in Jakarta in ____.', 'May 1998'],
		['a name asked of a role', 'Who is the South Korean President?', 'Moon Jae-in'],
		['a body sentence', 'Joel Wit spoke to ____.', 'The Diplomat'],
		['what the expert says', 'Joel Wit, a senior fellow at the Stimson Center, said ____ would not meet Kim.', 'Biden']
	])('passes %s', (_, prompt, answer) => {
		const at = article.text.indexOf('Joel Wit');
		const source = { text: 'Joel Wit, a senior fellow at the Stimson Center, spoke to The Diplomat.', start: at, end: at + 71 };
		expect(trivia(q(prompt, answer, { source }), article)).toBe(false);
	});
});

describe('fragment', () => {
	it.each([
		['no finite verb', 'The launch of the rocket from ____.', 'Sriharikota'],
		['an unclosed quote', 'Wit said “strategic patience was a ____.', 'failure'],
		['a lowercase start', 'and then ____ turned away from the sea.', 'China'],
		['a dangling conjunction', '____ said that the approach failed because', 'Wit']
	])('flags %s', (_, prompt, answer) => {
		expect(fragment(q(prompt, answer))).toBe(true);
	});

	it.each([
		['a sentence with an irregular verb', 'In 1998 the economy shrank by about ____.', '13 percent'],
		['a sentence with an -s verb', 'The Moon administration starts dialogue with ____.', 'Washington'],
		['a question ending on a preposition', 'What does CVID stand for?', 'Complete Verifiable Irreversible Denuclearization'],
		['a closed quote', '“Strategic patience was a ____,” Wit said.', 'failure'],
		['a flashcard’s term', 'CVID', 'Complete Verifiable Irreversible Denuclearization']
	])('passes %s', (_, prompt, answer) => {
		expect(fragment(q(prompt, answer, { type: prompt === 'CVID' ? 'flashcard' : 'cloze' }))).toBe(false);
	});
});

describe('bankSigns', () => {
	const sentence = { text: 'Xi Jinping spoke with Moon Jae-in on January 26, 2021.', start: 10, end: 63 };
	const bank: Question[] = [
		q('____ spoke with Moon Jae-in on January 26, 2021.', 'Xi Jinping', { fact: 'call', source: sentence }),
		q('When did Xi Jinping speak with Moon Jae-in?', 'January 26', { fact: 'call', source: sentence, type: 'short' }),
		q('Who is the South Korean President?', 'Moon Jae-in', { fact: 'moon', source: sentence, type: 'mcq', choices: ['Moon Jae-in', 'Kim'] }),
		...Array.from({ length: 9 }, (_, i) => q(`Envoys came from ${i + 10} states, said ____.`, `Ambassador Ling ${i}`)),
		q('He spoke again on March 3.', 'Kang')
	];

	it('counts each sign with its indexes, over the first 12 and over the whole bank', () => {
		const { top, bank: all } = bankSigns(bank, article);
		expect(top.sameFact).toEqual([1]);
		expect(top.sameSentence).toEqual([2]);
		expect(top.dateWithoutYear).toEqual([1]);
		expect(top.trivia).toEqual([1]);
		expect(top.unresolvedStart).toEqual([]);
		expect(all.unresolvedStart).toEqual([12]);
		expect(all.dateWithoutYear).toEqual([1, 12]);
		expect(all.giveaway).toEqual([]);
		expect(all.fragment).toEqual([]);
	});

	it('counts nothing in an empty bank', () => {
		const { top, bank: all } = bankSigns([], article);
		expect(Object.values(top).every((at) => at.length === 0)).toBe(true);
		expect(Object.values(all).every((at) => at.length === 0)).toBe(true);
	});
});
