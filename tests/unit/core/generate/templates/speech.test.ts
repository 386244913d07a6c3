import { templateContext } from '../fixtures';
import { speechDrafts } from '$lib/core/generate/templates/speech';

/** The "what did X say" prompts the speech template writes for a text. */
function claims(text: string): string[] {
	return speechDrafts(templateContext(text, '2026-12-04'))
		.filter((d) => d.template === 'claim')
		.map((d) => d.prompt);
}

describe('who said it', () => {
	it('asks no one who said words quoted from inside a sentence, whose subject the prompt would leave out', () => {
		const whoSaid = (text: string) =>
			speechDrafts(templateContext(text, '2026-12-04'))
				.filter((d) => d.template === 'who-said')
				.map((d) => d.prompt);
		expect(whoSaid('Some of the results, Godfrey Hardy later wrote, "defeated me completely; I had never seen anything like them."')).toEqual([]);
		expect(whoSaid('Godfrey Hardy later wrote, "I had never seen anything in the least like them before."')).not.toEqual([]);
	});

	it('names the speaker before where he works, a double-barrelled surname and all, and leaves the words quoted as said', () => {
		const drafts = speechDrafts(
			templateContext(
				'Robert White-Stevens of American Cyanamid declared that if people followed her teachings, "we would return to the Dark Ages, and vermin would once again inherit the earth."',
				'2026-12-07'
			)
		);
		const who = drafts.find((d) => d.template === 'who-said' && d.type === 'short');
		expect(who?.answer).toBe('Robert White-Stevens');
		expect(who?.prompt).toContain('once again inherit the earth');
		// Two who argued it together are asked of neither alone.
		const pair = speechDrafts(
			templateContext('There the physician Donald Hopkins and his colleague Ernesto Ruiz-Tiben argued that Guinea worm was an ideal target.', '2026-12-07')
		);
		expect(pair.filter((d) => d.template === 'who-said')).toEqual([]);
		// A name with two particles is one person's: "Horacio de la Iglesia", not "Horacio".
		const iglesia = speechDrafts(
			templateContext('"Teenagers are not lazy," said Horacio de la Iglesia, a biology professor at the University of Washington.', '2026-12-07')
		);
		expect(iglesia.find((d) => d.template === 'who-said')?.answer).toBe('Horacio de la Iglesia');
	});

	it('ends the card on a quoted question, with no second question mark', () => {
		const prompts = speechDrafts(templateContext('The divers found them. John Volanthen asks, "How many of you are there?"', '2026-12-04')).map(
			(d) => d.prompt
		);
		expect(prompts.filter((p) => p.startsWith('Who'))).toEqual(['Who asks, "How many of you are there?"']);
	});
});

describe('what someone said', () => {
	it('asks what someone argued in full, a second "that" clause and its closing quotation kept, but not about an infinitive', () => {
		const text =
			'Lord Coleridge gave the judgment. He argued that to preserve one\'s life is generally a duty, but that it may be "the plainest and the highest duty to sacrifice it."';
		const drafts = speechDrafts(templateContext(text, '2026-12-04')).filter((d) => d.template === 'claim');
		expect(drafts.map((d) => d.prompt)).toEqual(['What did Lord Coleridge argue?']);
		expect(drafts[0].answer).toMatch(/but that it may be "the plainest and the highest duty to sacrifice it/);
	});

	it('ends a claim before ", and" opens a clause on another name, and asks who said it without "afterwards"', () => {
		const drafts = speechDrafts(
			templateContext('Will Clayton warned in a memorandum that Europe was steadily deteriorating, and George Kennan began a recovery scheme.', '2026-12-04')
		);
		expect(drafts.find((d) => d.template === 'claim')?.answer).toBe('That Europe was steadily deteriorating');
		const who = speechDrafts(
			templateContext('Jan Masaryk said bitterly afterwards that he had gone to Moscow as a minister and come back as a servant.', '2026-12-04')
		)
			.filter((d) => d.template === 'who-said')
			.map((d) => d.prompt);
		expect(who).toEqual(['Who said bitterly that he had gone to Moscow as a minister and come back as a servant?']);
	});

	it('asks no claim whose reported speech holds a quotation in its middle, which is asked on its own', () => {
		const text = 'Mario Draghi argued that the bank was ready to do "whatever it takes" to preserve the euro, and the pressure eased.';
		expect(claims(text)).toEqual([]);
	});

	it('asks what someone claimed, but not a bare "What did X say?", which has many answers', () => {
		expect(claims('Vincenzo Peruggia claimed that he had acted out of patriotism for Italy.')).toEqual(['What did Vincenzo Peruggia claim?']);
		expect(claims('Jane Goodall later said that she had believed chimpanzees were gentler than humans.')).toEqual([]);
	});

	it('asks what a named person showed or believed, about a definite subject only', () => {
		expect(claims('In the 1960s the American ecologist Lincoln Brower showed that blue jays which ate a monarch promptly vomited.')).toEqual([
			'What did Lincoln Brower show?'
		]);
		expect(claims('President Thomas Jefferson hoped that a short portage would link the Missouri to a river flowing into the Pacific.')).toEqual([
			'What did Thomas Jefferson hope?'
		]);
		expect(claims('The biologist Thomas Seeley showed that the scouts compete until one site gathers enough support.')).toEqual([
			'What did biologist Thomas Seeley show about the scouts?'
		]);
	});

	it('asks no "about" a question word ("about which approach"), but the finding whole', () => {
		expect(claims('The economist Martin Weitzman showed that which approach is better depends on how quickly the costs of damage change.')).toEqual([
			'What did economist Martin Weitzman show?'
		]);
	});

	it('asks no "about" a condition ("about if people")', () => {
		expect(claims('The chemist Robert White warned that if people followed her teachings, the insects would inherit the earth.')).toEqual([
			'What did chemist Robert White warn?'
		]);
	});

	it('asks no "about" a thing owned by what the card never names ("about its criticism")', () => {
		expect(
			claims(
				'Although the advertisement never named him, the commissioner L. B. Sullivan argued that its criticism of the police was an attack on him personally.'
			)
		).toEqual(['What did L. B. Sullivan argue?']);
	});
});
