import { clozeCards, clozeRevealed, hasCloze } from '../../../../src/lib/core/formats/anki-cloze';

describe('cloze deletions', () => {
	it('makes one card per cloze number, other deletions shown as their text', () => {
		expect(clozeCards('{{c1::Seoul}} is the capital of {{c2::South Korea}}.')).toEqual([
			{ n: 1, prompt: '____ is the capital of South Korea.', answer: 'Seoul' },
			{ n: 2, prompt: 'Seoul is the capital of ____.', answer: 'South Korea' }
		]);
	});

	it('shows a hint next to the blank and joins repeated numbers', () => {
		expect(clozeCards('{{c1::Han::river}} and {{c1::Imjin}}')).toEqual([{ n: 1, prompt: '____ (river) and ____', answer: 'Han, Imjin' }]);
	});

	it('handles nested deletions', () => {
		const cards = clozeCards('{{c1::The {{c2::Han}} river}} flows west.');
		expect(cards).toEqual([
			{ n: 1, prompt: '____ flows west.', answer: 'The Han river' },
			{ n: 2, prompt: 'The ____ river flows west.', answer: 'Han' }
		]);
	});

	it('keeps an unclosed deletion as literal text', () => {
		expect(clozeCards('{{c1::open and {{c2::closed}}')).toEqual([{ n: 2, prompt: '{{c1::open and ____', answer: 'closed' }]);
		expect(hasCloze('{{c1::open')).toBe(false);
	});

	it('reveals every deletion for the back', () => {
		expect(clozeRevealed('{{c1::a::hint}} {{c2::b}}')).toBe('a b');
	});
});
