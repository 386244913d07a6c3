import { moodleGrade, moodleWeights, offGridQuestions } from '$lib/core/formats/moodle-grades';
import { emitGift, parseGift } from '$lib/core/formats/gift';
import { emitMoodleXml, parseMoodleXml } from '$lib/core/formats/moodle-xml';
import type { Bank, Question } from '$lib/core/bank/schema';

const multi = (weights: number[]): Question => ({
	id: 'q1',
	fact: 'f1',
	type: 'multi',
	prompt: 'Which are primes?',
	answer: 'unused',
	choices: ['2', '3', '4', '9'].slice(0, weights.length),
	weights
});
const bank = (...questions: Question[]): Bank => ({ format: 'factdeck.bank', version: 1, id: 'grades', title: 'Grades', questions });

describe('the grades Moodle accepts', () => {
	it('keeps a grade on the list, to Moodle precision', () => {
		for (const g of [100, 50, 33.33333, 33.33334, 66.66667, 14.28571, 12.5, 5, 0, -5, -33.33333, -100]) expect(moodleGrade(g)).toBe(g);
	});

	it('rounds any other to the nearest grade of the same sign, so a right choice stays right', () => {
		expect(moodleGrade(44)).toBe(40);
		expect(moodleGrade(47)).toBe(50);
		expect(moodleGrade(35)).toBe(33.33333);
		expect(moodleGrade(2)).toBe(5);
		expect(moodleGrade(-2)).toBe(-5);
		expect(moodleGrade(-60.5)).toBe(-60);
		expect(moodleGrade(140)).toBe(100);
	});

	it('names the questions a file for Moodle rounds', () => {
		const numbers: Question = {
			id: 'q2',
			fact: 'f2',
			type: 'numerical',
			prompt: 'Pi?',
			answer: '3.14',
			numbers: [
				{ value: 3.14, tolerance: 0, credit: 100 },
				{ value: 3, tolerance: 0, credit: 45 }
			]
		};
		expect(offGridQuestions(bank(multi([50, 50, -100]), numbers, multi([44, 56, -100])))).toEqual([2, 3]);
	});

	it('writes GIFT and Moodle XML that Moodle takes: the weights rounded, the right choices still right', () => {
		const written = bank(multi([44, 56, -100]));
		const gift = emitGift(written);
		expect(gift).toContain('~%40%2');
		expect(gift).toContain('~%60%3');
		const xml = emitMoodleXml(written);
		expect(xml).toContain('<answer fraction="40" format="plain_text">');
		expect(xml).toContain('<answer fraction="60" format="plain_text">');
		for (const read of [parseGift(gift), parseMoodleXml(xml)]) {
			if (!read.ok) throw new Error(JSON.stringify(read));
			expect(read.bank.questions[0]).toMatchObject({ type: 'multi', weights: [40, 60, -100] });
		}
	});

	it('leaves the weights of a choose-all question as they are when rounding would break their 100% total', () => {
		const q = multi([15, 85, -100]);
		expect(moodleWeights(q)).toEqual([15, 85, -100]);
		expect(moodleWeights(multi([84, 16, 0]))).toEqual([83.33333, 16.66667, 0]);
		expect(offGridQuestions(bank(q))).toEqual([1]);
	});
});
