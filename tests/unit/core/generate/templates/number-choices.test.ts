import { templateContext } from '../fixtures';
import { blankDrafts } from '$lib/core/generate/templates/blanks';

function drafts(text: string, published = '2024-05-06') {
	return blankDrafts(templateContext(text, published));
}

describe('fair number choices', () => {
	it('offers no part larger than the whole its sentence states', () => {
		const found = drafts(
			'The Channel Tunnel runs 50.45 kilometres between Folkestone and Coquelles, and 37.9 kilometres of it lie beneath the seabed. The line has 12 kilometres of sidings and 75 kilometres of track.'
		);
		const part = found.find((d) => d.type === 'mcq' && d.answer === '37.9 kilometres');
		expect(part?.choices).toHaveLength(4);
		for (const c of part?.choices ?? []) expect(parseFloat(c)).toBeLessThan(50.45);
	});

	it('never blanks the clock of a match, and weighs the year of a study or a film low', () => {
		const clock = drafts('Mark Johnson tied the game again with a power-play goal 8 minutes and 39 seconds into the third period.').map((d) => d.answer);
		expect(clock).not.toContain('8 minutes');
		const study = drafts('A 2023 study by Peter and Susanne Ditlevsen estimated that a collapse could come between 2025 and 2095.');
		const year = study.find((d) => d.type === 'cloze' && d.answer === '2023');
		const range = study.find((d) => d.type === 'cloze' && d.answer === '2095');
		expect(year && range && year.score < range.score).toBe(true);
	});

	it('offers no choices for a bound ("more than ____"), where a smaller choice is also true, and never blanks "No." of a number', () => {
		const found = drafts(
			'Residents boarded a convoy of more than 1,000 buses on 27 April 1986. Within seconds, reactor No. 4 was torn apart by a steam explosion.'
		);
		expect(found.some((d) => d.type === 'mcq' && d.answer === '1,000')).toBe(false);
		expect(found.some((d) => d.type === 'cloze' && d.answer === '1,000')).toBe(true);
		expect(found.map((d) => d.answer)).not.toContain('No');
	});

	it('leaves out the same amount in other units after a blank', () => {
		const found = drafts('The granite towers of the bridge rise 276.5 feet (84.3 metres) above the water.');
		const height = found.find((d) => d.type === 'cloze' && d.answer === '276.5 feet');
		expect(height?.prompt).toBe('The granite towers of the bridge rise ____ above the water.');
	});

	it('never blanks a number that is part of a name, nor a name whose number stays', () => {
		const answers = drafts('The broader Standard & Poor’s 500 index fell about 20 per cent. Rosetta lifted off on an Ariane 5 from Kourou.').map(
			(d) => d.answer
		);
		expect(answers).not.toContain('500');
		expect(answers).not.toContain('Ariane');
		expect(answers).toContain('20 per cent');
	});

	it('weighs one year of a pair ("In ____ and 1720") low, but not the start of a period ("Between ____ and 1433")', () => {
		const answers = (text: string) => drafts(text).map((d) => d.answer);
		const pair = drafts('In 1719 and 1720 the directors of the South Sea Company proposed something far bigger.');
		const period = drafts('Between 1719 and 1720 the directors of the South Sea Company proposed something far bigger.');
		const score = (found: typeof pair) => found.find((d) => d.answer === '1719')?.score ?? 0;
		expect(score(pair)).toBeLessThan(0.5 * score(period));
		expect(answers('Between 1405 and 1433 the admiral Zheng He led seven voyages across the Indian Ocean.')).toContain('1405');
	});

	it('weighs a name one of a list low, and a name the rest of a longer name gives, and never blanks a name cut from its number', () => {
		const score = (text: string, answer: string) => drafts(text).find((d) => d.type === 'cloze' && d.answer === answer)?.score ?? 0;
		const alone = score('That day the navies of France were shattered off the coast near Cadiz.', 'France');
		expect(score('That day the navies of France and Spain were shattered off the coast near Cadiz.', 'France')).toBeLessThan(0.5 * alone);
		// The list's sentence scores higher than the lone one's, for its three names.
		expect(score('Against the new tax, protests erupted in France, Italy and Spain.', 'France')).toBeLessThan(
			0.75 * score('Against the new tax, protests erupted in the south of France.', 'France')
		);
		const court = (text: string) => score(text, 'Supreme Court');
		expect(court('In January 1962 an envelope from Florida reached the Supreme Court of the United States.')).toBeLessThan(
			0.5 * court('In January 1962 an envelope from Florida reached the Supreme Court.')
		);
		const association = 'The lawsuit was organised by the National Association for the Advancement of Colored People, known as the NAACP.';
		const bare = 'The lawsuit was organised by the Advancement of Colored People, known as the NAACP.';
		expect(score(association, 'Advancement of Colored People')).toBeLessThan(0.5 * score(bare, 'Advancement of Colored People'));
		// A part of one time, and one part of a breakdown whose total the sentence gives, are worked out, not remembered.
		const time = drafts('Maurice Garin’s total time was 94 hours, 33 minutes and 14 seconds, an average of about 25.7 km/h.').map((d) => d.answer);
		expect(time).not.toContain('94 hours');
		expect(time).not.toContain('33 minutes and 14 seconds');
		const field = 'The 60 starters were a mixed field of riders: 49 French, 4 Belgians, 4 Swiss, 2 Germans and 1 Italian.';
		expect(score(field, '49')).toBeLessThan(0.5 * score('The 60 starters were a mixed field of riders, with 49 from France alone.', '49'));
		// The same amount in another unit asks for a conversion of what the prompt prints.
		expect(drafts('A storm is named when sustained winds reach 63 km/h (39 mph) over the open sea.').map((d) => d.answer)).not.toContain('39 mph');
		const answers = drafts('At six o’clock a blue-and-white train called Hikari No. 1 pulled out of Tokyo Station bound for Osaka.').map((d) => d.answer);
		expect(answers).not.toContain('Hikari No');
	});

	it('weighs low who led a study, the year that labels a review, and a span counted up to the day of writing', () => {
		const score = (text: string, answer: string) => drafts(text).find((d) => d.type === 'cloze' && d.answer === answer)?.score ?? 0;
		const study = 'A 2016 study led by Lindsay McLaren of the University of Calgary found that decay had worsened in Calgary.';
		expect(score(study, 'Lindsay McLaren')).toBeLessThan(score(study, 'Calgary'));
		const review = 'A 2024 Cochrane review found that decay fell by a quarter.';
		expect(score(review, '2024')).toBeLessThan(0.5 * score('In 2024 a Cochrane team found that decay fell by a quarter.', '2024'));
		const answers = (text: string) => drafts(text).map((d) => d.answer);
		expect(answers('Councils are required, under the Public Libraries and Museums Act 1964, to run a library service.')).not.toContain('1964');
		const lecture = 'The author Neil Gaiman put it well in a 2013 lecture at the Barbican in London.';
		expect(score(lecture, '2013')).toBeLessThan(0.5 * score('The author Neil Gaiman put it well in 2013 at the Barbican in London.', '2013'));
		const turnout = (headline: string) => score(`${headline}\n\nOn the night of the vote the hall held about 5,000 people.`, '5,000');
		expect(turnout('5,000 Fill the Hall')).toBeLessThan(0.5 * turnout('A Record Turnout'));
		const span = 'Many towns have added fluoride to drinking water for eighty years.';
		expect(score(span, 'eighty')).toBeLessThan(0.5 * score('The towns added fluoride to drinking water for eighty years.', 'eighty'));
	});

	it('keeps a long sentence whole when a cut would fall inside the aside of the blanked subject', () => {
		const text =
			'Leon Moisseiff, a celebrated New York engineer who had consulted on the Golden Gate and was a leading advocate of deflection theory, argued that shallower supports would do.';
		const prompt = drafts(text).find((d) => d.type === 'cloze' && d.answer === 'Leon Moisseiff')?.prompt;
		expect(prompt).toMatch(/argued that shallower supports would do\.$/);
	});

	it('keeps a long sentence whole when a cut would leave only a participle’s aside after the blank, but cuts after a closing comma', () => {
		const text =
			'During the Carrington Event of September 1859, named after the English astronomer Richard Carrington, who had observed an intense solar flare on 1 September, auroras were seen as far south as the Caribbean.';
		const prompt = drafts(text).find((d) => d.type === 'cloze' && d.answer === 'September 1859')?.prompt;
		expect(prompt).toMatch(/auroras were seen as far south as the Caribbean\.$/);
		const closed =
			"Treasury Secretary Henry Paulson and the New York Fed's president, Timothy Geithner, called in the heads of the biggest banks on Friday evening, and the talks ran through the weekend in Manhattan.";
		expect(drafts(closed).find((d) => d.type === 'cloze' && d.answer === 'Timothy Geithner')?.prompt).toMatch(/biggest banks on Friday evening\.$/);
	});
});
