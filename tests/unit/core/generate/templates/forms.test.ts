import { propositions } from '$lib/core/generate/clauses';
import type { Proposition } from '$lib/core/generate/clauses';
import type { Analysis, Mention } from '$lib/core/generate/types';
import { analyze } from '$lib/core/generate/extract/index';
import { howManyQuestion, whatHappened, whenQuestion, whoQuestion } from '$lib/core/generate/templates/forms';

/** The question a form makes of the first sentence, about the mention written `answer`. */
function ask<T>(form: (a: Analysis, p: Proposition, m: Mention) => T, text: string, answer: string, published = '2021-02-03'): T {
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

	it('asks who after an aside whose town is given with its state ("Guymon, Oklahoma,")', () => {
		const dispatch = 'Robert Geiger, a reporter travelling through Guymon, Oklahoma, used the phrase "dust bowl" in a dispatch.';
		expect(ask(whoQuestion, dispatch, 'Robert Geiger')).toBe('Who used the phrase "dust bowl" in a dispatch?');
	});

	it('ends a question at a semicolon even when an "and" joins another clause further on', () => {
		const deposit =
			'Germany introduced a mandatory deposit on most single-use bottles and cans in 2003; it now stands at 25 cents, and about 98 per cent of those containers come back.';
		expect(ask(whenQuestion, deposit, '2003')).toBe('When did Germany introduce a mandatory deposit on most single-use bottles and cans?');
	});

	it('writes in lower case a capital that opens the sentence when the article also writes the word as a common noun', () => {
		const text = 'In 1995 health workers reached Sudan for the World Health Organization. Health workers kept people away from ponds in 1996.';
		const a = analyze(text, '2026-12-07');
		const m = a.mentions.find((x) => x.sentence === 1 && x.kind === 'date')!;
		expect(whenQuestion(a, propositions(a, a.sentences[1])[0], m)).toBe('When did health workers keep people away from ponds?');
	});

	it('reads a participle that names someone as part of the subject ("a Swede named Ingvar Kamprad registered")', () => {
		const text = 'In 1943 a seventeen-year-old Swede named Ingvar Kamprad registered a small business.';
		expect(ask(whenQuestion, text, '1943')).toBe('When did a seventeen-year-old Swede named Ingvar Kamprad register a small business?');
		expect(ask(whatHappened, text, '1943')).toEqual({
			prompt: 'What happened in 1943?',
			answer: 'A seventeen-year-old Swede named Ingvar Kamprad registered a small business'
		});
	});

	it('asks when, moving the date out and the verb to its infinitive', () => {
		expect(ask(whenQuestion, call, 'January 26')).toBe('When did Chinese leader Xi Jinping speak over the phone with South Korean President Moon Jae-in?');
		expect(ask(whenQuestion, 'On July 2, 1997, the government of Thailand stopped defending the baht.', 'July 2, 1997')).toBe(
			'When did the government of Thailand stop defending the baht?'
		);
	});

	it('asks how many of the one thing counted, stopping before a second thing or the next verb', () => {
		expect(ask(howManyQuestion, 'The device contained two transistors and a rechargeable battery.', 'two')).toBe(
			'How many transistors did the device contain?'
		);
		expect(
			ask(howManyQuestion, 'Arne Larsson received 26 pacemakers in all as the technology improved, spoke widely about his experience, and died in 2001.', '26')
		).toBe('How many pacemakers did Arne Larsson receive in all as the technology improved?');
	});

	it('asks by how much only of an amount, never of a tally of votes', () => {
		expect(ask(howManyQuestion, 'The baht fell by 20 percent in a month.', '20 percent')).toBe('By how much did the baht fall in a month?');
		expect(ask(howManyQuestion, 'The High Court ruled by six votes to one that the Meriam people held title.', 'six')).toBeUndefined();
	});

	it('ends the question before a second verb the tagger reads as an adjective', () => {
		expect(ask(whenQuestion, 'Jørn Utzon resigned on 28 February 1966 and left Australia weeks later, never to return.', '28 February 1966')).toBe(
			'When did Jørn Utzon resign?'
		);
	});

	it('ends the question before a second verb after "and" and an adverb', () => {
		expect(ask(whenQuestion, 'New Coke was renamed Coke II in 1990 and quietly discontinued in the United States in 2002.', '1990')).toBe(
			'When was New Coke renamed Coke II?'
		);
	});

	it('takes "only" before the date out with it', () => {
		expect(ask(whenQuestion, 'The Clifton Suspension Bridge was completed only in 1864, as a memorial to Brunel.', '1864')).toBe(
			'When was the Clifton Suspension Bridge completed, as a memorial to Brunel?'
		);
	});

	it('does not ask when about a bare "the" something, nor while the question gives another year', () => {
		expect(ask(whenQuestion, 'The turning point came in 2005.', '2005')).toBeUndefined();
		expect(ask(whenQuestion, 'A final leap came in 1977.', '1977')).toBeUndefined();
		expect(ask(whenQuestion, 'Congress passed the Criminal Justice Act in 1964.', '1964')).toBe('When did Congress pass the Criminal Justice Act?');
		expect(ask(whenQuestion, 'Excavations began at Herculaneum in 1738 and at Pompeii in 1748.', '1738')).toBeUndefined();
		expect(ask(whenQuestion, 'Excavations began at Herculaneum in 1738.', '1738')).toBe('When did excavations begin at Herculaneum?');
	});

	it("takes no date inside what was said, nor the date of a participle that describes the subject, for the verb's", () => {
		const cbo = 'In 2019 the Congressional Budget Office estimated that raising the federal minimum to $15 by 2025 would lift pay for 17 million workers.';
		expect(ask(whatHappened, cbo, '2025')).toBeUndefined();
		expect(ask(whatHappened, 'In 2019 the Congressional Budget Office raised its estimate by 2025 standards.', '2025')).toMatchObject({
			prompt: 'What did the Congressional Budget Office do by 2025?'
		});
		const study = 'A larger study published in 2019 by Doruk Cengiz and two colleagues examined 138 state minimum wage increases.';
		expect(ask(whenQuestion, study, '2019')).toBeUndefined();
		expect(ask(whenQuestion, 'The bridge was opened in 1883 by Chester Arthur.', '1883')).toBe('When was the bridge opened by Chester Arthur?');
	});

	it('keeps a second deed of the same subject in the event, where the first alone leaves out what came of it', () => {
		expect(ask(whatHappened, 'In 1674 Antonie van Leeuwenhoek examined water from a lake and found it full of moving specks.', '1674')).toEqual({
			prompt: 'What did Antonie van Leeuwenhoek do in 1674?',
			answer: 'Examined water from a lake and found it full of moving specks'
		});
		// A second clause with a subject of its own is another event.
		expect(ask(whatHappened, 'In 1674 Antonie van Leeuwenhoek examined water from a lake, and his wife found it dull.', '1674')).toMatchObject({
			answer: 'Examined water from a lake'
		});
	});

	it('asks what happened, not what did it, of someone an aside names ("a Pittsburgh-area franchisee, Jim Delligatti,")', () => {
		expect(ask(whatHappened, 'In 1967 a Pittsburgh-area franchisee, Jim Delligatti, created the Big Mac.', '1967')).toEqual({
			prompt: 'What happened in 1967?',
			answer: 'A Pittsburgh-area franchisee, Jim Delligatti, created the Big Mac'
		});
	});

	it('asks no "What did Finland do in 1987?" of a count, which "How many" asks with one answer', () => {
		expect(ask(whatHappened, 'In 1987, Finland counted more than 18,000 homeless people.', '1987')).toBeUndefined();
		expect(ask(whatHappened, 'In 2008, Finland made Housing First its national strategy.', '2008')).toMatchObject({ prompt: 'What did Finland do in 2008?' });
	});

	it('asks nothing of a clause inside the subject, nor what a "the" something that came did', () => {
		expect(ask(whatHappened, 'The Gombe research she began in 1960 continues today.', '1960')).toBeUndefined();
		expect(ask(whenQuestion, 'The Gombe research she began in 1960 continues today.', '1960')).toBeUndefined();
		expect(ask(whatHappened, 'The turning point in Jane Goodall’s life came in 1986 at a conference in Chicago.', '1986')).toBeUndefined();
		const lamont = 'Norman Lamont, who memorably declared "Je ne regrette rien" during a campaign, was replaced as Chancellor by Kenneth Clarke in May 1993.';
		expect(ask(whatHappened, lamont, 'May 1993')).toMatchObject({ prompt: 'What happened to Norman Lamont in May 1993?' });
		const raid = 'Harriet Tubman’s most famous wartime action came on June 2, 1863, in the Combahee River Raid.';
		expect(ask(whatHappened, raid, 'June 2, 1863')).toBeUndefined();
		expect(ask(whenQuestion, raid, 'June 2, 1863')).toBeUndefined();
		expect(ask(whenQuestion, 'Tragedy followed in March 1969, when Abebe Bikila was injured in a car accident.', 'March 1969')).toBeUndefined();
		expect(ask(whenQuestion, 'The Second World War began in September 1939.', 'September 1939')).toBe('When did the Second World War begin?');
		// One who came somewhere did something.
		expect(ask(whatHappened, 'Harriet Tubman came to Auburn on June 2, 1863, with her parents.', 'June 2, 1863')).toMatchObject({
			answer: 'Came to Auburn with her parents'
		});
	});

	it('does not ask when about a pronoun', () => {
		expect(ask(whenQuestion, 'It made brief contact again in June 2015.', 'June 2015')).toBeUndefined();
	});

	it('does not ask when about a date that belongs to another clause', () => {
		expect(ask(whenQuestion, 'The fleet dwarfed the three ships with which Christopher Columbus crossed the Atlantic in 1492.', '1492')).toBeUndefined();
	});

	it('asks how many and how much', () => {
		expect(ask(howManyQuestion, 'The first voyage carried 27,800 men across the sea.', '27,800')).toBe(
			'How many men did the first voyage carry across the sea?'
		);
		// A second verb of the subject after the counted noun is another fact, not part of the question.
		expect(ask(howManyQuestion, 'The blast killed nearly 2,000 people, injured about 9,000 more and levelled the north end.', '2,000')).toBe(
			'How many people did the blast kill?'
		);
		expect(ask(howManyQuestion, 'The whole mission cost about 6.15 billion rupees, far less than a film.', '6.15 billion rupees')).toBe(
			'How much did the whole mission cost?'
		);
		// What the money went on stays in the question; why it was spent does not.
		expect(ask(howManyQuestion, 'The oil company spent about $2.1 billion on the clean-up.', '$2.1 billion')).toBe(
			'How much did the oil company spend on the clean-up?'
		);
		expect(ask(howManyQuestion, 'The Fed lent $85 billion to the insurer AIG to stop it from failing.', '$85 billion')).toBe(
			'How much did the Fed lend to the insurer AIG?'
		);
		// A span counted from another moment says when something happened.
		expect(ask(howManyQuestion, 'Pan American followed three weeks later with the Boeing 707.', 'three')).toBeUndefined();
		expect(ask(howManyQuestion, 'Once floated, the baht fell by about 20 percent in a single day.', '20 percent')).toBeUndefined();
		expect(ask(howManyQuestion, 'The baht fell by about 20 percent in a single day.', '20 percent')).toBe('By how much did the baht fall in a single day?');
	});

	describe('what happened on a date', () => {
		const event = (text: string, date: string) => {
			const a = analyze(text, '2021-02-03');
			const m = a.mentions.find((x) => x.text === date);
			if (!m) throw new Error(`no mention ${date}`);
			return propositions(a, a.sentences[0])
				.map((p) => whatHappened(a, p, m))
				.find(Boolean);
		};

		it('asks what a named subject did, answered by its clause', () => {
			expect(event('The World Bank made its first loan in May 1947, lending 250 million dollars to France.', 'May 1947')).toEqual({
				prompt: 'What did the World Bank do in May 1947?',
				answer: 'Made its first loan, lending 250 million dollars to France'
			});
		});

		it('does not ask what an unnamed subject did', () => {
			expect(event('The conflict came to a head in Little Rock in 1957.', '1957')).toBeUndefined();
			expect(event('Excavations began at Herculaneum in 1738.', '1738')).toBeUndefined();
		});

		it('does not ask what a clause or a phrase of time did, read as the subject', () => {
			const turing =
				'On 4 September 1939, the day after Britain declared war on Germany, Turing reported to Bletchley Park, the home of the Government Code and Cypher School.';
			expect(event(turing, '4 September 1939')?.prompt ?? '').not.toMatch(/the day after/);
			const powell =
				'On 5 February 2003, when US Secretary of State Colin Powell spoke to reporters while making the case for war in Iraq, the tapestry was covered with a blue curtain.';
			expect(event(powell, '5 February 2003')?.prompt ?? '').not.toMatch(/What did when/);
		});

		it('does not ask what the verb did on the date of a gerund after it ("lingered for weeks before dying on …")', () => {
			expect(event('James A. Garfield lingered for weeks before dying on September 19, 1881.', 'September 19, 1881')).toBeUndefined();
			expect(event('Nelson Mandela served only one term, stepping down in 1999, when Thabo Mbeki succeeded him.', '1999')).toBeUndefined();
		});

		it('drops a verb of saying whose words the answer cut off (", telling his audience")', () => {
			const speech = 'Paul Keating used a speech in Redfern Park on 10 December 1992 to confront the past, telling his audience: "We took the lands."';
			expect(event(speech, '10 December 1992')?.answer).not.toMatch(/telling his audience$/);
		});

		it('asks a long event by the part before the aside that describes it', () => {
			expect(
				event(
					'In 1823 Mary Anning found the first complete skeleton of a plesiosaur, a reptile with a tiny head, a very long neck and paddle-like limbs.',
					'1823'
				)
			).toEqual({ prompt: 'What did Mary Anning do in 1823?', answer: 'Found the first complete skeleton of a plesiosaur' });
		});

		it('does not answer with a clause that runs on into the next one', () => {
			expect(event('Her citizenship protected her, but when Germany annexed Austria in March 1938 she was in danger.', 'March 1938')).toBeUndefined();
		});

		it('does not answer with a list that lost its verb', () => {
			expect(event('IKEA opened a store in Switzerland in 1973, and Switzerland followed in 1974 and West Germany.', '1974')).toBeUndefined();
		});

		it('keeps a list of names that ends the event whole', () => {
			expect(event('Nelson Mandela founded the Youth League in 1944 with Walter Sisulu and Oliver Tambo.', '1944')?.answer).toBe(
				'Founded the Youth League with Walter Sisulu and Oliver Tambo'
			);
		});

		it('takes the time of day or the season that places a fronted date with it', () => {
			expect(event('Just before dawn on Monday, 15 September 2008, Lehman Brothers filed for bankruptcy.', '15 September 2008')?.prompt).toBe(
				'What did Lehman Brothers do just before dawn on Monday, 15 September 2008?'
			);
			// A thing that happened, not a named actor, is what the card asks for.
			expect(event('On the morning of 1 November 1755, a powerful earthquake struck Lisbon, the capital of Portugal.', '1 November 1755')).toEqual({
				prompt: 'What struck Lisbon, the capital of Portugal, on the morning of 1 November 1755?',
				answer: 'A powerful earthquake'
			});
			expect(event('In the winter of 1889 an influenza pandemic swept around the world.', '1889')?.answer).toBe('An influenza pandemic');
			// A span of years is no date to ask by.
			expect(event('In the winter of 1889 to 1890 an influenza pandemic swept around the world.', '1889')).toBeUndefined();
			// Still no card on "the conflict", which the card does not name.
			expect(event('In 1914 the conflict spread across Europe.', '1914')).toBeUndefined();
		});

		it('takes a name with the body it belongs to as one subject', () => {
			expect(event('In 1978 James Christy of the United States Naval Observatory discovered Charon, the largest moon of Pluto.', '1978')?.prompt).toBe(
				'What did James Christy of the United States Naval Observatory do in 1978?'
			);
		});

		it('takes the word that places a date with it, and drops "himself" from the subject', () => {
			expect(event('Gandhi himself travelled to London for the conference later in 1931.', '1931')).toEqual({
				prompt: 'What did Gandhi do in 1931?',
				answer: 'Travelled to London for the conference'
			});
		});

		it('does not take a participle after a comma for the clause’s verb', () => {
			expect(event('Today the Alfred Wegener Institute in Bremerhaven, founded in 1980, bears his name.', '1980')).toBeUndefined();
		});

		it('does not answer with an event that holds a second date', () => {
			expect(event('In 1960 Chinua Achebe completed a trilogy with No Longer at Ease and Arrow of God in 1964.', '1960')).toBeUndefined();
			expect(event('The death rate, which had been 18 per cent, fell to 2.2 per cent in June and 1.2 per cent in July 1847.', 'July 1847')).toBeUndefined();
		});

		it('does not answer with an event whose "her" or "him" meant someone the card leaves out', () => {
			expect(event('James VI of Scotland succeeded her as James I of England in 1603.', '1603')).toBeUndefined();
		});

		it('leaves out an "also" or a "then" that points at a sentence the card does not show', () => {
			expect(event('Ibn Battuta also visited Timbuktu in 1354.', '1354')?.prompt).toBe('What did Ibn Battuta do in 1354?');
		});

		it('asks what a subject the article describes did, but what happened where the deed is short', () => {
			expect(event('In December 1965 a handful of schoolchildren in Des Moines, Iowa, decided to wear black armbands to school.', 'December 1965')).toEqual({
				prompt: 'What did a handful of schoolchildren in Des Moines, Iowa, do in December 1965?',
				answer: 'Decided to wear black armbands to school'
			});
			expect(event('In June 1914 a court in Florence found Vincenzo Peruggia guilty.', 'June 1914')).toEqual({
				prompt: 'What happened in June 1914?',
				answer: 'A court in Florence found Vincenzo Peruggia guilty'
			});
		});

		it('keeps the comma of a series of deeds, and asks when of the first deed alone', () => {
			expect(event('George Foreman retired in 1977, became a preacher in Texas and later returned to the ring.', '1977')?.answer).toBe(
				'Retired, became a preacher in Texas and later returned to the ring'
			);
			expect(ask(whenQuestion, 'George Foreman retired in 1977, became a preacher in Texas and later returned to the ring.', '1977')).toBe(
				'When did George Foreman retire?'
			);
		});

		it('asks what did the deed, not what happened, when the subject the article describes is a thing', () => {
			expect(event('In February 1948 a Communist coup in Prague shocked American opinion.', 'February 1948')).toEqual({
				prompt: 'What shocked American opinion in February 1948?',
				answer: 'A Communist coup in Prague'
			});
		});

		it('keeps the comma before the result a participle gives', () => {
			expect(event('On May 23, 1949, the Basic Law was proclaimed, creating the Federal Republic of Germany in the west.', 'May 23, 1949')).toEqual({
				prompt: 'What happened to the Basic Law on May 23, 1949?',
				answer: 'Was proclaimed, creating the Federal Republic of Germany in the west'
			});
		});

		it('ends the event before an aside that describes what was done', () => {
			expect(event('In 1944 Frida Kahlo painted The Broken Column, in which her body is split open to show a cracked stone pillar.', '1944')).toEqual({
				prompt: 'What did Frida Kahlo do in 1944?',
				answer: 'Painted The Broken Column'
			});
		});
	});

	it('does not take a participle after its noun for the clause’s verb', () => {
		expect(
			ask(whenQuestion, 'An analysis published in 2021 by Autonomy and the think tank Alda found that productivity stayed the same.', '2021')
		).toBeUndefined();
	});

	it('keeps the capital of a place the article only ever writes with one', () => {
		const a = analyze('Pontevedra, a city in Galicia, began pedestrianising its centre in 1999. Pontevedra went years without a traffic death.', '2024-01-01');
		const m = a.mentions.find((x) => x.text === '1999');
		if (!m) throw new Error('no mention 1999');
		expect(whatHappened(a, propositions(a, a.sentences[0])[0], m)?.prompt).toBe('What did Pontevedra, a city in Galicia, do in 1999?');
	});

	it('asks no "when" of a clause that goes on to say when ("came in 1900, when three botanists …")', () => {
		const text =
			'Recognition came in 1900, when three botanists, Hugo de Vries in the Netherlands, Carl Correns in Germany and Erich von Tschermak in Austria, independently reached similar conclusions and found that Mendel had got there first.';
		expect(ask(whenQuestion, text, '1900') ?? '').not.toMatch(/, when/);
	});

	it('lowers a subject that only the headline capitalises ("The Monk Who Counted Peas")', () => {
		const a = analyze('Gregor Mendel: The Monk Who Counted Peas\n\nPeas suited his purposes in 1856, and he grew many of them.', '2024-01-01');
		const m = a.mentions.find((x) => x.text === '1856');
		if (!m) throw new Error('no mention 1856');
		expect(whenQuestion(a, propositions(a, a.sentences[0])[0], m)).toBe('When did peas suit his purposes?');
	});

	it('asks no "when" of a date that ends a span ("until its repeal in 1825")', () => {
		expect(ask(whenQuestion, 'The Bubble Act stayed on the statute book until its repeal in 1825.', '1825')).toBeUndefined();
		expect(ask(whenQuestion, 'The British Parliament passed the Bubble Act in 1720.', '1720')).toBe('When did the British Parliament pass the Bubble Act?');
	});
});
