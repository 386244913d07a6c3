import { aikenSkipped, emitAiken, parseAiken } from '$lib/core/formats/aiken';
import { parseGift } from '$lib/core/formats/gift';
import { carried, everyTypeBank, expectValid, failed, fixture, ok } from './helpers';

describe('parseAiken', () => {
	it('reads questions with A. and A) options and ANSWER lines', () => {
		const r = ok(parseAiken(fixture('aiken/capitals.txt'), { name: 'capitals.txt' }));
		expect(r.bank.title).toBe('capitals');
		expect(r.bank.questions.map((q) => [q.type, q.prompt, q.answer, q.choices])).toEqual([
			['mcq', 'What is the capital of South Korea?', 'Seoul', ['Busan', 'Seoul', 'Incheon']],
			['mcq', 'What is the capital of North Korea?', 'Pyongyang', ['Kaesong', 'Wonsan', 'Pyongyang', 'Hamhung']]
		]);
		expect(r.origins).toEqual([{ line: 1 }, { line: 7 }]);
		expectValid(r.bank);
	});

	it('lists every malformed question with its line', () => {
		const text = 'Q1?\nA. a\nB. b\nANSWER: C\n\nQ2?\nA. a\nC. c\nANSWER: A\n\nQ3?\nA. x\nB. y\n\nQ4?\nA. p\nB. q\nANSWER: A\n';
		const e = failed(parseAiken(text));
		expect(e.problems).toEqual([
			{ line: 4, message: 'the answer "C" is not one of the options A, B' },
			{ line: 8, message: 'option C where B was expected' },
			{ line: 11, message: 'the question has no ANSWER: line after its options' }
		]);
	});

	it('reports a question past Z once, however many options follow, in one line each', () => {
		const options = Array.from({ length: 70_000 }, () => 'A. a').join('\n');
		const e = failed(parseAiken(`Q?\n${options}\nANSWER: A\n`));
		expect(e.problems.filter((p) => p.message.startsWith('a question with more'))).toEqual([
			{ line: 28, message: 'a question with more than 26 options; Aiken letters them A to Z' }
		]);
		expect(e.problems.every((p) => !p.message.includes('\n') && p.message.length < 100)).toBe(true);
	});

	it('reports an option list with the same choice twice as unsupported, not as a crash', () => {
		const r = ok(parseAiken('Q?\nA. same\nB. same\nANSWER: A\n\nOk?\nA. yes\nB. no\nANSWER: A\n'));
		expect(r.bank.questions).toHaveLength(1);
		expect(r.unsupported?.[0]).toMatchObject({ line: 1, kind: 'invalid' });
	});
});

describe('emitAiken', () => {
	it('writes multiple choice and true/false, and names what it leaves out', () => {
		const bank = everyTypeBank();
		const text = emitAiken(bank);
		expect(text).toBe(
			'Which city is the capital of North Korea?\nA. Busan\nB. Pyongyang\nC. Kaesong\nANSWER: B\n\n' +
				'Busan is the capital of South Korea.\nA. True\nB. False\nANSWER: B\n'
		);
		expect(aikenSkipped(bank)).toEqual([bank.questions[0].id, bank.questions[1].id, bank.questions[4].id]);
	});

	it('leaves out choose all that apply and multiple choice with partial credit, and names them', () => {
		const bank = ok(parseGift('Warm? {~%50%red ~%50%orange ~blue}\n\nOz? {=Canberra ~%50%Sydney ~Perth}\n\nKorea? {=Seoul ~Busan}\n')).bank;
		expect(emitAiken(bank)).toBe('Korea?\nA. Seoul\nB. Busan\nANSWER: A\n');
		expect(aikenSkipped(bank)).toEqual([bank.questions[0].id, bank.questions[1].id]);
	});

	it('round-trips multiple choice: bank → Aiken → bank', () => {
		const bank = everyTypeBank();
		const mcq = bank.questions[2];
		const back = ok(parseAiken(emitAiken({ ...bank, questions: [mcq] })));
		const { explanation: _e, tags: _t, ...kept } = carried(mcq);
		expect(back.bank.questions.map(carried)).toEqual([kept]);
	});
});
