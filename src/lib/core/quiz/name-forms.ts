/**
 * A person's name with and without titles and given names, so that "Collins"
 * counts for "Michael Collins", "Dr. Franklin" for "Rosalind Franklin" and
 * "Kang Kyung-wha" for "Foreign Minister Kang Kyung-wha".
 *
 * The rule: when the expected answer looks like a personal name (2–4
 * capitalised words, or 1–4 after a title, none of them a word that names a
 * place or a body), the typed answer may drop titles and given names or add
 * titles, as long as its name words appear in the expected name in order and
 * include the family name. A given name alone is never enough. The family
 * name is the last word (with its particle: "van Beethoven"), except in
 * names written family name first:
 * - a Korean name with a hyphenated given name, "Moon Jae-in" (the part after
 *   the hyphen lower case, unlike a double-barrelled "Smith-Jones");
 * - three short words, "Kim Jong Un", "Ho Chi Minh";
 * - two words led by a common Chinese family name, "Xi Jinping".
 * Anything else is read given name first, the usual order in English text;
 * a family-first name outside these shapes ("Abe Shinzo") is the rule's known
 * miss. Place and body names are kept out by a word list, so an unlisted
 * two-word place ("Big Ben") can still pass for a name.
 */
import { stripAccents } from './normalize';

/** A word for comparison: case, accents, punctuation and hyphens set aside. */
function keyOf(word: string): string {
	return stripAccents(word)
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]/gu, '');
}

// Words of a title or role before a name, compared by key ("Dr." reads "dr").
const TITLE_WORDS = new Set(
	(
		'mr mrs ms miss mx dr doctor prof professor sir dame lord lady president vice prime minister foreign ' +
		'defence defense finance interior deputy secretary state general gen chancellor governor senator sen ' +
		'rep representative ambassador envoy judge justice captain capt colonel col lieutenant lt admiral ' +
		'commander sergeant chairman chairwoman chair chief executive ceo leader king queen prince princess ' +
		'pope saint st rev reverend father former then late astronaut national security adviser advisor special ' +
		'of treasury trade commerce energy health education labor labour unification mayor premier emperor ' +
		'empress director head founder spokesperson spokesman spokeswoman'
	).split(' ')
);
// Words that may stand before a title: "South Korean Foreign Minister", "US President".
const NATIONALITY = /^(?:\p{Lu}\p{Ll}+(?:an|ese|ish|ch|i)|US|U\.S\.|UK|EU|UN|North|South|East|West)$/u;
// Words that make a capitalised phrase a place, a body or a thing rather than a person.
const NOT_PERSON = new Set(
	(
		'korea states nations union kingdom republic city zone party council bank company corporation ministry ' +
		'department university college school institute agency office house court sea ocean river lake ' +
		'mountain mountains island islands street road airport station summit treaty agreement accord act law ' +
		'war peninsula coast bay county province district valley bridge tower palace square hall center centre ' +
		'museum church army navy force forces committee commission organization organisation association ' +
		'federation group times post news press day kong angeles york jersey zealand africa america asia europe ' +
		'policy doctrine plan program programme project strategy initiative deal declaration talks crisis ' +
		'movement revolution era award prize cup games league mission telescope system north south east west'
	).split(' ')
);
// Capitalised words that begin place names, never personal names.
const PLACE_START = new Set('north south east west new upper lower great the'.split(' '));
const PARTICLES = new Set('de da di del della van von der den du la le bin ibn al'.split(' '));
const SUFFIXES = new Set('jr sr ii iii iv'.split(' '));
const CHINESE_FAMILY = new Set('xi li wang zhang liu chen zhao huang zhou xu hu guo deng jiang mao wen yang wu zhu'.split(' '));
const KOREAN_GIVEN = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;
const NAME_WORD = /^\p{Lu}[\p{L}'.-]*$/u;

/** How many leading words are a title: a run of title words, with nationality words before them. */
function titleLength(words: string[]): number {
	let length = 0;
	for (let i = 0; i < words.length; i++) {
		if (TITLE_WORDS.has(keyOf(words[i]))) length = i + 1;
		else if (!NATIONALITY.test(words[i])) break;
	}
	return length;
}

/** A personal name: its words without titles or suffixes, and which of them is the family name. */
export interface PersonName {
	keys: string[];
	family: number;
	titled: boolean;
}

/** Which word is the family name, by the rule in this file's comment. */
function familyIndex(words: string[]): number {
	const shortWords = words.length === 3 && words.every((w) => !w.includes('-') && Array.from(w).length <= 4);
	if (words.length === 2 && KOREAN_GIVEN.test(words[1]) && !words[0].includes('-')) return 0;
	if (shortWords) return 0;
	if (words.length === 2 && CHINESE_FAMILY.has(keyOf(words[0]))) return 0;
	return words.length - 1;
}

/** The name's words once titles and suffixes are set aside. */
function nameWords(text: string): { words: string[]; titled: boolean } {
	const all = text.split(' ').filter(Boolean);
	// The last word is a name even when it could be a title: "King", "Justice".
	const titles = Math.min(titleLength(all), all.length - 1);
	const words = all.slice(titles);
	while (words.length > 1 && SUFFIXES.has(keyOf(words[words.length - 1]))) words.pop();
	return { words, titled: titles > 0 };
}

/** The expected answer read as a personal name, or undefined when it does not look like one. */
export function readPersonName(text: string): PersonName | undefined {
	const { words, titled } = nameWords(text.replace(/,/g, ''));
	if (words.length < (titled ? 1 : 2) || words.length > 4) return undefined;
	if (PLACE_START.has(keyOf(words[0]))) return undefined;
	const shaped = words.every((w, i) => (i > 0 && PARTICLES.has(w)) || (NAME_WORD.test(w) && !/^\p{Lu}{2,}$/u.test(w)));
	if (!shaped || words.some((w) => NOT_PERSON.has(keyOf(w)))) return undefined;
	return { keys: words.map(keyOf), family: familyIndex(words.filter((w) => !PARTICLES.has(w))) + particlesBefore(words), titled };
}

/** Particles before the family word shift its index: "Ludwig van Beethoven" → 2. */
function particlesBefore(words: string[]): number {
	return words.filter((w) => PARTICLES.has(w)).length;
}

/** How a typed name matches the expected person: by family name alone, shortened or titled, or not at all. */
export type NameMatch = 'family name' | 'same person' | undefined;

/**
 * Whether the typed answer names the person of the expected answer: its name
 * words, after any titles, appear in the expected name in order and include
 * the family name.
 */
export function samePerson(typed: string, expected: string): NameMatch {
	const person = readPersonName(expected);
	if (!person) return undefined;
	const keys = nameWords(typed.replace(/,/g, '')).words.map(keyOf);
	if (keys.length === 0) return undefined;
	let at = -1;
	const found: number[] = [];
	for (const key of keys) {
		at = person.keys.indexOf(key, at + 1);
		if (at < 0) return undefined;
		found.push(at);
	}
	if (!found.includes(person.family)) return undefined;
	return found.length === 1 ? 'family name' : 'same person';
}
