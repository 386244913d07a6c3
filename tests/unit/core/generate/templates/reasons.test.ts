import { reasonDrafts } from '$lib/core/generate/templates/reasons';
import { context, asked, answers, prompts } from './reason-cards';

describe('why questions', () => {
	it('asks why of a clause that gives its reason, answered by the reason', () => {
		const drafts = reasonDrafts(
			context('Asian governments built up huge reserves of foreign currency so that they would never again have to ask the IMF for help.')
		);
		expect(drafts).toHaveLength(1);
		expect(drafts[0]).toMatchObject({
			type: 'flashcard',
			prompt: 'Why did Asian governments build up huge reserves of foreign currency?',
			answer: 'So that they would never again have to ask the IMF for help'
		});
	});

	it('asks why of a clause joined by "but" whose "it" is the subject the first clause names', () => {
		const text =
			'In 1890 Koch announced a substance he called tuberculin, made from the bacteria, as a treatment. It failed as a cure and caused a scandal, but it later proved valuable as a diagnostic test, because infected people react to it on the skin.';
		expect(prompts(text)).toContain('Why did tuberculin prove valuable as a diagnostic test?');
	});

	it('asks why of the main clause past an opening "while" or "although" clause', () => {
		const text =
			'In 1965, while the eruption was still going on, the Icelandic government declared Surtsey a nature reserve so that scientists could watch life arrive.';
		expect(prompts(text)).toEqual(['Why did the Icelandic government declare Surtsey a nature reserve in 1965?']);
		expect(prompts('Although the cost was high, the city built a second reservoir so that it would never run dry again.')).toEqual([
			'Why did the city build a second reservoir?'
		]);
	});

	it('asks no why of a participle that describes the subject, the clause’s own verb still to come', () => {
		const text =
			'The physics first measured with wooden stakes now shapes forecasts of sea-level rise, because the speed of the ice controls how fast the sheets shrink.';
		expect(prompts(text)).toEqual([]);
	});

	it('asks why of a name with an aside whose "and experienced" joins no verb', () => {
		expect(prompts('Richard Harris, an Australian anaesthetist and experienced cave diver, sedated each boy so that he would not panic underwater.')).toEqual([
			'Why did Richard Harris, an Australian anaesthetist and experienced cave diver, sedate each boy?'
		]);
	});

	it('asks why of a clause after ", and" whose "she" is the person told of, when the first clause names no one', () => {
		const text =
			'Lise Meitner was born in Vienna in 1878. Her parents supported her ambitions, and in 1907 she moved to Berlin so that she could attend lectures.';
		expect(prompts(text)).toContain('Why did Lise Meitner move to Berlin in 1907?');
	});

	it('asks why of a clause that states its purpose with a bare "to", answered by the purpose', () => {
		expect(asked('Hundreds of thousands of people rallied on Alexanderplatz in November 1989 to demand free elections, and the police stood by.')).toEqual([
			['Why did hundreds of thousands of people rally on Alexanderplatz in November 1989?', 'To demand free elections']
		]);
		expect(asked('Late in 1921 the biochemist James Collip joined the team to purify the extract.')).toEqual([
			['Why did the biochemist James Collip join the team late in 1921?', 'To purify the extract']
		]);
	});

	it('finds no purpose in "arranged for her to study", "a reason to rush" or "sachets to be dissolved"', () => {
		expect(reasonDrafts(context('Louis Leakey also arranged for her to study at the University of Cambridge in 1962.'))).toEqual([]);
		expect(reasonDrafts(context("Virginia's Racial Integrity Act of 1924 forbade a white person to marry anyone who was not white."))).toEqual([]);
		expect(
			reasonDrafts(context('UNICEF promoted a standard formula of oral rehydration salts, sold in cheap sachets to be dissolved in clean water.'))
		).toEqual([]);
		expect(reasonDrafts(context('With deposits guaranteed, nobody has a reason to rush to the counter of Northern Rock.'))).toEqual([]);
	});

	it('finds no purpose in a "to" that something before it governs or that says which one', () => {
		for (const text of [
			'The dealers pressed manufacturers to stop supplying the newcomer.',
			'Her doctorate made her only the second woman to earn one at the university.',
			'In 1989 Wangari Maathai opposed a plan by the ruling party to build a tower in the park.',
			'Customs law gave a ship 20 days to unload and pay its duties in the port of Boston.',
			'In 1741 Handel accepted an invitation to give a season of concerts in Dublin.',
			'Representatives of 16 nations gathered in Paris in July 1947 to draw up a plan.',
			'The Civilian Conservation Corps put young men to work on conservation projects.',
			'That the continent did not become an arena of rivalry is largely thanks to a short treaty signed in 1959.'
		])
			expect(reasonDrafts(context(text))).toEqual([]);
	});

	it('asks no why whose reason names no one ("thanks to one stubborn official"), nor of an infinitive inside an aside', () => {
		for (const text of [
			'The United States largely escaped the thalidomide disaster thanks to one stubborn official.',
			'Nijinsky rejected the graceful conventions of classical ballet, asking dancers to stamp and turn their feet inwards.',
			'In October 1962 Congress passed the Kefauver-Harris Amendment, which required manufacturers to prove that new drugs were effective.'
		])
			expect(reasonDrafts(context(text))).toEqual([]);
	});

	it('asks no why of a clause that a colon joins to another statement', () => {
		expect(
			reasonDrafts(
				context(
					"Marie Curie also made a pact with her elder sister, Bronisława: Maria would work as a governess to pay for Bronisława's medical studies in Paris, and Bronisława would later return the favour."
				)
			)
		).toEqual([]);
	});

	it('asks why of a clause in the present with "does" or "do", where the subject agrees with the verb', () => {
		expect(asked('The hole forms over Antarctica because of the extreme cold.')).toEqual([
			['Why does the hole form over Antarctica?', 'Because of the extreme cold']
		]);
		expect(asked('Some vaccines need more than one dose because memory fades.')).toEqual([
			['Why do some vaccines need more than one dose?', 'Because memory fades']
		]);
		// compromise reads "projects" and "campaign" as verbs: the subject left ("Such", "her") agrees with nothing.
		expect(asked('Such projects remain rare, however, because barrages are expensive to build.')).toEqual([]);
		expect(asked('Because trees grew on land that powerful people wanted, her campaign soon became political.')).toEqual([]);
		// "…, then circles back": a second present verb is a clause the question would not turn.
		expect(asked('The forager runs forward in a straight line, then circles back to her starting point, so that she can start again.')).toEqual([]);
	});

	it('names the "it" of a main clause after the subject of the reason before it, when the two agree', () => {
		expect(asked('Because the error was so precisely known, it could be corrected.')).toEqual([
			['Why could the error be corrected?', 'Because the error was so precisely known']
		]);
		expect(asked('Because the errors were so precisely known, it could be corrected.')).toEqual([]);
		expect(asked('Because bees cannot see in the dark, they read the dance by touch.')).toEqual([
			['Why do bees read the dance by touch?', 'Because bees cannot see in the dark']
		]);
	});

	it('asks why of the clause after ", and" when that clause gives the reason', () => {
		expect(asked('Buses crawled behind men carrying flares, and ambulances largely stopped running because drivers could not find their way.')).toEqual([
			['Why did ambulances largely stop running?', 'Because drivers could not find their way']
		]);
	});

	it('asks why of a clause after ", and" that opens on its reason, its "it" or "they" the subject of the first clause', () => {
		expect(asked('mRNA is fragile, and because it carries a strong negative charge, it cannot cross a cell membrane on its own.')).toEqual([
			["Why can't mRNA cross a cell membrane on its own?", 'Because it carries a strong negative charge']
		]);
		expect(asked('The cells are small, and because they are charged, they cannot cross the membrane.')).toEqual([
			["Why can't the cells cross the membrane?", 'Because they are charged']
		]);
		// A singular subject is no "they".
		expect(asked('The cell is small, and because they are charged, they cannot cross the membrane.')).toEqual([]);
	});

	it('answers a reason named by a description as the article names the thing ("the holiday" as All Saints\' Day)', () => {
		const text = "It was All Saints' Day, a major religious holiday. Because of the holiday, churches were crowded, and candles had been lit on altars.";
		expect(asked(text)).toContainEqual(['Why were churches crowded?', "Because of All Saints' Day"]);
	});

	it('asks no why of an infinitive that says what a leave was for ("independence to set interest rates")', () => {
		expect(prompts('In May 1997 the new Chancellor, Gordon Brown, gave the Bank of England operational independence to set interest rates.')).toEqual([]);
	});

	it('asks no why of an opening purpose that only points back, but of the purpose the clause gives after it', () => {
		expect(asked('To mark the occasion, the Boston Athletic Association retired the number 261, so that no other runner will ever wear it.')).toEqual([
			['Why did the Boston Athletic Association retire the number 261?', 'So that no other runner will ever wear it']
		]);
		expect(asked('To protect the runners, the Boston Athletic Association closed the course, so that no car could enter it.')).not.toContainEqual([
			'Why did the Boston Athletic Association close the course, so that no car could enter it?',
			'To protect the runners'
		]);
	});

	it('ends a reason with no comma after it at the subject that follows, never asking of a relative clause', () => {
		const text = 'Because of the Fugitive Slave Act she guided many passengers all the way to Canada, where slavery had been abolished.';
		expect(asked(`Harriet Tubman escaped in 1849. ${text}`)).toContainEqual([
			'Why did Harriet Tubman guide many passengers all the way to Canada?',
			'Because of the Fugitive Slave Act'
		]);
		expect(prompts('Because of the new act the passengers travelled all the way to Canada, where slavery had been abolished.')).toEqual([]);
	});

	it('asks the why-question the article asks itself, answered by the reason after it', () => {
		const text = 'Most schools now restrict phones. So why ban phones at all? Because school is for learning, and learning needs attention.';
		expect(asked(text)).toContainEqual(['Why ban phones at all?', 'Because school is for learning, and learning needs attention']);
		// A question that leans on the sentence before asks nothing a card can show.
		expect(prompts('Most schools now restrict phones. So why does it matter? Because learning needs attention.')).toEqual([]);
		// The writer arguing in the first person asks and answers their own case.
		const argued =
			'My argument is simple. Most schools now restrict phones, and I think they are right. So why ban phones at all? Because learning needs attention.';
		expect(asked(argued)).toContainEqual(['According to the author, why ban phones at all?', 'Because learning needs attention']);
	});

	it('reads a reason on to its ", not …" and never asks a clause that opens on "not"', () => {
		expect(
			asked(
				'The sequence came out in January, and because a vaccine needs only that sequence, not a virus grown in a laboratory, Moderna had a candidate within days.'
			)
		).toEqual([['Why did Moderna have a candidate within days?', 'Because a vaccine needs only that sequence, not a virus grown in a laboratory']]);
	});

	it('finds no purpose in what was not done, in what generations are needed for, or in "to replace him" and "to add a third"', () => {
		expect(answers('At the salt works in May 1930 the volunteers did not raise their arms to protect themselves.')).toEqual([]);
		expect(answers('The Aral Sea shows that a lake drained for a harvest can take generations to understand.')).toEqual([]);
		expect(answers('In 1953 President Dwight Eisenhower appointed Earl Warren to replace him.')).toEqual([]);
		expect(answers('In 1948 thousands of Berliners built a new runway at Tegel to add a third.')).toEqual([]);
		expect(answers('To add a third, thousands of Berliners built a new runway at Tegel largely by hand.')).toEqual([]);
	});

	it('asks no why whose reason only says what the asked thing is ("because they are real")', () => {
		expect(answers('The objections deserve a fair hearing, because they are real.')).toEqual([]);
		expect(answers('The objections deserve a fair hearing, because they come from parents who drive their children to school.')).toHaveLength(1);
	});

	it('names a cause of one word after "because of", never "this"', () => {
		expect(answers('In August 1953 Frida Kahlo’s right leg was amputated below the knee because of gangrene.')).toEqual(['Because of gangrene']);
		expect(answers('In August 1953 Frida Kahlo’s right leg was amputated below the knee because of this.')).toEqual([]);
	});

	it('reads "to" after a noun it completes ("commitment to free trade") as no purpose', () => {
		expect(asked('In 1932 Britain abandoned its long commitment to free trade and agreed a system of imperial preference.')).toEqual([]);
	});

	it('asks why of a main clause whose reason opens the sentence, the pronoun in the reason left to the person named after it', () => {
		const drafts = reasonDrafts(
			context(
				'Hubert Latham set out from Sangatte on 19 July 1909. Because his aircraft had to be replaced, Latham lost several days, and that delay gave Louis Blériot his chance.'
			)
		);
		expect(drafts.map((d) => [d.prompt, d.answer])).toEqual([['Why did Hubert Latham lose several days?', 'Because his aircraft had to be replaced']]);
	});

	it('asks "did … have" of "had" as a verb of its own, and cuts a second clause off the reason', () => {
		const drafts = reasonDrafts(
			context('Frida Kahlo’s mother had a special easel made so that she could paint lying down, and a mirror was fixed above her bed.')
		);
		expect(drafts.map((d) => [d.prompt, d.answer])).toEqual([
			['Why did Frida Kahlo’s mother have a special easel made?', 'So that she could paint lying down']
		]);
	});

	it('asks "do … have" of "have" as a verb of its own in the present, and no question that holds a second "why"', () => {
		const waves = 'The waves bounce off the metal walls of the oven and interfere, producing a fixed pattern of hot and cold spots.';
		expect(prompts(`${waves} That is why many ovens have a turntable, which carries the food through the pattern.`)).toEqual([
			'Why do many ovens have a turntable?'
		]);
		expect(prompts('Tides have long tempted engineers because they are so predictable.')).toEqual(['Why have tides long tempted engineers?']);
		expect(
			prompts('Every drop that lies 42 degrees from that point sends red light to the eye. That is why a rainbow is curved, why red lies on the outside.')
		).toEqual([]);
	});

	it("moves a short phrase before the subject to the end of the question, but asks nothing of a reported clause's purpose", () => {
		expect(prompts('In the flop, the jumper arches his back over the bar so that his head and legs pass over it in turn.')).toEqual([
			'Why does the jumper arch his back over the bar in the flop?'
		]);
		expect(prompts('In the Soviet Union, Mikhail Gorbachev’s reforms signalled that Moscow would no longer send tanks to prop up its allies.')).toEqual([]);
	});

	it('drops a hedge left at the end of the question', () => {
		const drafts = reasonDrafts(
			context('The Lowell Observatory adopted the name in May 1930, partly because its first two letters were the initials of Percival Lowell.')
		);
		expect(drafts[0]?.prompt).toBe('Why did the Lowell Observatory adopt the name in May 1930?');
		expect(prompts('George Eastman invented the name Kodak himself, reportedly because he liked the strong sound of the letter K.')).toEqual([
			'Why did George Eastman invent the name Kodak himself?'
		]);
	});

	it('leaves a reason that a clause or a participle nearer to it may own', () => {
		const tomb = context(
			"Howard Carter chose to clear an area he had left alone earlier, below the tomb of Ramesses VI, because digging there would have blocked tourists' access to it."
		);
		expect(reasonDrafts(tomb).filter((d) => d.template === 'why')).toEqual([]);
		const lime = context(
			'Ignaz Semmelweis ordered everyone to wash their hands in chlorinated lime, chosen because it removed the smell of the dissecting room.'
		);
		expect(reasonDrafts(lime).filter((d) => d.template === 'why')).toEqual([]);
	});

	it('leaves a reason a relative clause may own, and one of what someone recalled', () => {
		expect(
			prompts(
				"Business writers often cite Kodak as a textbook case of the innovator's dilemma, in which a market leader hesitates to adopt a new technology because it would undermine existing profits."
			)
		).toEqual([]);
		expect(prompts('Steven Sasson later recalled that managers were unenthusiastic, because a camera that needed no film posed an obvious threat.')).toEqual(
			[]
		);
	});

	it('leaves a reason an aside may own, a reason inside a quotation, and a question about "its" something', () => {
		const canals = context(
			'Thousands of kilometres of other canals fed cotton and rice fields, many of them unlined and leaking, so that much of the water soaked away.'
		);
		expect(reasonDrafts(canals).filter((d) => d.template === 'why')).toEqual([]);
		const quoted = context('Lord Atkin said: "You must take reasonable care to avoid acts which you can foresee would injure your neighbour."');
		expect(reasonDrafts(quoted).filter((d) => d.template === 'why')).toEqual([]);
		const adopted = context('The observatory adopted it in May 1930 because its first two letters were the initials of Percival Lowell.');
		expect(reasonDrafts(adopted).filter((d) => d.template === 'why')).toEqual([]);
		const its = context('The judges ruled in 1932. Its influence was enormous because the principle was general rather than tied to ginger beer.');
		expect(reasonDrafts(its).filter((d) => d.template === 'why')).toEqual([]);
	});

	it('leaves a reason that belongs to what someone said, not to the saying', () => {
		expect(
			reasonDrafts(
				context('Paul Krugman argued that the crisis began with moral hazard, because lenders assumed that governments would rescue troubled banks.')
			)
		).toEqual([]);
	});
});

