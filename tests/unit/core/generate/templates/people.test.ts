import { templateContext } from '../fixtures';
import { peopleDrafts } from '$lib/core/generate/templates/people';

/** The who-is and role-of prompts the people template writes for a text published on `published`. */
function prompts(text: string, published: string): string[] {
	return [...new Set(peopleDrafts(templateContext(text, published)).map((d) => d.prompt))];
}

describe('who someone is', () => {
	const text =
		'Roger Enrico, the head of Pepsi-Cola’s US business, declared victory in 1985. Roger Enrico took out a full-page advertisement. Pepsi sales rose.';

	it('asks who someone is in news, and who someone was in a story long past', () => {
		expect(prompts(text, '1985-05-01')).toContain('Who is Roger Enrico?');
		expect(prompts(text, '2026-12-04')).toContain('Who was Roger Enrico?');
		expect(prompts(text, '2026-12-04')).not.toContain('Who is Roger Enrico?');
	});
});

describe('who holds a post', () => {
	it('answers "who was" with the name beside the role, not a thing named after the person earlier in the sentence', () => {
		const text =
			"This strip is called Alexander's dark band, after the Aristotelian philosopher Alexander of Aphrodisias, who described it around AD 200. Alexander of Aphrodisias wrote on Aristotle.";
		const answers = peopleDrafts(templateContext(text, '2026-12-04'))
			.filter((d) => d.template === 'who-is')
			.map((d) => d.answer);
		expect(answers.length).toBeGreaterThan(0);
		expect(new Set(answers)).toEqual(new Set(['Alexander of Aphrodisias']));
	});

	it('asks no "Who was the Lord Justice?" when the story has several, and no "Who was the Mr Justice?"', () => {
		const text =
			'In 1892 the appeal was heard by Lord Justice Lindley, Lord Justice Bowen and Lord Justice A. L. Smith. Lord Justice Bowen gave the best-known judgment. At the trial Mr Justice Hawkins found in her favour.';
		const asked = prompts(text, '2026-12-04');
		expect(asked).toContain('Who was Bowen?');
		expect(asked.filter((p) => /^Who (?:is|was) the (?:Lord|Mr) Justice\?$/.test(p))).toEqual([]);
		expect(prompts('Home Secretary Priti Patel announced the plan. Priti Patel spoke in London.', '2020-01-01')).toContain('Who is the Home Secretary?');
	});

	it('asks "Who was the German chemist?", whose role is only a nationality and a trade, after the rest; "the Chinese leader" is one man', () => {
		const drafts = peopleDrafts(
			templateContext('The German chemist Robert Bunsen worked out much of this in 1846. Robert Bunsen lowered thermometers into the tube.', '2026-12-04')
		);
		const score = (prompt: string) => Math.max(...drafts.filter((d) => d.prompt === prompt).map((d) => d.score));
		expect(score('Who was the German chemist?')).toBeGreaterThan(0);
		// Asked the other way, "Who was Robert Bunsen?" answered "German chemist" is the job title alone, weighed as low.
		const telling = peopleDrafts(
			templateContext(
				'Robert Bunsen, a professor at the University of Heidelberg, worked out much of this in 1846. Robert Bunsen lowered thermometers into the tube.',
				'2026-12-04'
			)
		);
		const forward = (drafts: typeof telling) => Math.max(...drafts.filter((d) => d.prompt === 'Who was Robert Bunsen?').map((d) => d.score));
		expect(forward(drafts)).toBeLessThan(0.5 * forward(telling));
		expect(score('Who was the German chemist?')).toBeLessThan(0.5 * forward(telling));
		expect(prompts('The Chinese leader Xi Jinping spoke to Joe Biden. Xi Jinping said little.', '2021-02-11')).toContain('Who is the Chinese leader?');
	});

	it('takes a compass point before a nationality ("the South Australian explorer") for part of it, not for a name', () => {
		const best = (text: string, template: string) =>
			Math.max(
				...peopleDrafts(templateContext(`${text} John McDouall Stuart crossed it in 1862.`, '2026-12-04'))
					.filter((d) => d.template === template)
					.map((d) => d.score)
			);
		const vague = best('The society hoped to beat the South Australian explorer John McDouall Stuart across the continent.', 'who-is');
		// A post one person holds names them: "the South Australian premier".
		const telling = best('The society hoped to beat the South Australian premier John McDouall Stuart across the continent.', 'who-is');
		expect(vague).toBeGreaterThan(0);
		expect(vague).toBeLessThan(0.5 * telling);
	});
});
