import { templateContext, weightOf } from '../fixtures';
import { blankDrafts } from '$lib/core/generate/templates/blanks';
import { mentionWeight } from '$lib/core/generate/templates/blank-weight';
import { KIND_WEIGHT } from '$lib/core/generate/templates/draft';
import { analyze } from '$lib/core/generate/extract/index';

function drafts(text: string, published = '2024-05-06') {
	return blankDrafts(templateContext(text, published));
}

describe('blank drafts', () => {
	it('opens a blank and a question on the year the sentence before gave, where the sentence has no time of its own', () => {
		const prompts = drafts(
			'On 29 March 1960 the New York Times carried a full-page advertisement. The Times sold about 650,000 copies a day, but only 394 copies reached Alabama.'
		)
			.filter((d) => d.sentence === 1)
			.map((d) => d.prompt);
		expect(prompts).toContain('In 1960, how many copies did the New York Times sell a day?');
		expect(prompts).toContain('In 1960, the New York Times sold about 650,000 copies a day, but only ____ copies reached Alabama.');
	});

	it('never blanks part of a compound quantity ("two hours and sixteen minutes")', () => {
		const answers = drafts('The journey from London to Paris takes about two hours and sixteen minutes on Eurostar trains.').map((d) => d.answer);
		expect(answers).not.toContain('two');
		expect(answers).not.toContain('sixteen');
		const race = drafts('Abebe Bikila won the Olympic marathon in 2 hours 15 minutes 16.2 seconds, a world best at the time.').map((d) => d.answer);
		expect(race).toContain('2 hours 15 minutes 16.2 seconds');
		expect(race).not.toContain('15 minutes');
	});

	it('blanks nothing in a present-tense condition, which asked alone drops what it is the condition of', () => {
		const answers = (text: string) => drafts(text).map((d) => String(d.answer));
		expect(answers('Once the ice is more than about 50 metres thick, the pressure of its own weight makes the deeper layers deform.')).not.toContain(
			'50 metres'
		);
		expect(answers('Once the ice was more than about 50 metres thick, the glacier began to flow downhill.')).toContain('50 metres');
	});

	it('answers "how many" of a bound with the bound, the number alone accepted', () => {
		const short = drafts('Abebe Bikila finished more than four minutes ahead of Basil Heatley of Great Britain.').find(
			(d) => d.type === 'short' && d.template === 'how-many'
		);
		expect(short).toMatchObject({ answer: 'more than four', accept: expect.arrayContaining(['four']) });
	});

	it('answers with a date’s year and a person’s full name, the written form accepted too', () => {
		const found = drafts('Chinese leader Xi Jinping called Moon Jae-in on January 26. Xi spoke for an hour with Moon about trade.', '2021-02-03');
		const date = found.find((d) => d.type === 'cloze' && d.answer === 'January 26, 2021');
		expect(date?.accept).toEqual(['January 26']);
		const person = found.find((d) => d.type === 'cloze' && d.sentence === 1 && d.answer === 'Xi Jinping');
		expect(person?.accept).toContain('Xi');
		for (const d of found.filter((x) => x.type === 'mcq' && String(x.answer).includes('2021'))) {
			expect(d.choices?.every((c) => /, 2021$/.test(c))).toBe(true);
		}
	});

	it('never blanks the years counted from the day of writing ("Sixty years on")', () => {
		const answers = drafts('Sixty years on, the details of the final at Wembley still roll off English tongues like a nursery rhyme.').map((d) => d.answer);
		expect(answers).not.toContain('Sixty');
		expect(answers).toContain('Wembley');
	});

	it('weighs no blank on the end of a name after its possessive ("the Queen’s ____")', () => {
		const [blank] = drafts('At the trial in the Queen’s Bench Division, Mr Justice Hawkins found in her favour.').filter(
			(d) => d.type === 'cloze' && d.answer === 'Bench Division'
		);
		expect(blank?.score ?? 0).toBe(0);
	});

	it('cuts a long sentence after a blank in a fronted phrase, whose comma only ends the phrase', () => {
		const text =
			'A century later, in 1999, a federal court in New York drew on the case when it rejected the claim of a student; unlike the smoke ball promise, the court said, no reasonable person could have taken that advertisement as a serious offer.';
		expect(drafts(text).find((d) => d.type === 'cloze' && d.answer === '1999')?.prompt).toBe(
			'A century later, in ____, a federal court in New York drew on the case when it rejected the claim of a student.'
		);
	});

	it('never blanks an ordinal that stands for a noun ("The second is cap-and-trade")', () => {
		expect(drafts('There are two main tools. The second is cap-and-trade, also called an emissions trading system.').map((d) => d.answer)).not.toContain(
			'second'
		);
	});

	it('weighs low a blank on the prize anyone names after "won a"', () => {
		const [nobel] = drafts('Dorothy Hodgkin remains the only British woman to have won a Nobel Prize in one of the sciences.').filter(
			(d) => d.answer === 'Nobel Prize' && d.type === 'cloze'
		);
		const [medal] = drafts('Dorothy Hodgkin remains the only British woman to have won a Copley Medal in one of the sciences.').filter(
			(d) => d.answer === 'Copley Medal' && d.type === 'cloze'
		);
		expect(nobel?.score ?? 0).toBeLessThan(0.5 * (medal?.score ?? 1));
	});

	it('offers no wrong choice whose number the sentence prints ("to ____ rather than 24")', () => {
		const text =
			'A team had 24 seconds to shoot. FIBA later used 30 seconds and college teams 35 seconds. The NBA began resetting the clock to 14 seconds rather than 24 after an offensive rebound.';
		const mcq = drafts(text).find((d) => d.type === 'mcq' && d.answer === '14 seconds');
		expect(mcq?.choices).toBeDefined();
		expect(mcq?.choices).not.toContain('24 seconds');
	});

	it('never blanks a prize its field names ("the 1979 ____ in Physiology or Medicine")', () => {
		expect(weightOf('Godfrey Hounsfield and Allan Cormack shared the 1979 Nobel Prize in Physiology or Medicine.', 'Nobel Prize')).toBe(0);
	});

	it('weighs low a title in quotation marks, both ends of a range, and a date counted from another', () => {
		const paper = weightOf('Wilhelm Röntgen submitted a paper, "On a New Kind of Rays," to the Physical-Medical Society of Würzburg.', 'On a New Kind of Rays');
		expect(paper).toBeLessThanOrEqual(0.4 * KIND_WEIGHT.term);
		const range = weightOf('X-rays have wavelengths between about 0.01 and 10 nanometres.', '0.01 and 10');
		const length = weightOf('X-rays have wavelengths of about 10 nanometres.', '10');
		expect(range).toBeLessThan(0.5 * length);
		// A score is no range; the end of a change ("from 20 to 10 francs") is weighed low as one end of it (blank-weight.test.ts).
		const changes = 'Henri Desgrange cut the entry fee from 20 to 10 francs. Leicester won 3-1 over Everton.';
		expect(weightOf(changes, '3-1')).toBe(length);
		expect(weightOf(changes, '10')).toBeLessThan(length);
		const counted = weightOf('Just a week before the conference, on April 11, an Air India airliner exploded in flight.', 'April 11');
		const alone = weightOf('On April 11, an Air India airliner exploded in flight.', 'April 11');
		expect(counted).toBeLessThan(0.7 * alone);
	});

	it('never blanks one side of a case’s name or the end of a body’s name after "and"; weighs low an age in commas and a cited case’s year', () => {
		const text = 'The firm worked with the police, the FBI and the Food and Drug Administration. In Powell v. Alabama in 1932 the Court required lawyers.';
		expect(weightOf(text, 'Drug Administration')).toBe(0);
		expect(weightOf(text, 'Alabama')).toBe(0);
		const headline = (body: string) => `Tinker v. Des Moines: Armbands in School\n\n${body}`;
		const cited = weightOf(headline('In 1932 the Court required lawyers in Powell v. Alabama.'), '1932');
		const own = weightOf(headline('In 1969 the Court ruled in Tinker v. Des Moines.'), '1969');
		expect(cited).toBeLessThan(0.5 * own);
		const age = weightOf('Adam Janus, 27, of Arlington Heights, died after taking the pills.', '27');
		const count = weightOf('Adam Janus took 27 pills in Arlington Heights.', '27');
		expect(age).toBeLessThan(0.5 * count);
		// The age that makes a group ("15-year-olds") is such a detail too.
		expect(weightOf('The survey found that most 15-year-olds were distracted in class.', '15')).toBeLessThan(0.5 * count);
	});

	it('weighs low the year a side figure died, but not the year the person the article is about died', () => {
		const life = 'Ada Lovelace wrote the first program. Ada Lovelace met Charles Babbage in 1833. Ada Lovelace worked with Charles Babbage for years.';
		const side = weightOf(`${life} Charles Babbage died in 1871 in London.`, '1871');
		const main = weightOf(`${life} Ada Lovelace died in 1852 in London.`, '1852');
		expect(side).toBeLessThan(0.6 * main);
	});

	it("never blanks where a point falls in the writer's list, or how many items the list has", () => {
		const answers = drafts(
			'The second objection is that the evidence is weaker than advocates claim. The two countries are culturally similar. The whole trick relies on two physical facts.'
		).map((d) => d.answer);
		expect(answers).not.toContain('second');
		expect(answers).not.toContain('two');
	});

	it('cuts a long prompt after its clause, but never inside a list of verbs ("was fed, heated and kept working") or of nouns', () => {
		const text =
			'For eleven months in 1948 and 1949, the western half of Berlin, a city of more than two million people, was fed, heated and kept working almost entirely by aircraft.';
		const prompt = drafts(text).find((d) => d.type === 'cloze' && d.answer === 'two million')?.prompt;
		expect(prompt).toContain('was fed, heated and kept working almost entirely by aircraft.');
		const phrases =
			'De Launay, the governor of the fortress since 1776, was seized and marched toward the Hôtel de Ville, the city hall, where the crowd killed him, cut off his head and paraded it on a pike.';
		const cut = drafts(phrases).find((d) => d.type === 'cloze' && d.answer === 'Hôtel de Ville')?.prompt;
		expect(cut).toBeDefined();
		expect(cut).not.toMatch(/cut off his head\.$/);
		const nouns =
			'The seven notes, worth from 5 to 500 euros, were designed by Robert Kalina of the Austrian central bank and show windows, gateways and bridges in European architectural styles; the buildings are imaginary.';
		const notes = drafts(nouns).find((d) => d.type === 'cloze' && d.answer === 'Robert Kalina')?.prompt;
		expect(notes).toContain('show windows, gateways and bridges');
	});

	it('ends a long prompt on its blank where the next clause is another, but not inside a list of verb phrases or a cleft', () => {
		const series =
			'Slovenia became the first of the newer EU members to adopt the euro in 2007, Croatia became the twentieth member on 1 January 2023, and Bulgaria became the twenty-first on 1 January 2026.';
		expect(drafts(series).find((d) => d.type === 'cloze' && d.answer === '2007')?.prompt).toBe(
			'Slovenia became the first of the newer EU members to adopt the euro in ____.'
		);
		const firm =
			'A rival Houston firm, Dynegy, agreed to buy Enron for roughly $9 billion, but it walked away on November 28, 2001 after credit rating agencies cut the debt of Enron to junk status.';
		expect(drafts(firm).find((d) => d.type === 'cloze' && d.answer === '$9 billion')?.prompt).toBe(
			'A rival Houston firm, Dynegy, agreed to buy Enron for roughly ____.'
		);
		const trip =
			'Ibn Battuta crossed into Iraq and Persia, returned to Mecca, and then sailed down the Red Sea and along the eastern coast of Africa, visiting Mogadishu, Mombasa and Kilwa.';
		expect(drafts(trip).find((d) => d.type === 'cloze' && d.answer === 'Mecca')?.prompt).not.toMatch(/returned to ____\.$/);
		const cleft =
			'In the Meta case the Irish regulator had not proposed a fine at all; it was the European Data Protection Board, which brings together the national regulators, that ordered it to impose one.';
		expect(drafts(cleft).find((d) => d.type === 'cloze' && d.answer === 'European Data Protection Board')?.prompt ?? '').not.toMatch(/the ____\.$/);
		const aside =
			'Arno Penzias, who had fled Nazi Germany as a child, and Robert Wilson, a Texan trained at the California Institute of Technology, had been given the use of a horn-shaped antenna that Bell had built in 1959.';
		expect(drafts(aside).find((d) => d.type === 'cloze' && d.answer === 'Arno Penzias')?.prompt ?? '').not.toMatch(/as a child\.$/);
	});

	it('never blanks how many items a list after a colon has', () => {
		const listed = drafts('Much of the city was destroyed by three separate forces: the earthquake, a tsunami and a fire.').map((d) => d.answer);
		expect(listed).not.toContain('three');
		const counted = drafts('Much of the city was destroyed by three separate fires in 1755.').map((d) => d.answer);
		expect(counted).toContain('three');
	});

	it('never blanks the century of a century, and weighs a centenary’s year low', () => {
		const answers = drafts('Today The Rite of Spring is regarded as one of the most influential compositions of the twentieth century.').map((d) => d.answer);
		expect(answers).not.toContain('twentieth');
		const [centenary] = drafts('The ballet premiered in 1913, and its centenary in 2013 was marked by performances around the world.').filter(
			(d) => d.type === 'cloze' && d.answer === '2013'
		);
		const [premiere] = drafts('The ballet premiered in 1913, and its centenary in 2013 was marked by performances around the world.').filter(
			(d) => d.type === 'cloze' && d.answer === '1913'
		);
		expect(centenary.score).toBeLessThan(premiere.score);
	});

	it('ranks a small number written as a word below the same sentence’s other blanks', () => {
		const found = drafts('In 1988 eleven boring machines began work under the Strait of Dover.');
		const eleven = found.find((d) => d.answer === 'eleven');
		const year = found.find((d) => d.answer === '1988');
		expect(year).toBeDefined();
		if (eleven) expect(eleven.score).toBeLessThan(year!.score);
	});
});

