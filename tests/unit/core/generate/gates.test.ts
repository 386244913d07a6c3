import type { Question } from '$lib/core/bank/schema';
import { analyze } from '$lib/core/generate/extract/index';
import { failedGates, gates } from '$lib/core/generate/gates';
import { generateBank } from '$lib/core/generate/index';
import { toQuestion } from '$lib/core/generate/rank';
import { scoreSentences } from '$lib/core/generate/score';
import { draftQuestions } from '$lib/core/generate/templates/index';
import { article, SEED } from './fixtures';

const text = article(SEED);
const analysis = analyze(text, '2021-02-03');
const ctx = { analysis, earlier: [] as Question[] };
const sentence = (start: string) => analysis.sentences.find((s) => s.text.startsWith(start))!;

/** A question about the seed sentence starting with `start`. */
function q(start: string, fields: Partial<Question>): Question {
	const s = sentence(start);
	return { id: 'q-test', fact: 'f', type: 'cloze', prompt: '', answer: '', source: { text: s.text, start: s.start, end: s.end }, ...fields };
}

describe('gates', () => {
	it('answerInSource: the answer must stand verbatim in the source sentence', () => {
		expect(gates.answerInSource(q('Before Biden', { prompt: 'Chinese leader ____ spoke.', answer: 'Xi Jinping' }), ctx)).toBe(true);
		expect(gates.answerInSource(q('Before Biden', { prompt: 'Chinese leader ____ spoke.', answer: 'Li Keqiang' }), ctx)).toBe(false);
	});

	it('answerInSource: a reason may name as the article does what its source calls "the …", but names nothing else', () => {
		const text = "It was All Saints' Day, a major religious holiday. Because of the holiday, churches were crowded.";
		const a = analyze(text, '2026-12-05');
		const s = a.sentences[1];
		const card = (answer: string): Question => ({
			id: 'q',
			fact: 'f',
			type: 'flashcard',
			prompt: 'Why were churches crowded?',
			answer,
			source: { text: s.text, start: s.start, end: s.end }
		});
		const here = { analysis: a, earlier: [] };
		expect(gates.answerInSource(card("Because of All Saints' Day"), here)).toBe(true);
		expect(gates.answerInSource(card('Because of Christmas Day'), here)).toBe(false);
	});

	it('answerInSource: a statement uses the article’s words; a false one differs from its source', () => {
		const start = 'National security officials';
		const s = sentence(start).text;
		expect(gates.answerInSource(q(start, { type: 'truefalse', prompt: s, answer: true }), ctx)).toBe(true);
		// Restated: reordered, with the year the article left out; every word is still the article's.
		expect(gates.answerInSource(q(start, { type: 'truefalse', prompt: s.replace('January 23', 'January 23, 2021'), answer: true }), ctx)).toBe(true);
		expect(gates.answerInSource(q(start, { type: 'truefalse', prompt: s.replace('January 23', 'January 27'), answer: false }), ctx)).toBe(true);
		expect(gates.answerInSource(q(start, { type: 'truefalse', prompt: s, answer: false }), ctx)).toBe(false);
		expect(gates.answerInSource(q(start, { type: 'truefalse', prompt: s.replace('officials', 'astronauts'), answer: true }), ctx)).toBe(false);
	});

	it('answerInSource: a date may carry its year and a person their full name', () => {
		expect(gates.answerInSource(q('Before Biden', { prompt: 'When did Xi Jinping speak with Moon Jae-in?', answer: 'January 26, 2021' }), ctx)).toBe(true);
		expect(gates.answerInSource(q('Kang and Blinken', { prompt: '____ and Antony Blinken both agreed.', answer: 'Kang Kyung-wha' }), ctx)).toBe(true);
		expect(gates.answerInSource(q('Before Biden', { prompt: 'When did Xi Jinping speak with Moon Jae-in?', answer: 'January 27, 2021' }), ctx)).toBe(false);
	});

	it('noGiveaway: an amount the prompt prints another way, a season’s first year, or one side of a pair beside the other', () => {
		const start = 'Kang and Blinken';
		const given = (prompt: string, answer: string) => gates.noGiveaway(q(start, { prompt, answer }), ctx);
		expect(given('A regulation game lasted ____, or 2,880 seconds.', '48 minutes')).toBe(false);
		expect(given('Each team took about ____ shots, or roughly 120 shots in all.', '60')).toBe(false);
		expect(given('Teams did not use a shot clock until the ____-86 season.', '1985')).toBe(false);
		expect(given('Drivers edged across from the ____ of the road to the right.', 'left-hand side')).toBe(false);
		// A share after "or" is another fact, and "20 or ____ times" is no restatement.
		expect(given('The Dow fell ____ points, or 22.6 per cent, to close at 1,738.74.', '508')).toBe(true);
		expect(given('He blacked out, sometimes 20 or ____ times a day.', '30')).toBe(true);
		expect(given('Drivers edged across from the ____ of the road.', 'left-hand side')).toBe(true);
	});

	it('noGiveaway: the headline, a word’s stem, or an acronym the prompt spells out give the answer away', () => {
		const start = 'Kang and Blinken';
		expect(gates.noGiveaway(q(start, { prompt: 'The ____ administration is new to Seoul.', answer: 'Biden' }), ctx)).toBe(false);
		expect(gates.noGiveaway(q(start, { prompt: 'The Sun is blocked by a ____.', answer: 'sunshield' }), ctx)).toBe(false);
		expect(gates.noGiveaway(q(start, { prompt: 'Trump insisted on Complete Verifiable Irreversible Denuclearization, or ____.', answer: 'CVID' }), ctx)).toBe(
			false
		);
		expect(gates.noGiveaway(q(start, { prompt: 'What does CVID stand for?', answer: 'Complete Verifiable Irreversible Denuclearization' }), ctx)).toBe(true);
		// An acronym the article never defines in brackets is still spelled out by the words before it.
		expect(gates.noGiveaway(q(start, { prompt: 'UNICEF promoted oral rehydration salts, or ____, sold in sachets.', answer: 'ORS' }), ctx)).toBe(false);
		// and the other way round: the short form after the blank spells the words asked.
		expect(
			gates.noGiveaway(q(start, { prompt: 'UNICEF promoted a standard formula of ____, or ORS, sold in sachets.', answer: 'oral rehydration salts' }), ctx)
		).toBe(false);
		expect(gates.noGiveaway(q(start, { prompt: 'The ____, known as BOAC, flew the Comet.', answer: 'British Overseas Airways Corporation' }), ctx)).toBe(false);
		expect(
			gates.noGiveaway(q(start, { prompt: 'The old strategy of pressuring North Korea with “____” is considered.', answer: 'strategic patience' }), ctx)
		).toBe(true);
	});

	it('a reason may open with a capital the source writes small, and name again what its question asks about', () => {
		const text = 'Every geyser behaves differently because every set of pipes is different. The leg was amputated because of gangrene.';
		const a = analyze(text, '2024-01-01');
		const card = (prompt: string, answer: string, at: number) => {
			const s = a.sentences[at];
			return { id: 'q', fact: 'f', type: 'flashcard', prompt, answer, source: { text: s.text, start: s.start, end: s.end } } as Question;
		};
		const why = { analysis: a, earlier: [] };
		expect(failedGates(card('Why does every geyser behave differently?', 'Because every set of pipes is different', 0), why)).toEqual([]);
		expect(failedGates(card('Why was the leg amputated?', 'Because of gangrene', 1), why)).toEqual([]);
		// An outcome names again what its condition names ("the reactor" and "reactors"): no giveaway.
		expect(gates.noGiveaway(card('What happens when the reactor overheats?', 'The reactors shut down', 0), why)).toBe(true);
		const forced = analyze('The summit collapsed without a deal, forcing Kim Jong Un to return home empty-handed.', '2024-01-01');
		const s = forced.sentences[0];
		const result = {
			id: 'q',
			fact: 'f',
			type: 'flashcard',
			prompt: 'The summit collapsed without a deal. What was the result?',
			source: { text: s.text, start: s.start, end: s.end }
		};
		expect(
			gates.answerInSource({ ...result, answer: 'It forced Kim Jong Un to return home empty-handed' } as Question, { analysis: forced, earlier: [] })
		).toBe(true);
		expect(
			gates.answerInSource({ ...result, answer: 'It forced Kim Jong Un to stay in Hanoi for a week' } as Question, { analysis: forced, earlier: [] })
		).toBe(false);
		// A card of another kind still may not repeat its answer's words, nor change a word's capital unasked.
		expect(gates.noGiveaway(card('What makes every geyser behave differently?', 'Different pipes', 0), why)).toBe(false);
		expect(gates.answerInSource(card('What happened to the leg?', 'Was amputated', 1), why)).toBe(false);
	});

	it('noGiveaway: the prompt may not hold the answer or another name of it', () => {
		const start = 'With the end of the Trump era';
		expect(
			gates.noGiveaway(
				q(start, { prompt: 'With the end of the Trump era, ____ also started to reshuffle his team, but regardless of what Moon does.', answer: 'Moon' }),
				ctx
			)
		).toBe(false);
		expect(gates.noGiveaway(q('Before Biden', { prompt: 'Who spoke with Moon? Xi did.', answer: 'Xi Jinping' }), ctx)).toBe(false);
		expect(gates.noGiveaway(q('Before Biden', { prompt: 'Who spoke with Moon on January 26?', answer: 'Xi Jinping' }), ctx)).toBe(true);
	});

	it('noDanglingReference: no leading pronoun, demonstrative or "his" before any name', () => {
		const ok = q('Kang and Blinken', { prompt: 'Kang and ____ both agreed that the issue is urgent.', answer: 'Blinken' });
		expect(gates.noDanglingReference(ok, ctx)).toBe(true);
		for (const prompt of [
			'It was the second call between the ____ and Moon administrations.',
			'Experts say that behind this rejection is ____’s realization.',
			'The two leaders shared their opinions on the ____.',
			'During his Senate confirmation hearing, ____ said it would be reviewed.',
			'Before it sailed, the fleet stopped at ____.',
			'On July 1, 1940, it tore itself apart in a ____ wind.',
			'Most ignored Srinivasa Ramanujan, but a letter containing ____ theorems reached Hardy.',
			'None of the three returned to class until after ____.',
			'In ____ it let a principal censor articles.',
			'Why was neither adopted in ____?',
			'Neither man had anything to do with the theft, and ____ was released.',
			'When were both men inducted into the ____?',
			'Those pupils scored ____ points higher.',
			'On that pass the three men were about ____ from Earth.',
			'When was their reality confirmed?'
		]) {
			expect(gates.noDanglingReference({ ...ok, prompt, answer: 'Seoul' }, ctx), prompt).toBe(false);
		}
		// "those whose schools did not" says who they are itself.
		const those = 'Who found no difference between pupils whose schools restricted phones and those whose schools did not?';
		expect(gates.noDanglingReference({ ...ok, prompt: those, answer: 'Victoria Goodyear' }, ctx)).toBe(true);
		// "With his adviser, …, Moon Jae-in spoke": a "his" in an opening phrase of company looks ahead to the subject.
		const ahead = 'With his adviser, the diplomat Chung Eui-yong, Moon Jae-in spoke with ____ on January 26.';
		expect(gates.noDanglingReference({ ...ok, prompt: ahead, answer: 'Xi Jinping' }, ctx)).toBe(true);
		expect(gates.noDanglingReference({ ...ok, prompt: 'With his adviser, Moon spoke with ____.', answer: 'Xi Jinping' }, ctx)).toBe(true);
		expect(gates.noDanglingReference({ ...ok, prompt: 'With his adviser, the team spoke with ____.', answer: 'Xi Jinping' }, ctx)).toBe(false);
		expect(gates.noDanglingReference({ ...ok, prompt: 'According to his diary, Moon Jae-in spoke with ____.', answer: 'Xi Jinping' }, ctx)).toBe(true);
	});

	it('noDanglingReference: no prompt or answer about a theme or subject the card never names', () => {
		const card = q('Kang', { type: 'flashcard', prompt: 'What did Voltaire do in 1759?', answer: 'Returned to the theme in his satirical novel Candide' });
		expect(gates.noDanglingReference(card, ctx)).toBe(false);
		expect(gates.noDanglingReference({ ...card, answer: 'Wrote the satirical novel Candide on the theme of optimism' }, ctx)).toBe(true);
		expect(gates.noDanglingReference({ ...card, prompt: 'When did Voltaire return to the theme in Candide?', answer: '1759' }, ctx)).toBe(false);
		expect(gates.noDanglingReference({ ...card, prompt: 'When did a 1954 study appear to settle the matter?', answer: '1954' }, ctx)).toBe(true);
	});

	it('noDanglingReference: no answer that is, or ends on, a "this" standing for the sentence before', () => {
		const card = q('Kang', { type: 'flashcard', prompt: 'What did the German chemist Robert Bunsen do in 1846?', answer: 'Worked out much of this' });
		expect(gates.noDanglingReference(card, ctx)).toBe(false);
		expect(gates.noDanglingReference({ ...card, answer: 'Showed that only the green parts of plants do this, and only in light' }, ctx)).toBe(false);
		expect(gates.noDanglingReference({ ...card, answer: 'Worked out how this kind of geyser erupts' }, ctx)).toBe(true);
	});

	it('noDanglingReference: a "his" whose verb has a person’s common noun for subject is that person’s own', () => {
		const ok = q('Kang and Blinken', { prompt: 'Kang and ____ both agreed that the issue is urgent.', answer: 'Blinken' });
		const own = { ...ok, type: 'flashcard' as const, prompt: 'Why does the jumper arch his back over the bar in the flop?', answer: 'So that …' };
		expect(gates.noDanglingReference(own, ctx)).toBe(true);
		expect(gates.noDanglingReference({ ...own, prompt: 'Why does the bar fall after his jump?' }, ctx)).toBe(false);
	});

	it('mcqChoicesWellFormed: four unique choices of the answer’s type and form, the answer among them', () => {
		const base = q('Before Biden', { type: 'mcq', prompt: 'When did Xi speak with Moon?', answer: 'January 26' });
		expect(gates.mcqChoicesWellFormed({ ...base, choices: ['January 20', 'January 26', 'January 27', 'January 23'] }, ctx)).toBe(true);
		expect(gates.mcqChoicesWellFormed({ ...base, choices: ['January 20', 'January 26', 'Joel Wit', 'January 23'] }, ctx)).toBe(false);
		expect(gates.mcqChoicesWellFormed({ ...base, choices: ['January 20', 'January 26', 'June 30, 2019', 'January 23'] }, ctx)).toBe(false);
		expect(gates.mcqChoicesWellFormed({ ...base, choices: ['January 20', 'January 26', 'January 20', 'January 23'] }, ctx)).toBe(false);
		expect(gates.mcqChoicesWellFormed({ ...base, choices: ['January 20', 'January 27', 'January 23', 'January 21'] }, ctx)).toBe(false);
		expect(gates.mcqChoicesWellFormed({ ...base, choices: ['January 20', 'January 26', 'January 27'] }, ctx)).toBe(false);
	});

	it('noNearDuplicate: no earlier question of the same type asking nearly the same thing', () => {
		const first = q('Before Biden', {
			prompt: 'When did Chinese leader Xi Jinping speak over the phone with South Korean President Moon Jae-in?',
			answer: 'January 26'
		});
		const again = { ...first, prompt: 'When did Chinese leader Xi Jinping speak on the phone with South Korean President Moon Jae-in?' };
		expect(gates.noNearDuplicate(again, { analysis, earlier: [first] })).toBe(false);
		expect(gates.noNearDuplicate(again, { analysis, earlier: [] })).toBe(true);
		expect(gates.noNearDuplicate({ ...again, type: 'short' }, { analysis, earlier: [first] })).toBe(true);
	});

	it('noBlankInSubordinateClause: the blank may not sit inside a subordinate clause', () => {
		const start = 'Before Biden';
		const inside = q(start, {
			prompt: 'Before Biden really ramps up his outreach in ____, Chinese leader Xi Jinping spoke over the phone with Moon.',
			answer: 'Asia'
		});
		const outside = q(start, {
			prompt: 'Before Biden really ramps up his outreach in Asia, Chinese leader ____ spoke over the phone with Moon.',
			answer: 'Xi Jinping'
		});
		expect(gates.noBlankInSubordinateClause(inside, ctx)).toBe(false);
		expect(gates.noBlankInSubordinateClause(outside, ctx)).toBe(true);
	});

	it('gates reject some of the seed’s drafts, and the bank keeps none that fail one', () => {
		const drafts = draftQuestions(analysis, scoreSentences(analysis)).map((d) => toQuestion(d, analysis));
		const failing = new Map<string, number>();
		for (const d of drafts) for (const name of failedGates(d, ctx)) failing.set(name, (failing.get(name) ?? 0) + 1);
		for (const name of ['noGiveaway', 'noDanglingReference']) {
			expect(failing.get(name) ?? 0, name).toBeGreaterThan(0);
		}
		const bank = generateBank(text, { published: '2021-02-03' });
		bank.questions.forEach((question, i) => {
			expect(failedGates(question, { analysis, earlier: bank.questions.slice(0, i) }), question.prompt).toEqual([]);
		});
	});
});

