import type { Question } from '$lib/core/bank/schema';
import { keepChance, keptShare } from '$lib/core/generate/kept';
import type { Draft } from '$lib/core/generate/templates';

const draft = (template: Draft['template'], type: Draft['type'], answer: string | boolean, prompt = ''): Draft => ({
	template,
	type,
	answer,
	prompt,
	sentence: 0,
	fact: 'f',
	score: 1
});

/** How likely a teacher keeps a question asking `prompt`, answered `answer`, in an article of `text` and `title`. */
const chanceIn =
	(article: { text: string; title: string }, template: Draft['template'] = 'cloze', type: Draft['type'] = 'cloze') =>
	(answer: string, prompt: string) =>
		keepChance(draft(template, type, answer, prompt), { id: 'q', fact: 'f', type, prompt, answer }, article);

describe('how often reviewers keep a kind of question', () => {
	it('ranks understanding above events, amounts above names, and names above choices among names', () => {
		const why = keptShare(draft('why', 'flashcard', 'Because the engine failed'));
		const event = keptShare(draft('event', 'flashcard', 'Offered a prize'));
		const amount = keptShare(draft('cloze', 'cloze', '£1,000'));
		const name = keptShare(draft('cloze', 'cloze', 'Hubert Latham'));
		const nameChoice = keptShare(draft('mcq-cloze', 'mcq', 'Hubert Latham'));
		expect(why).toBeGreaterThan(event);
		expect(amount).toBeGreaterThan(name);
		expect(name).toBeGreaterThan(nameChoice);
		expect(keptShare(draft('cloze', 'cloze', '1 July 1872'))).toBeLessThan(amount);
	});

	it('ranks a card on what someone did on a date above the date its sentence opens on, and that above a true/false statement', () => {
		const event = keptShare(draft('event', 'flashcard', 'Announced a treatment'));
		const frame = keptShare(draft('cloze', 'cloze', '1890', 'In ____ Robert Koch announced a treatment.'));
		expect(event).toBeGreaterThan(frame);
		expect(frame).toBeGreaterThan(keptShare(draft('truefalse', 'truefalse', false)));
		expect(keptShare(draft('truefalse', 'truefalse', false))).toBeLessThan(keptShare(draft('cloze', 'cloze', 'Hubert Latham')));
	});

	it('ranks a month and year to choose or type below the year alone and below the same month as a blank', () => {
		const month = keptShare(draft('when', 'mcq', 'May 1934', 'When did a huge storm carry dust as far as Chicago?'));
		expect(month).toBeLessThan(keptShare(draft('when', 'mcq', '1934', 'When did a huge storm carry dust as far as Chicago?')));
		expect(month).toBeLessThan(keptShare(draft('cloze', 'cloze', 'May 1934', 'In ____ a huge storm carried dust as far as Chicago.')));
		expect(keptShare(draft('mcq-cloze', 'mcq', 'January 1947'))).toBe(month);
	});

	it('ranks a sum of money or a share above a length or a count', () => {
		const money = keptShare(draft('cloze', 'cloze', '$15.5 million'));
		expect(keptShare(draft('cloze', 'cloze', '40 per cent'))).toBe(money);
		expect(keptShare(draft('cloze', 'cloze', '276.5 feet'))).toBeLessThan(money);
		expect(keptShare(draft('mcq-cloze', 'mcq', '150,300'))).toBeLessThan(keptShare(draft('mcq-cloze', 'mcq', '£3.5 million')));
	});

	it('lowers a question for each reason to drop it that its text shows, a giveaway most', () => {
		const article = { text: 'Louis Blériot flew across the Channel on 25 July 1909.', title: 'Blériot Crosses the Channel' };
		const d = draft('cloze', 'cloze', 'Dover');
		const question = (prompt: string): Question => ({ id: 'q', fact: 'f', type: 'cloze', prompt, answer: 'Dover' });
		const clean = keepChance(d, question('Louis Blériot flew across the Channel and landed near ____ in 1909.'), article);
		const leaning = keepChance(d, question('He flew across the Channel and landed near ____ in 1909.'), article);
		const giveaway = keepChance(d, question('Louis Blériot flew across the Channel and landed near ____ Castle, in Dover, in 1909.'), article);
		expect(clean).toBe(keptShare(d));
		expect(leaning).toBeLessThan(clean);
		expect(giveaway).toBeLessThan(leaning);
	});

	it('takes a year the headline prints for a giveaway', () => {
		const article = { text: 'Jesse Owens won four gold medals in August 1936.', title: 'Jesse Owens in Berlin, 1936' };
		const d = draft('cloze', 'cloze', 'August 1936');
		const q: Question = { id: 'q', fact: 'f', type: 'cloze', prompt: 'Jesse Owens won four gold medals in ____.', answer: 'August 1936' };
		expect(keepChance(d, q, article)).toBeLessThan(keptShare(d));
	});

	it('takes a blank that is a whole quotation for a poor question', () => {
		const article = { text: '“You couldn’t see your own feet,” one Londoner later recalled.', title: 'The Great Smog' };
		const d = draft('cloze', 'cloze', 'You couldn’t see your own feet');
		const q: Question = { id: 'q', fact: 'f', type: 'cloze', prompt: '“____,” one Londoner later recalled.', answer: 'You couldn’t see your own feet' };
		expect(keepChance(d, q, article)).toBeLessThan(0.5 * keptShare(d));
	});

	it('takes the writer speaking and the last of a list blanked for poor questions', () => {
		const article = { text: 'Pontevedra, Oslo and Paris have shown it.', title: 'Close the Centre' };
		const d = draft('cloze', 'cloze', 'Paris');
		const q = (prompt: string): Question => ({ id: 'q', fact: 'f', type: 'cloze', prompt, answer: 'Paris' });
		const plain = keepChance(d, q('Anne Hidalgo has been mayor of ____ since 2014.'), article);
		expect(keepChance(d, q('Pontevedra, Oslo and ____ have shown that people fill that space quickly.'), article)).toBeLessThan(plain);
		expect(keepChance(d, q('The objection I hear most often in ____ comes from shopkeepers.'), article)).toBeLessThan(plain);
		expect(keepChance(d, q('The relief parties of ____, John McKinlay, William Landsborough and Frederick Walker mapped the interior.'), article)).toBeLessThan(
			keepChance(d, q('The relief party of ____ mapped the interior.'), article)
		);
		expect(keepChance(d, q('The policy has survived a national ____, an investment tribunal and the World Trade Organization.'), article)).toBeLessThan(
			keepChance(d, q('The policy has survived a national ____ for more than a decade.'), article)
		);
	});

	it('takes a blank in an aside or beside "and" for a detail', () => {
		const article = { text: 'Shinji Sogo disagreed.', title: 'The bullet train' };
		const d = draft('cloze', 'cloze', '1955');
		const q = (prompt: string): Question => ({ id: 'q', fact: 'f', type: 'cloze', prompt, answer: '1955' });
		const plain = keepChance(d, q('Shinji Sogo became president of Japanese National Railways in ____.'), article);
		expect(keepChance(d, q('Shinji Sogo, who became president of Japanese National Railways in ____, disagreed.'), article)).toBeLessThan(plain);
		expect(keepChance(d, q('Amundsen sailed on the Belgica, a Belgian expedition that set out in ____.'), article)).toBeLessThan(plain);
		expect(keepChance(d, q('He talked with the historians ____ and Noel Loos.'), article)).toBeLessThan(plain);
		expect(keepChance(d, q('Melvin Calvin traced how algae build sugars, work that earned Calvin the Nobel Prize in ____.'), article)).toBeLessThan(
			keepChance(d, q('Melvin Calvin traced how algae build sugars and earned the Nobel Prize in ____.'), article)
		);
		expect(keepChance(d, q('The WHO Framework Convention, adopted in ____, has guidelines that urge plain packaging.'), article)).toBeLessThan(plain);
		// A comma that closes an opening phrase is no aside.
		expect(keepChance(d, q('In the end, Japanese National Railways opened a new line in ____.'), article)).toBe(plain);
	});

	it('takes a date told as backstory, in the past perfect, for a detail', () => {
		const article = { text: 'Barings collapsed in 1995.', title: 'The fall of Barings' };
		const d = draft('cloze', 'cloze', '1890');
		const chance = (prompt: string) => keepChance(d, { id: 'q', fact: 'f', type: 'cloze', prompt, answer: '1890' }, article);
		expect(chance('In ____ Barings had lent heavily to Argentina.')).toBeLessThan(chance('In ____ Barings lent heavily to Argentina.'));
		expect(chance('Governments had already agreed the Vienna Convention in ____.')).toBeLessThan(chance('Governments agreed the Vienna Convention in ____.'));
		// "had" as a verb of its own, or in a clause of its own, tells no backstory of the blank.
		const own = 'The disaster had a quieter legacy: in ____ Nicholas Barbon founded a fire insurer.';
		expect(chance(own)).toBe(chance(own.replace('had', 'left')));
		const clause = 'In ____ Joseph Priestley found that mint could restore air in which a candle had burned out.';
		expect(chance(clause)).toBe(chance(clause.replace('had burned', 'burned')));
		const before = 'The Soviet team had won the gold medal in 1964, and in ____ its players lost.';
		expect(chance(before)).toBe(chance(before.replace('had won', 'won')));
	});

	it('ranks a day blanked inside a sentence of the lead above one further on, and a year alone the same', () => {
		const lead = 'Barings, the bank that had financed wars, collapsed on 26 February 1995. ';
		const article = { text: lead + 'The bank grew for two centuries and more. '.repeat(20), title: 'The fall of Barings' };
		const chance = (answer: string, prompt: string, start: number) =>
			keepChance(
				draft('cloze', 'cloze', answer, prompt),
				{ id: 'q', fact: 'f', type: 'cloze', prompt, answer, source: { text: lead, start, end: start + 60 } },
				article
			);
		const day = 'Barings, the bank that had financed wars, collapsed on ____.';
		const later = article.text.length / 2;
		expect(chance('26 February 1995', day, 0)).toBeGreaterThan(chance('26 February 1995', day, later));
		expect(chance('1995', 'Barings, the bank that had financed wars, collapsed in ____.', 0)).toBe(
			chance('1995', 'Barings, the bank that had financed wars, collapsed in ____.', later)
		);
		const born = 'Nick Leeson was born on ____ in Watford.';
		expect(chance('25 February 1967', born, 0)).toBe(chance('25 February 1967', born, later));
		// The date a sentence opens on is when its event happened wherever the sentence stands.
		expect(chance('26 February 1995', 'On ____ Barings collapsed.', 0)).toBe(chance('26 February 1995', 'On ____ Barings collapsed.', later));
	});

	it('takes the year of a book or a study for a detail of the citation', () => {
		const article = { text: 'Jonathan Haidt argues that phones rewired childhood.', title: 'Phones in schools' };
		const d = draft('cloze', 'cloze', '2024');
		const chance = (prompt: string) => keepChance(d, { id: 'q', fact: 'f', type: 'cloze', prompt, answer: '2024' }, article);
		expect(chance('Jonathan Haidt argues in his ____ book that phones rewired childhood.')).toBeLessThan(
			chance('Jonathan Haidt argues in his ____ talk that phones rewired childhood.')
		);
		expect(chance('A ____ study by Peter Ditlevsen estimated that a collapse could come soon.')).toBeLessThan(
			chance('A ____ meeting with Peter Ditlevsen estimated that a collapse could come soon.')
		);
	});

	it('takes a result answered by what its cause did for a poorer card than one that names its own subject', () => {
		const article = { text: 'Charles Darwin stayed out of the public fight.', title: 'Darwin' };
		const prompt = 'Charles Darwin stayed out of the public fight. What was the result?';
		const chance = chanceIn(article, 'result', 'flashcard');
		expect(chance('It left the defence to allies, above all Thomas Henry Huxley', prompt)).toBeLessThan(
			chance('Thomas Henry Huxley defended him in public', prompt)
		);
	});

	it('takes a full name blanked in a short prompt for a name to match, with little said of what they did', () => {
		const article = { text: 'Henry Hunt arrived on the speakers’ platform.', title: 'Peterloo' };
		const chance = (prompt: string) => chanceIn(article)('Henry Hunt', prompt);
		expect(chance('____ arrived on the speakers’ platform.')).toBeLessThan(
			chance('____ arrived on the speakers’ platform at St Peter’s Field to call for the reform of Parliament before a crowd of 60,000.')
		);
	});

	it('raises a blank in a sentence that marks a first, an only or a most, a date most', () => {
		const article = { text: 'Marie Curie became the first woman to win a Nobel Prize in 1903.', title: 'Marie Curie' };
		const chance = chanceIn(article);
		const marked = chance('1903', 'Marie Curie became the first woman to win a Nobel Prize in ____.');
		const plain = chance('1903', 'Marie Curie shared a Nobel Prize in ____.');
		expect(marked).toBeGreaterThan(1.5 * plain);
		// A sum of money is kept as often either way.
		expect(chance('£1,000', 'The Daily Mail offered a first prize of ____ for the flight.')).toBe(
			chance('£1,000', 'The Daily Mail offered a prize of ____ for the flight.')
		);
	});

	it('takes a date blanked inside a sentence that prints another year for a step between two others', () => {
		const article = { text: 'Rachel Carson wrote an essay.', title: 'Rachel Carson' };
		const chance = (prompt: string) => chanceIn(article)('1937', prompt);
		expect(chance('The Atlantic Monthly published her essay in ____, and her first book appeared in 1941.')).toBeLessThan(
			chance('The Atlantic Monthly published her essay in ____, and her first book appeared four years later.')
		);
		// A date that opens its sentence is the time of all of it.
		expect(chance('In ____ the magazine published her essay, and her first book appeared in 1941.')).toBe(
			chance('In ____ the magazine published her essay, and her first book appeared four years later.')
		);
	});

	it('takes a blank after "the" or "a" for a word inside a noun phrase', () => {
		const article = { text: 'Tommie Smith and John Carlos raised their fists.', title: 'Mexico City 1968' };
		const chance = (prompt: string) => chanceIn(article)('200 metres', prompt);
		expect(chance('Tommie Smith and John Carlos raised their fists on the ____ podium.')).toBeLessThan(
			chance('Tommie Smith and John Carlos raised their fists after running ____.')
		);
		// A name that takes "the" loses less than a word inside a phrase does.
		const name = (prompt: string) => chanceIn(article)('Museum of Modern Art', prompt);
		const inside =
			chance('Tommie Smith and John Carlos raised their fists on the ____ podium.') /
			chance('Tommie Smith and John Carlos raised their fists after running ____.');
		const named = name('Picasso left the painting in the care of the ____.') / name('Picasso left the painting in the care of ____.');
		expect(named).toBeLessThan(1);
		expect(named).toBeGreaterThan(inside);
	});

	it('takes one end of a span for a detail, the other end shown', () => {
		const article = { text: 'The war cost the company many ships.', title: 'The Dutch East India Company' };
		const chance = chanceIn(article);
		expect(chance('1780', 'The Fourth Anglo-Dutch War, fought from ____ to 1784, cost it many ships.')).toBeLessThan(
			chance('1780', 'The Fourth Anglo-Dutch War, fought in ____, cost it many ships.')
		);
		expect(chance('2 euros', 'The eight coins, from 1 cent to ____, have a common side.')).toBeLessThan(
			chance('2 euros', 'The eight coins, worth up to ____, have a common side.')
		);
		expect(chance('1889', 'In the winter of ____ to 1890 an influenza pandemic swept around the world.')).toBeLessThan(
			chance('1889', 'In the winter of ____ an influenza pandemic swept around the world.')
		);
		expect(chance('1890', 'In the winter of 1889 to ____ an influenza pandemic swept around the world.')).toBeLessThan(
			chance('1890', 'In the winter of ____ an influenza pandemic swept around the world.')
		);
		expect(chance('31 December 1958', 'The International Geophysical Year ran from 1 July 1957 to ____.')).toBeLessThan(
			chance('31 December 1958', 'The International Geophysical Year ended on ____.')
		);
		// A route is no span.
		expect(chance('New York', 'Brunel imagined a single ticket from London to ____.')).toBe(chance('New York', 'Brunel imagined a single ticket to ____.'));
	});

	it('takes a month asked with its year for more of a detail than a year', () => {
		const article = { text: 'The plates were left in April 1982.', title: 'Ulcers' };
		const q = (answer: string): Question => ({ id: 'q', fact: 'f', type: 'cloze', prompt: 'The plates were left in the incubator in ____.', answer });
		expect(keepChance(draft('cloze', 'cloze', 'April 1982'), q('April 1982'), article)).toBeLessThan(
			keepChance(draft('cloze', 'cloze', '1982'), q('1982'), article)
		);
	});

	it('weighs "Who did …?" below even a blank on a one-word name, as reviewers kept them', () => {
		const who = keptShare(draft('who', 'short', 'Gary Lineker', 'Who kept a promise he had made on Twitter?'));
		expect(who).toBeLessThan(keptShare(draft('cloze', 'cloze', 'Lineker', '____, the former Leicester striker, kept a promise.')));
	});

	it('ranks a date that opens the sentence above one inside it', () => {
		const opening = keptShare(draft('cloze', 'cloze', '1953', 'In ____ Edmund Hillary and Tenzing Norgay reached the summit.'));
		const inside = keptShare(draft('cloze', 'cloze', '1953', 'Edmund Hillary and Tenzing Norgay, who met in ____, reached the summit.'));
		expect(opening).toBeGreaterThan(inside);
		expect(keptShare(draft('cloze', 'cloze', 'Edmund Hillary', '____ reached the summit.'))).toBe(
			keptShare(draft('cloze', 'cloze', 'Edmund Hillary', 'In 1953 ____ reached the summit.'))
		);
	});

	it('ranks a full name above a name of one word, and a name the article writes again above one it writes once', () => {
		expect(keptShare(draft('cloze', 'cloze', 'Osaka'))).toBeLessThan(keptShare(draft('cloze', 'cloze', 'Shinji Sogo')));
		const article = {
			text: 'Gay Mullins founded a group. Roberto Goizueta, the chairman, had launched the drink. Goizueta later called it a mistake.',
			title: 'New Coke'
		};
		const blank = (answer: string): [Draft, Question] => [
			draft('cloze', 'cloze', answer),
			{ id: 'q', fact: 'f', type: 'cloze', prompt: '____ founded a group and sued.', answer }
		];
		expect(keepChance(...blank('Gay Mullins'), article)).toBeLessThan(keepChance(...blank('Roberto Goizueta'), article));
	});

	it('ranks a true/false statement below a card about an event', () => {
		expect(keptShare(draft('truefalse', 'truefalse', true))).toBeLessThan(keptShare(draft('event', 'flashcard', 'Offered a prize')));
		expect(keptShare(draft('truefalse', 'truefalse', false))).toBeLessThan(keptShare(draft('cloze', 'cloze', '1953')));
	});
});
