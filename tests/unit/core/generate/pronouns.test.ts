import { reads } from './fixtures';

describe('what an "it" stands for', () => {
	it('takes the one thing the sentence before names ("a substance he called tuberculin") when its subject is a person', () => {
		const text = [
			'How Koch Unmasked the White Plague',
			'',
			'In 1890 Koch announced a substance he called tuberculin, made from the bacteria, as a possible treatment. It failed as a cure and caused a scandal.'
		].join('\n');
		expect(reads(text, 1, '2024-01-01')).toBe('Tuberculin failed as a cure and caused a scandal.');
	});

	it('never takes a person the sentence before names, nor a name that runs on', () => {
		const person = ['The Drifting Continents', '', 'In 1912 the society heard a scientist named Alfred Wegener. It listened politely.'].join('\n');
		expect(reads(person, 1, '2024-01-01')).not.toMatch(/Wegener listened/);
		const species = [
			'A Bacterium from Yellowstone',
			'',
			'In 1969 Thomas Brock found a bacterium they named Thermus aquaticus. It survives boiling water.'
		].join('\n');
		expect(reads(species, 1, '2024-01-01')).not.toMatch(/^Thermus survives/);
	});

	it('names a thing a pronoun owns by the name its aside gives, and an "it" after it too', () => {
		const text = [
			'How Medicine Fought Back',
			'',
			'Their vaccine, known as BCG for Bacillus Calmette-Guérin, was first given to a baby in 1921. It is still used today. His criteria, later known as Koch’s postulates, set out how to prove a germ causes a disease.'
		].join('\n');
		expect(reads(text, 0, '2024-01-01')).toBe('BCG was first given to a baby in 1921.');
		expect(reads(text, 1, '2024-01-01')).toBe('BCG is still used today.');
		expect(reads(text, 2, '2024-01-01')).toBe('Koch’s postulates set out how to prove a germ causes a disease.');
	});

	it('leaves the "it" of "It was the first time …", which stands for the event just told', () => {
		const text = [
			'Landing on a Comet',
			'',
			'In November 2014 the orbiter released a lander called Philae. It was the first time a spacecraft had landed on a comet.'
		].join('\n');
		expect(reads(text, 1, '2024-01-01')).toMatch(/^It was the first time/);
	});
});
