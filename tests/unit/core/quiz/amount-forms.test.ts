import { readAmount, sameAmount } from '$lib/core/quiz/amount-forms';

describe('readAmount', () => {
	it.each([
		['€7.5 billion', { value: 7.5e9, unit: 'EUR' }],
		['7,500,000,000 euros', { value: 7.5e9, unit: 'EUR' }],
		['EUR 7.5bn', { value: 7.5e9, unit: 'EUR' }],
		['US$1.2 million', { value: 1.2e6, unit: 'USD' }],
		['$1.2m', { value: 1.2e6, unit: 'USD' }],
		['eighty per cent', { value: 80, unit: '%' }],
		['50.45 km', { value: 50.45, unit: 'km' }],
		['-5 °C', { value: -5, unit: '°C' }],
		['12 m', { value: 12, unit: 'm' }],
		['2,000', { value: 2000 }]
	])('%j', (text, amount) => {
		expect(readAmount(text)).toEqual(amount);
	});

	it.each(['km 5', '€5 pounds', '4 years', 'seven and a half', '6/9/2023', 'Seoul', '1,2345', '$'])('%j is no amount', (text) => {
		expect(readAmount(text)).toBeUndefined();
	});
});

describe('sameAmount', () => {
	it.each<[string, string, string]>([
		['7.5 billion euros', '€7.5 billion', 'same'],
		['EUR 7.5 billion', '€7.5 billion', 'same'],
		['7,500,000,000 euros', '€7.5 billion', 'same'],
		['€7,500 million', '7.5 billion euros', 'same'],
		['€ 7.5 bn', 'EUR 7.5 billion', 'same'],
		['9 billion pounds', '£9 billion', 'same'],
		['£9bn', '9 billion pounds sterling', 'same'],
		['1.2 million dollars', '$1.2 million', 'same'],
		['US$1.2 million', '$1.2 million', 'same'],
		['$1,200,000', '1.2 million US dollars', 'same'],
		['80%', '80 percent', 'same'],
		['80 per cent', '80%', 'same'],
		['eighty percent', '80%', 'same'],
		['50.45 km', '50.45 kilometres', 'same'],
		['50.45 kilometers', '50.45 km', 'same'],
		['3 kilograms', '3 kg', 'same'],
		['40 tonnes', '40 t', 'same'],
		['70 miles per hour', '70 mph', 'same'],
		['100 kph', '100 km/h', 'same'],
		['26.2 miles', '26.2 mi', 'same'],
		['3 hours', '3 h', 'same'],
		['ninety minutes', '90 min', 'same'],
		['10 seconds', '10 s', 'same'],
		['-5 degrees Celsius', '-5°C', 'same'],
		['2,000 m', '2000 metres', 'same'],
		['7.5 billion', '7,500,000,000', 'same'],
		['80', '80 percent', 'percent left out'],
		['9 billion', '£9 billion', 'currency left out'],
		['9,000,000,000', '£9 billion', 'currency left out'],
		['1.2 million', 'US$1.2 million', 'currency left out']
	])('%j for %j: %s', (typed, expected, match) => {
		expect(sameAmount(typed, expected)).toBe(match);
	});

	it.each([
		['€7.6 billion', '€7.5 billion'],
		['7.5 million euros', '€7.5 billion'],
		['£7.5 billion', '€7.5 billion'],
		['$7.5 billion', '€7.5 billion'],
		['9', '£9 billion'],
		['9 pounds', '£9 billion'],
		['81%', '80 percent'],
		['50%', '50'],
		['50 km', '50'],
		['50.45', '50.45 km'],
		['50.45 miles', '50.45 km'],
		['5 km', '5,000 m'],
		['5°C', '5°F'],
		['-5°C', '5°C'],
		['1.2 million', '12 million'],
		['3 hours', '3 minutes']
	])('%j is not %j', (typed, expected) => {
		expect(sameAmount(typed, expected)).toBeUndefined();
	});
});
