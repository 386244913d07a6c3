import { knownWithoutArticle } from '$lib/core/generate/known-answers';

describe('answers a reader fills in without the article', () => {
	it('knows the measures everyone knows, where the prompt names what they measure', () => {
		expect(knownWithoutArticle('42.195 kilometres', 'Eliud Kipchoge had covered ____, the full marathon distance, in less than two hours.')).toBe(true);
		expect(knownWithoutArticle('26.2 miles', 'The ____ of a marathon were run on closed roads.')).toBe(true);
		expect(knownWithoutArticle('four years', 'A presidential term lasts ____.')).toBe(true);
		// The same amount of something else is the article's to tell.
		expect(knownWithoutArticle('42.195 kilometres', 'The new tunnel runs for ____ under the bay.')).toBe(false);
		expect(knownWithoutArticle('four years', 'The trial lasted ____.')).toBe(false);
	});

	it('works out a margin to the round hour of a time the prompt gives', () => {
		expect(knownWithoutArticle('26 seconds', 'Kipchoge finished in 2:00:25, just ____ outside the target.')).toBe(true);
		expect(knownWithoutArticle('36 seconds', 'Kelvin Kiptum ran 2:00:35 in Chicago in October 2023, within ____ of the barrier.')).toBe(true);
		expect(knownWithoutArticle('20 seconds', 'Kipchoge crossed the line in 1:59:40, ____ inside two hours.')).toBe(true);
		// A margin the prompt cannot give: another time, or no time at all.
		expect(knownWithoutArticle('26 seconds', 'Kipchoge finished in 2:01:39, ____ ahead of the field.')).toBe(false);
		expect(knownWithoutArticle('26 seconds', 'Kipchoge finished just ____ outside the target.')).toBe(false);
	});

	it('reads the common word that ends a name off the rest of the name', () => {
		expect(knownWithoutArticle('Challenge', 'The second attempt, the INEOS 1:59 ____, was paid for by a chemicals company.')).toBe(true);
		expect(knownWithoutArticle('Dam', 'Water poured over the Hoover ____ for the first time.')).toBe(true);
		// The word that tells one name from another is the fact, and a blank that opens a name ends none.
		expect(knownWithoutArticle('Reform', 'The Great ____ Act passed in 1832.')).toBe(false);
		expect(knownWithoutArticle('Bridge', '____ Street was closed.')).toBe(false);
		expect(knownWithoutArticle('Challenge', 'The team took up the ____ in May.')).toBe(false);
	});

	it('knows what anyone fills in, and a capital beside its country', () => {
		expect(knownWithoutArticle('the Sun', 'Each satellite circles ____.')).toBe(true);
		expect(knownWithoutArticle('Pyongyang', 'There were no cases in ____, North Korea said.')).toBe(true);
		expect(knownWithoutArticle('Seoul', 'The talks were held in ____.')).toBe(false);
	});

	it('reads a count off the round figure the prompt prints beside it', () => {
		const deaths = 'The ONS recorded ____ deaths in 2022, the first time the toll had passed 10,000.';
		expect(knownWithoutArticle('10,048', deaths)).toBe(true);
		// A count a round figure does not narrow, and a year, are the article's to tell.
		expect(knownWithoutArticle('12,870', deaths)).toBe(false);
		expect(knownWithoutArticle('2022', 'The toll passed 2,000 in ____.')).toBe(false);
	});
});
