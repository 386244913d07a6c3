import { reads } from './fixtures';

describe('the company or the scene an article headline names', () => {
	const sony = [
		"How Sony's Walkman Put Music in Every Pocket",
		'',
		'Sony built 30,000 units. Sony sold few at first. Sony hired young staff to help. The company responded by sending them onto the streets of Tokyo.'
	].join('\n');

	it('reads "the company" as the one company the headline names and the prose keeps naming', () => {
		expect(reads(sony, 3, '2026-12-07')).toBe('Sony responded by sending them onto the streets of Tokyo.');
		const maker = [
			'How Johnson & Johnson Handled the Tylenol Murders',
			'',
			'Johnson & Johnson made Tylenol. On October 5, 1982, the company recalled 31 million bottles.'
		].join('\n');
		expect(reads(maker, 1, '2026-12-07')).toBe('On October 5, 1982, Johnson & Johnson recalled 31 million bottles.');
	});

	it('leaves "the company" alone where the headline names no company, or two', () => {
		const none = ['How Music Went Portable', '', 'Sony built 30,000 units. Sony sold few. Sony hired staff. The company responded quickly.'].join('\n');
		expect(reads(none, 3, '2026-12-07')).toBe('The company responded quickly.');
		const two = [
			'Sony and Philips: A Rivalry',
			'',
			'Sony built players. Sony sold few. Sony hired staff. Philips built discs. Philips sold many. Philips grew. The company responded quickly.'
		].join('\n');
		expect(reads(two, 6, '2026-12-07')).toBe('The company responded quickly.');
	});

	it('names "the massacre" after the one place of the headline that the lead says it happened at', () => {
		const text = [
			"How Twelve Days After Port Arthur Changed Australia's Gun Laws",
			'',
			'On 28 April 1996, a gunman opened fire at the Port Arthur historic site in Tasmania. Thirty-five people died.',
			'',
			'John Howard had been sworn in as prime minister seven weeks before the massacre.'
		].join('\n');
		expect(reads(text, 2, '2026-12-07')).toBe('John Howard had been sworn in as prime minister seven weeks before the Port Arthur massacre.');
		// A place the lead names but the headline does not is not the scene.
		const elsewhere = text.replace("After Port Arthur Changed Australia's", 'Changed');
		expect(reads(elsewhere, 2, '2026-12-07')).toBe('John Howard had been sworn in as prime minister seven weeks before the massacre.');
	});
});
