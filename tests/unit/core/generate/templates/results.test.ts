import { reasonDrafts } from '$lib/core/generate/templates/reasons';
import { context, asked, answers, prompts } from './reason-cards';

describe('result questions', () => {
	it('reads ", so that" with no "could" or "would" as a result, and with one as a purpose', () => {
		expect(asked('This temperature inversion acted like a lid, so that the smoke from millions of chimneys had nowhere to go.')).toEqual([
			['This temperature inversion acted like a lid. What was the result?', 'The smoke from millions of chimneys had nowhere to go']
		]);
		expect(asked('In 1907 Lise Meitner moved to Berlin, so that she could attend the lectures of Max Planck.')).toEqual([
			['Why did Lise Meitner move to Berlin in 1907?', 'So that she could attend the lectures of Max Planck']
		]);
	});

	it('reads ", so" before a "may" as an example drawn from the claim, not its result', () => {
		const example =
			'Opponents point out that one national rate ignores huge differences in living costs, so a wage that seems modest in San Francisco may be high in rural Mississippi.';
		expect(asked(example).filter(([prompt]) => /result/.test(prompt))).toEqual([]);
	});

	it('asks "what is the result" of how things are, and "what was" of what happened', () => {
		expect(prompts('Higher interest rates make borrowing more expensive, so spending cools and firms find it harder to raise prices.')).toEqual([
			'Higher interest rates make borrowing more expensive. What is the result?'
		]);
		// A cause told in the past is what happened, whatever tense compromise reads in the result ("pedalled").
		expect(prompts('The stages averaged about 400 kilometres, so riders pedalled through the night.')).toEqual([
			'The stages averaged about 400 kilometres. What was the result?'
		]);
		expect(prompts('The bank raised interest rates sharply in 1980, so spending cooled and firms found it harder to raise prices.')).toEqual([
			'The bank raised interest rates sharply in 1980. What was the result?'
		]);
	});

	it('asks for the result a participle gives ("…, forcing …"), answered with what the cause did', () => {
		const drafts = reasonDrafts(context('The Hanoi Summit of 2019 collapsed without a deal, forcing Kim Jong Un to return home empty-handed.'));
		expect(drafts.map((d) => [d.prompt, d.answer])).toEqual([
			['The Hanoi Summit of 2019 collapsed without a deal. What was the result?', 'It forced Kim Jong Un to return home empty-handed']
		]);
	});

	it('reads "…, leaving" as a result only where it says what the cause brought about, not what it handed over', () => {
		expect(answers('In 1989 a powerful storm caused the collapse of the power grid, leaving six million people without electricity.')).toEqual([
			'It left six million people without electricity'
		]);
		expect(prompts('The rally in 1974 exhausted Anderson, leaving him too tired to compete in the final.')).toHaveLength(1);
		expect(prompts('Darwin himself stayed out of the public fight in 1860, leaving the defence to his allies.')).toEqual([]);
		expect(prompts('In 1908 the blast stripped the trees of their branches, leaving what looked like a forest of poles.')).toEqual([]);
		// What a scene was left like, with an "it" the answer could not name: "It left it littered with hats".
		expect(prompts('Cavalry charged, and within minutes the field was cleared, leaving it littered with hats, shoes and bodies.')).toEqual([]);
		// What the people who fled did as they went, not what their flight brought about.
		expect(prompts('On 23 February 1995 Leeson and his wife fled Singapore, leaving behind a note that said he was sorry.')).toEqual([]);
	});

	it('asks no result of a cause with no verb of its own, and answers a reason without a second verb of its clause', () => {
		expect(prompts('A second search later that night led to the arrest of Guy Fawkes, who was carrying slow matches.')).toEqual([]);
		expect(answers('The opening of Parliament was postponed several times because of plague and was finally fixed for 5 November 1605.')).toEqual([
			'Because of plague'
		]);
	});

	it('answers a result without a second fact joined after ", and", but keeps a quotation and an aside whole', () => {
		expect(
			answers('The extra reflection reverses the order of the colours, so the secondary bow has red on the inside, and some light escapes at each reflection.')
		).toEqual(['The secondary bow has red on the inside']);
		expect(
			answers(
				'The Pfizer vaccine had to be stored at minus 70 degrees, so early distribution depended on freezers that many clinics, and many poorer countries, did not have.'
			)
		).toEqual(['Early distribution depended on freezers that many clinics, and many poorer countries, did not have']);
	});

	it('asks for the result that "leaving", "allowing" or "which meant that" gives, answered with what the cause did', () => {
		expect(
			answers('On 13 March 1989 a powerful storm caused the collapse of the Hydro-Quebec power grid in Canada, leaving six million people without electricity.')
		).toEqual(['It left six million people without electricity']);
		expect(
			answers('In July 2008 Apple opened the App Store alongside the faster iPhone 3G, allowing outside developers to sell software for the phone.')
		).toEqual(['It allowed outside developers to sell software for the phone']);
		expect(answers('In 1898 Ernest Shackleton qualified as a master mariner, which meant that he could command a British ship anywhere in the world.')).toEqual(
			['It meant that he could command a British ship anywhere in the world']
		);
	});

	it('asks no result that leans on a sentence before it ("This charge …"), but one about the cause’s own subject', () => {
		expect(asked('Charge builds up in the cloud. Air is normally a good insulator, so this charge can keep building for minutes.')).toEqual([]);
		expect(answers('Bottles collected through a deposit system are clean and sorted, so they can be turned back into new bottles.')).toEqual([
			'They can be turned back into new bottles'
		]);
	});

	it('asks for the result of the sentence before a result opener', () => {
		const drafts = reasonDrafts(
			context('The Thai government ran out of reserves to defend the baht in 1997. As a result, the currency lost half its value within months.')
		);
		expect(drafts.map((d) => [d.prompt, d.answer])).toEqual([
			['The Thai government ran out of reserves to defend the baht in 1997. What was the result?', 'The currency lost half its value within months']
		]);
	});

	it('takes "As a result of X, …" for a cause inside the sentence, not a result of the one before', () => {
		const drafts = reasonDrafts(
			context('The flight made Louis Blériot famous across Europe. As a result of the publicity, orders for his aircraft poured in from several countries.')
		);
		expect(drafts.some((d) => /^Of the publicity/.test(String(d.answer)))).toBe(false);
	});

	it('answers "As a result of X" for the clause it opens', () => {
		const drafts = reasonDrafts(context('As a result of the publicity, orders for the Blériot XI poured in from several countries.'));
		expect(drafts.map((d) => [d.prompt, d.answer])).toEqual([
			['Why did orders for the Blériot XI pour in from several countries?', 'As a result of the publicity']
		]);
	});
});