describe('events asked by a year', () => {
	it('ranks an event lower when another sentence gives the same year', () => {
		const event = (text: string) => drafts(text).find((d) => d.template === 'event' && d.sentence === 0);
		const alone = event('In 1895 Ida B. Wells married Ferdinand Barnett, a Chicago lawyer. She wrote about lynching.');
		const shared = event('In 1895 Ida B. Wells married Ferdinand Barnett, a Chicago lawyer. In 1895 she also published The Red Record.');
		expect(alone?.prompt).toBe('What did Ida B. Wells do in 1895?');
		expect(shared?.prompt).toBe(alone?.prompt);
		expect(shared!.score).toBeLessThan(0.6 * alone!.score);
		const thatMarch = event('In 1895 Ida B. Wells married Ferdinand Barnett, a Chicago lawyer. That March she also published The Red Record.');
		expect(thatMarch!.score).toBeLessThan(0.6 * alone!.score);
		// Another actor's event of that year leaves hers the only one.
		const other = event('In 1895 Ida B. Wells married Ferdinand Barnett, a Chicago lawyer. In 1895 Booker T. Washington spoke in Atlanta.');
		expect(other!.score).toBeCloseTo(alone!.score, 5);
	});

	it('weighs a monarch low where "the king" in the sentence names him', () => {
		const rest = ' King Louis XVI had summoned the Estates-General. Jacques Necker was popular, and Necker spoke for reform.';
		expect(weightOf('Louis XVI appeared to give way, but many feared that the king meant to close the Assembly.' + rest, 'Louis XVI')).toBeLessThan(
			0.5 * weightOf('Louis XVI appeared to give way, but many feared that troops would close the Assembly.' + rest, 'Louis XVI')
		);
	});

	it('weighs a number the headline spells out, and the year of a Games, as a detail', () => {
		const scale = 'Routines were marked on a scale that ran up to 10, and no gymnast had been given that mark.';
		const spelled = analyze('Perfect Ten: Nadia Comaneci\n\n' + scale, '2026-12-05');
		const plain = analyze('Nadia Comaneci in Montreal\n\n' + scale, '2026-12-05');
		const ten = (a: ReturnType<typeof analyze>) =>
			mentionWeight(
				a,
				a.mentions.find((x) => x.text === '10')!,
				new Map()
			);
		expect(ten(spelled)).toBeLessThan(0.5 * ten(plain));
		expect(weightOf('After judging controversies at the 2004 Olympic Games in Athens, the FIG changed its scoring.', '2004')).toBeLessThan(
			0.5 * weightOf('After judging controversies in 2004 in Athens, the FIG changed its scoring.', '2004')
		);
	});

	it('weighs the year of a yearly race as its label ("the ____ New York City Marathon")', () => {
		expect(weightOf('Kathrine Switzer won the women’s race at the 1974 New York City Marathon.', '1974')).toBeLessThan(
			0.5 * weightOf('Kathrine Switzer won the women’s race in New York in 1974.', '1974')
		);
	});

	it('weighs a body or an event named by its common word alone as a guess ("finishing the ____" for Games)', () => {
		const text = 'Over the following days Nadia Comaneci earned six more, finishing the Games with seven perfect scores.';
		expect(weightOf(text, 'Games')).toBeLessThan(0.4);
	});

	it('weighs a spouse named in commas, and the region after a town, as details', () => {
		const smith =
			'The American photographer W. Eugene Smith lived in the town in the early 1970s with his wife, Aileen Mioko Smith, and documented the victims.';
		expect(weightOf(smith, 'Aileen Mioko Smith')).toBeLessThan(0.5 * weightOf(smith, 'W. Eugene Smith'));
		const town = 'Hajime Hosokawa, director of the hospital in Minamata, Kumamoto Prefecture, described an outbreak of an unknown disease.';
		expect(weightOf(town, 'Kumamoto Prefecture')).toBeLessThan(
			0.5 * weightOf('Hajime Hosokawa described an outbreak in Kumamoto Prefecture.', 'Kumamoto Prefecture')
		);
	});

	it('weighs a small count after "the" ("the two outbreaks") as a pointer back, below the same count as news', () => {
		const back = 'Together with itai-itai disease, the two Minamata outbreaks came to be called the Four Big Pollution Diseases of Japan.';
		const news = 'Doctors found two Minamata outbreaks in the 1960s.';
		expect(weightOf(back, 'two')).toBeLessThan(0.5 * weightOf(news, 'two'));
	});

	it('weighs a measure that describes a thing, a catalogue number, the rest of an amount or a name, and a parent as details', () => {
		const hooker = 'Edwin Hubble, working with the 100-inch Hooker telescope at Mount Wilson Observatory, identified a Cepheid in 1923.';
		expect(weightOf(hooker, '100')).toBeLessThan(0.5 * weightOf('Edwin Hubble identified 100 Cepheids in 1923.', '100'));
		expect(weightOf('An asteroid, 5383 Leavitt, now bears the name of Henrietta Swan Leavitt.', '5383')).toBe(0);
		expect(weightOf('Brunel chose a broad gauge of 7 feet 1/4 inch for the railway.', '7 feet')).toBe(0);
		expect(weightOf('Old St Paul’s Cathedral, wrapped in wooden scaffolding, caught fire in London.', 'Old St Paul')).toBe(0);
		const parent = 'Henrietta Swan Leavitt was born in Lancaster, the daughter of George Roswell Leavitt, a Congregational minister.';
		expect(weightOf(parent, 'George Roswell Leavitt')).toBeLessThan(0.5);
	});

	it('gives no weight to the unit of a temperature ("98 degrees Celsius")', () => {
		expect(weightOf('In the first step the tube is heated to around 94 to 98 degrees Celsius.', 'Celsius')).toBe(0);
		expect(drafts('In the first step the tube is heated to around 94 to 98 degrees Celsius.').map((d) => d.answer)).not.toContain('Celsius');
	});

	it('weighs a year that only marks how long ago something else began as a detail', () => {
		expect(weightOf('Counterfeiters were copying branded packs long before 2012.', '2012')).toBeLessThan(
			0.5 * weightOf('Counterfeiters began copying branded packs in 2012.', '2012')
		);
	});
});
