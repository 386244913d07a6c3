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

	it('refuses an acronym its expansion does not spell', () => {
		expect(acronyms('Scientists at the Stimson Center (ESA) studied the results for a year.')).toEqual([]);
	});
});