describe('gates on what the blind reviews turned away', () => {
	const a = analyze(
		'All 13 Freed From Flooded Cave After 18-Day Ordeal\n\nThe boys were brought out of the cave on Tuesday, ending an 18-day ordeal. They are now in hospital in the city of Chiang Rai. Doctors were trying to keep them warm.',
		'2018-07-11'
	);
	const ctx = { analysis: a, earlier: [] };
	const q = (prompt: string, answer: string, type: Question['type'] = 'cloze'): Question => ({
		id: 'q',
		fact: 'f',
		type,
		prompt,
		answer,
		source: { text: a.sentences[0].text, start: a.sentences[0].start, end: a.sentences[0].end }
	});

	it('turns away a number the headline gives, an answer ending on a preposition, and a weekday', () => {
		expect(gates.noGiveaway(q('The boys were brought out, ending an ____-day ordeal.', '18'), ctx)).toBe(false);
		expect(gates.noGiveaway(q('They are now in hospital in the ____ Chiang Rai.', 'city of'), ctx)).toBe(false);
		expect(gates.noGiveaway(q('The boys were brought out of the cave on ____.', 'Tuesday'), ctx)).toBe(false);
		expect(gates.noGiveaway(q('They are now in hospital in the city of ____.', 'Chiang Rai'), ctx)).toBe(true);
	});

	it('turns away a year the prompt counts from the event ("for the bicentenary"), but not a plain anniversary', () => {
		expect(gates.noGiveaway(q('In ____, for the massacre’s bicentenary, a memorial was unveiled near the site.', '2019'), ctx)).toBe(false);
		expect(gates.noGiveaway(q('The ballet’s centenary in ____ was marked by performances around the world.', '2013'), ctx)).toBe(false);
		expect(gates.noGiveaway(q('In ____ the United Nations declared June 30 Asteroid Day, marking the anniversary of the blast.', '2016'), ctx)).toBe(true);
	});

	it('turns away a cloze with no verb of its own', () => {
		expect(gates.wholeSentence(q('Trying to keep them ____.', 'warm'), ctx)).toBe(false);
		expect(gates.wholeSentence(q('Doctors were trying to keep them ____.', 'warm'), ctx)).toBe(true);
	});

	it('turns away a cloze cut at the colon after a verb of saying, what was said gone', () => {
		const said = 'Rose Schneiderman, an organiser for the union, told the audience: "I would be a traitor to these poor burned bodies."';
		const cut = (prompt: string): Question => ({ ...q(prompt, 'Rose Schneiderman'), source: { text: said, start: 0, end: said.length } });
		expect(gates.wholeSentence(cut('____, an organiser for the union, told the audience.'), ctx)).toBe(false);
		expect(gates.wholeSentence(cut('Rose Schneiderman, an organiser for the ____, told the audience: "I would be a traitor."'), ctx)).toBe(true);
	});

	it('turns away a cloze cut before the object two verbs share', () => {
		const said = 'He joined an expedition to Greenland, the first of four journeys to the island that would shape, and finally end, his life.';
		const cut = (prompt: string): Question => ({ ...q(prompt, 'Greenland'), source: { text: said, start: 0, end: said.length } });
		expect(gates.wholeSentence(cut('He joined an expedition to ____, the first of four journeys to the island that would shape.'), ctx)).toBe(false);
		expect(gates.wholeSentence(cut('He joined an expedition to ____, the first of four journeys to the island.'), ctx)).toBe(true);
	});

	it('turns away a cloze that is only a reason or a concession, with no clause it is given for', () => {
		expect(gates.wholeSentence(q('Because school is for learning, and learning ____.', 'needs attention'), ctx)).toBe(false);
		expect(gates.wholeSentence(q('Although the boys were brought out on ____.', 'Tuesday'), ctx)).toBe(false);
		expect(gates.wholeSentence(q('Because the cave flooded, the boys were brought out on ____.', 'Tuesday'), ctx)).toBe(true);
	});
});

