/**
 * Amounts written the usual ways: a number with its scale word and its unit
 * or currency, read whole, so that "€7.5 billion", "7.5 billion euros",
 * "EUR 7.5 billion" and "7,500,000,000 euros" grade as one answer, and "80%"
 * as "80 per cent". Units are compared as written, never converted: "5 km" is
 * not accepted for "5,000 m", since the question asked in one of them.
 */
import { digitsForNumbers } from './number-words';

/** A number with its scale applied, and the unit it counts (a canonical name), if any. */
export interface Amount {
	value: number;
	unit?: string;
}

// Each unit's usual spellings, before or after the number, by canonical name.
const UNIT_SPELLINGS: Record<string, string[]> = {
	EUR: ['€', 'eur', 'euro', 'euros'],
	GBP: ['£', 'gbp', 'pound', 'pounds', 'pounds sterling', 'sterling'],
	USD: ['$', 'us$', 'usd', 'dollar', 'dollars', 'us dollars', 'u.s. dollars'],
	JPY: ['¥', 'jpy', 'yen'],
	KRW: ['₩', 'krw', 'won'],
	CNY: ['cny', 'rmb', 'yuan', 'renminbi'],
	'%': ['%', 'percent', 'per cent', 'pc'],
	km: ['km', 'kilometre', 'kilometres', 'kilometer', 'kilometers'],
	m: ['m', 'metre', 'metres', 'meter', 'meters'],
	cm: ['cm', 'centimetre', 'centimetres', 'centimeter', 'centimeters'],
	mm: ['mm', 'millimetre', 'millimetres', 'millimeter', 'millimeters'],
	kg: ['kg', 'kilogram', 'kilograms', 'kilo', 'kilos'],
	g: ['g', 'gram', 'grams'],
	t: ['t', 'tonne', 'tonnes', 'metric ton', 'metric tons'],
	mph: ['mph', 'miles per hour', 'mi/h'],
	'km/h': ['km/h', 'kph', 'kmh', 'kilometres per hour', 'kilometers per hour'],
	mi: ['mi', 'mile', 'miles'],
	h: ['h', 'hr', 'hrs', 'hour', 'hours'],
	min: ['min', 'mins', 'minute', 'minutes'],
	s: ['s', 'sec', 'secs', 'second', 'seconds'],
	'°C': ['°c', 'ºc', 'degrees celsius', 'degrees c', 'degrees centigrade', 'celsius'],
	'°F': ['°f', 'ºf', 'degrees fahrenheit', 'degrees f', 'fahrenheit']
};
const UNIT_OF = new Map(Object.entries(UNIT_SPELLINGS).flatMap(([unit, spellings]) => spellings.map((s) => [s, unit])));

/**
 * The units a question's wording already fixes, so that a bare amount counts:
 * "9 billion" for "£9 billion", "80" for "80 percent". Measures are left out,
 * because "50" for "50 km" could as well mean miles.
 */
const CURRENCIES = new Set(['EUR', 'GBP', 'USD', 'JPY', 'KRW', 'CNY']);
const IMPLIED_UNITS = new Set([...CURRENCIES, '%']);

const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9 };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const UNIT = [...UNIT_OF.keys()]
	.sort((a, b) => b.length - a.length)
	.map(escape)
	.join('|');
const NUMBER = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+';
/** Unit before, sign, number, scale word, unit after: every part but the number optional. */
const AMOUNT = new RegExp(`^(?:(${UNIT}) ?)?([-−])?(${NUMBER}) ?(${Object.keys(SCALES).join('|')})? ?(${UNIT})?$`);

/** The amount a whole answer stands for, or undefined when it is not one amount written a usual way. */
export function readAmount(text: string): Amount | undefined {
	const t = digitsForNumbers(text.toLowerCase().replace(/\s+/g, ' ').trim().replace(/\.$/, ''));
	const m = t.match(AMOUNT);
	if (!m) return undefined;
	const [, before, sign, digits, scaleWord, after] = m;
	let unit = before && UNIT_OF.get(before);
	// Only a currency is written before its number: "km 5" is no amount.
	if (unit && !CURRENCIES.has(unit)) return undefined;
	let scale = scaleWord ? SCALES[scaleWord] : 1;
	let suffix = after && UNIT_OF.get(after);
	// "$1.2m" and "£5m": after a currency sign, "m" is the newspapers' million, not metres.
	if (unit && suffix === 'm' && !scaleWord) [scale, suffix] = [1e6, undefined];
	if (unit && suffix && unit !== suffix) return undefined;
	unit = unit || suffix;
	const value = Number(digits.replace(/,/g, '')) * scale * (sign ? -1 : 1);
	return unit ? { value, unit } : { value };
}

/** Equal up to the rounding of scaled decimals (7.5 × 10⁹ against 7,500,000,000). */
function sameValue(a: number, b: number): boolean {
	return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

/** How a typed amount matches the expected one: written another way, with an understood unit left out, or not at all. */
export type AmountMatch = 'same' | 'currency left out' | 'percent left out' | undefined;

/**
 * Whether two answers are the same amount: the same value and the same unit,
 * or the typed one bare where the expected unit is a currency or a percentage.
 * A unit the expected answer lacks is never accepted: "50%" is not "50".
 */
export function sameAmount(typed: string, expected: string): AmountMatch {
	const mine = readAmount(typed);
	const theirs = readAmount(expected);
	if (!mine || !theirs || !sameValue(mine.value, theirs.value)) return undefined;
	if (mine.unit === theirs.unit) return 'same';
	if (mine.unit !== undefined || !IMPLIED_UNITS.has(theirs.unit ?? '')) return undefined;
	return theirs.unit === '%' ? 'percent left out' : 'currency left out';
}
