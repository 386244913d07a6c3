import { analyze } from '$lib/core/generate/extract/index';
import { expansionFor } from '$lib/core/generate/extract/acronyms';

const acronyms = (text: string) => analyze(text).acronyms.map((a) => [a.short, a.long]);

describe('acronyms', () => {
	it('reads "Long Form, or ACR"', () => {
		expect(acronyms('Trump’s insistence on Complete Verifiable Irreversible Denuclearization, or CVID, has never been realistic.')).toEqual([
			['CVID', 'Complete Verifiable Irreversible Denuclearization']
		]);
	});

	it('reads "Long Form (ACR)" and "ACR (Long Form)", skipping small words and a leading "The"', () => {
		expect(acronyms('The International Monetary Fund (IMF) organised rescue packages for three countries.')).toEqual([['IMF', 'International Monetary Fund']]);
		expect(acronyms('Officials from ISRO (Indian Space Research Organisation) watched the landing closely.')).toEqual([
			['ISRO', 'Indian Space Research Organisation']
		]);
		expect(expansionFor('IMF', 'the International Monetary Fund')).toBe('International Monetary Fund');
	});

	it('reads "Long Form, known as ACR" and a long form in common nouns', () => {
		expect(acronyms('The British Overseas Airways Corporation, known as BOAC, flew the first jet service in 1952.')).toEqual([
			['BOAC', 'British Overseas Airways Corporation']
		]);
		expect(acronyms('In 1978 WHO promoted a standard formula of oral rehydration salts, or ORS, in sachets.')).toEqual([['ORS', 'oral rehydration salts']]);
		expect(acronyms('Receivers also pick up other global navigation satellite systems (GNSS) such as Galileo.')).toEqual([
			['GNSS', 'global navigation satellite systems']
		]);
	});

	it('refuses an acronym its expansion does not spell', () => {
		expect(acronyms('Scientists at the Stimson Center (ESA) studied the results for a year.')).toEqual([]);
		expect(acronyms('They gave the children water with sugar, or ORS.')).toEqual([]);
		// "alifornia condor" inside "California condor" spells AC, but no long form starts inside a word.
		expect(acronyms('Every California condor (AC-9 was the last) was taken into captivity.')).toEqual([]);
	});
});