describe('a time, a deed or a cleft the prompt leaves unnamed, or not', () => {
	const text = [
		'Citizen Kane and Its Critics',
		'',
		'The critics loved the film because it was new. It was not until 1968 that the government named the cause. For that work they received the prize in 2020. The prison held seven inmates that day. Scientists showed that time slows near a heavy mass. The Danish astronomer Ejnar Hertzsprung did so in 1913.'
	].join('\n');
	const a = analyze(text, '2026-12-06');
	const ctx = { analysis: a, earlier: [] };
	const dangling = (start: string) => {
		const s = a.sentences.find((x) => x.text.startsWith(start))!;
		const question: Question = { id: 'q', fact: 'f', type: 'truefalse', prompt: s.text, answer: true, source: { text: s.text, start: s.start, end: s.end } };
		return !gates.noDanglingReference(question, ctx);
	};

	it('turns away "they" after a fronted phrase, "that day" and "did so"', () => {
		expect(dangling('For that work')).toBe(true);
		expect(dangling('The prison held')).toBe(true);
		expect(dangling('The Danish astronomer')).toBe(true);
	});

	it('keeps a subject "it", a cleft and a "that" before a noun', () => {
		expect(dangling('The critics')).toBe(false);
		expect(dangling('It was not until')).toBe(false);
		expect(dangling('Scientists showed')).toBe(false);
	});
});

describe('a "him" the prompt names no one for', () => {
	const a = analyze(
		'Reform and Its Enemies\n\nPresident Rutherford B. Hayes removed Chester A. Arthur from his post in 1878. Harold Godwinson said that King Edward had promised him the throne.',
		'2026-12-06'
	);
	const ctx = { analysis: a, earlier: [] };
	const ok = (prompt: string, answer: string) =>
		gates.noDanglingReference(
			{ id: 'q', fact: 'f', type: 'cloze', prompt, answer, source: { text: a.sentences[0].text, start: a.sentences[0].start, end: a.sentences[0].end } },
			ctx
		);

	it('is no one the subject of its own verb, named or blanked', () => {
		expect(ok('When did President Rutherford B. Hayes remove him?', '1878')).toBe(false);
		expect(ok('President ____ removed him from his post in 1878.', 'Rutherford B. Hayes')).toBe(false);
	});

	it('may be a person named or blanked earlier in the prompt', () => {
		expect(ok('____ said that King Edward had promised him the throne.', 'Harold Godwinson')).toBe(true);
		expect(ok('Harold Godwinson said that King Edward had promised him the ____.', 'throne')).toBe(true);
	});
});