describe('why questions beside term blanks', () => {
	it('answers a purpose without the second verb joined by "but"', () => {
		expect(answers('The cell sacrifices a little lithium to build the film but becomes stable in return.')).toContain('To build the film');
	});

	it('leaves a purpose that belongs to what a court reasoned, and drops "precisely" before the reason', () => {
		expect(
			reasonDrafts(
				context('Chief Justice Earl Warren reasoned that questioning in a police station is coercive, so that a confession obtained there cannot be trusted.')
			)
		).toEqual([]);
		const drafts = reasonDrafts(context('Oslo’s first announcement backfired precisely because it sounded like a prohibition rather than a promise.'));
		expect(drafts[0]?.prompt).toBe('Why did Oslo’s first announcement backfire?');
	});

	it('asks why of a sentence that opens on its purpose, without the aside on its object', () => {
		expect(
			asked(
				"To decide who deserved the bonus, Henry Ford set up a Sociological Department, whose investigators visited employees' homes to check that they were sober."
			)
		).toEqual([['Why did Henry Ford set up a Sociological Department?', 'To decide who deserved the bonus']]);
	});

	it('finds no purpose in "To date, …", nor in one that only points back or names its object by a pronoun', () => {
		expect(prompts('To date, the museum has returned 40 objects to their owners.')).toEqual([]);
		expect(prompts('To support this point, the writer cited three studies of the law.')).toEqual([]);
		expect(prompts('To rescue it, the government of Lord North passed the Tea Act in May 1773.')).toEqual([]);
	});

	it('asks why of "That is why …", answered by the sentence before it in the paragraph', () => {
		const text =
			'Electrons are accelerated towards Earth and guided down magnetic field lines, which converge near the magnetic poles. That is why auroras usually appear in a ring-shaped band called the auroral oval.';
		expect(asked(text)).toEqual([
			[
				'Why do auroras usually appear in a ring-shaped band called the auroral oval?',
				'Electrons are accelerated towards Earth and guided down magnetic field lines, which converge near the magnetic poles'
			]
		]);
		// The card is checked against, and shown with, the sentence that holds its answer.
		expect(reasonDrafts(context(text))[0].sentence).toBe(0);
	});

	it('asks no "That is why" question the sentence before answers only with a pronoun, or across paragraphs', () => {
		expect(prompts('They are right that a ban would punish people. That is why every scheme has kept exemptions for disabled drivers.')).toEqual([]);
		expect(prompts('Electrons are guided down magnetic field lines to the poles.\n\nThat is why auroras usually appear in a ring around each pole.')).toEqual(
			[]
		);
	});

	it('asks why of what follows ", which is why", up to a semicolon, answered by the clause before', () => {
		expect(
			asked(
				'Lower the pressure and the boiling point falls, which is why water boils below 100C at the top of a high mountain; raise the pressure and the boiling point climbs.'
			)
		).toContainEqual(['Why does water boil below 100C at the top of a high mountain?', 'Lower the pressure and the boiling point falls']);
		expect(prompts('This first response is slow, which is why people are not protected the moment they receive a jab.')).toEqual([]);
	});

	it('asks no why of a verb inside the subject, and leaves no comma before the question mark', () => {
		const stars =
			'Because all the stars in the Small Magellanic Cloud lie at roughly the same distance from Earth, differences in how bright they appear must reflect real differences in how much light they give off.';
		for (const prompt of prompts(stars)) expect(prompt).not.toMatch(/^Why do differences/);
		const computers =
			'The director, Edward Charles Pickering, employed a team of women, known as "computers," to examine the photographic plates the observatory was collecting.';
		for (const prompt of prompts(computers)) expect(prompt).not.toMatch(/,["”]?\?$/);
		expect(prompts(computers).length).toBeGreaterThan(0);
	});

	it('takes no past verb that goes on an earlier subject for a subject of its own ("Why did feared renew fighting?")', () => {
		const exiles =
			'The exiles worked long hours in the cloth trade, worried that their children were becoming Dutch, and feared renewed fighting, because a truce was due to expire in 1621.';
		expect(prompts(exiles).filter((p) => /^Why did feared\b/.test(p))).toEqual([]);
		// A subject of one word that is no verb still asks its why.
		expect(prompts('Farmers feared renewed fighting because a truce was due to expire in 1621.')).toContain('Why did farmers fear renewed fighting?');
	});

	it('asks the main clause after a noun phrase that names a fronted reason again', () => {
		const pause =
			'Because a patch that has just fired cannot fire again for a moment, a pause known as the refractory period, the signal moves in only one direction.';
		expect(prompts(pause)).toContain('Why does the signal move in only one direction?');
		expect(prompts(pause).filter((p) => /^Why did a pause\b/.test(p))).toEqual([]);
	});

	it('reads a bare noun and its participle after ", and" as one more thing listed, not a clause of its own', () => {
		const kit =
			'She wore a two-piece swimsuit she had designed herself, and motorcycle goggles sealed with paraffin wax to keep the salt water out of her eyes.';
		expect(prompts(kit).filter((p) => /^Why did motorcycle goggles\b/.test(p))).toEqual([]);
	});

	it('reads a "so that" with no "could" or "would" after a subject that does nothing on purpose as a result, not a reason', () => {
		expect(asked('The bubbles make the water lighter so that it rises faster still.')).toEqual([
			['The bubbles make the water lighter. What is the result?', 'It rises faster still']
		]);
		// Someone who acts does so for a purpose.
		expect(asked('Men dug away the sediment inside so that the caissons sank under the weight of the masonry piled on top.')).toEqual([
			['Why did men dig away the sediment inside?', 'So that the caissons sank under the weight of the masonry piled on top']
		]);
	});
});
