import { digitsForNumbers, isDigitForm, numberDigits, numberSpans } from '$lib/core/quiz/number-words';

describe('numberDigits', () => {
	it.each([
		['zero', '0'],
		['one', '1'],
		['Seven', '7'],
		['seventeen', '17'],
		['twenty', '20'],
		['twenty-one', '21'],
		['Twenty One', '21'],
		['forty-two', '42'],
		['ninety-nine', '99'],
		['hundred', '100'],
		['a hundred', '100'],
		['one hundred', '100'],
		['2,000', '2000'],
		['1,000,000', '1000000'],
		['3.5', '3.5'],
		['42', '42']
	])('%j is %s', (raw, digits) => {
		expect(numberDigits(raw)).toBe(digits);
	});
});

describe('digitsForNumbers', () => {
	it.each([
		['four years', '4 years'],
		['twenty-one guns', '21 guns'],
		['seventeen', '17'],
		['someone', 'someone'],
		['tone', 'tone'],
		['G7', 'G7'],
		['2,000 troops', '2000 troops'],
		['12,34', '12,34'],
		['one of the allies', '1 of the allies'],
		['fifty-fifty', '50-50']
	])('%j → %j', (text, expected) => {
		expect(digitsForNumbers(text)).toBe(expected);
	});
});

describe('numberSpans', () => {
	it('lists numbers as written and as digits, in order', () => {
		expect(numberSpans('Three talks in 2,018 days, twenty-one leaders')).toEqual([
			{ raw: 'Three', digits: '3' },
			{ raw: '2,018', digits: '2018' },
			{ raw: 'twenty-one', digits: '21' }
		]);
	});

	it('finds none in text without numbers', () => {
		expect(numberSpans('Seoul looks to Biden')).toEqual([]);
	});
});

describe('isDigitForm', () => {
	it.each([
		['2000', true],
		['2,000', true],
		['3.5', true],
		['three', false],
		['G7', false]
	])('%j → %s', (raw, expected) => {
		expect(isDigitForm(raw)).toBe(expected);
	});
});
