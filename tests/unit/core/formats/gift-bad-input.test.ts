/**
 * Bad GIFT: each broken question gives one clear error with its line, and the
 * file gives no bank at all, so nothing can be written from it.
 */
import { parseGift } from '$lib/core/formats/gift';
import { MAX_FIELD_CHARS } from '$lib/core/formats/build';
import { MAX_FILE_BYTES } from '$lib/core/formats/text';
import { failed } from './helpers';

const FINE = 'Capital of Korea? {=Seoul ~Busan}\n\n';

/** The one problem of a file that fails, checked to be the only one. */
function onlyProblem(text: string) {
	const result = parseGift(text);
	expect(result.ok).toBe(false);
	const error = failed(result);
	expect(error.problems).toHaveLength(1);
	return error.problems[0];
}

describe('parseGift on bad input', () => {
	it('an answer set opened with { and never closed', () => {
		expect(onlyProblem(`${FINE}River? {=Han ~Nile\n`)).toEqual({ line: 3, message: 'the answers opened with { are never closed with }' });
	});

	it('a weight of 150%', () => {
		expect(onlyProblem(`${FINE}Colours? {~%150%red ~%-50%blue}\n`)).toEqual({ line: 3, message: 'the weight 150% is outside -100% to 100%' });
		expect(onlyProblem(`${FINE}Capital? {=Seoul =%150%Soul}\n`).message).toBe('the weight 150% is outside -100% to 100%');
		expect(onlyProblem(`${FINE}Year? {#=1822 =%-150%1821}\n`).line).toBe(3);
	});

	it('a choose all that apply question whose right weights do not add up to 100%', () => {
		expect(onlyProblem(`${FINE}\n\nWarm colours? {\n  ~%50%red\n  ~%40%orange\n  ~%-100%blue\n}\n`)).toEqual({
			line: 5,
			message: "the right answers' weights add up to 90%, not 100%"
		});
		expect(onlyProblem(`${FINE}Warm? {~%50%red ~%50%orange ~%50%yellow}`).message).toBe("the right answers' weights add up to 150%, not 100%");
	});

	it('a number with negative credit, and a number that is not one', () => {
		expect(onlyProblem(`${FINE}Year? {#=1822 =%-50%1821}`).message).toMatch(/a number earns 0% to 100%/);
		expect(onlyProblem(`${FINE}Year? {#eighteen}`).message).toMatch(/is not a number/);
	});

	it('a huge file: refused whole with the size, or read to its one bad question', () => {
		expect(failed(parseGift('a'.repeat(MAX_FILE_BYTES + 1))).message).toBe('the file is larger than 100 MB, the most Factdeck imports');
		const many = 50_000;
		const text = `${Array.from({ length: many }, (_, i) => `Question ${i}? {=a${i} ~b${i}}`).join('\n\n')}\n\nLast? {~%50%x ~%20%y}\n`;
		expect(onlyProblem(text)).toEqual({ line: many * 2 + 1, message: "the right answers' weights add up to 70%, not 100%" });
	});
});

describe('parseGift and the field cap', () => {
	it('leaves out a matching question with an item over the cap, with its line, and reads the rest', () => {
		const r = parseGift(`${FINE}Match. {=${'a'.repeat(MAX_FIELD_CHARS + 1)} -> 1 =b -> 2}\n`);
		expect(r.ok && r.unsupported).toEqual([{ line: 3, kind: 'too long', message: expect.stringContaining('characters') }]);
		expect(r.ok && r.bank.questions).toHaveLength(1);
	});
});
