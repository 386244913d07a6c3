/**
 * The one company or the one scene of events that an article's headline names, for a description the article never names in
 * full: "the company" of "How Sony's Walkman Put Music in Every Pocket" is Sony, "the massacre" of "How Twelve Days After Port
 * Arthur Changed Australia's Gun Laws" is the Port Arthur massacre.
 */
import { asWritten, literal } from './pattern';
import type { Analysis } from './types';

/** Words for a company. */
const COMPANY = /^(?:company|firm|corporation)$/;

/** Events named after where they happened: "the Port Arthur massacre", "the Halifax explosion", "the Johnstown flood". */
const PLACED_EVENT = /^(?:massacre|shooting|bombing|siege|riot|explosion|eruption|earthquake|flood|disaster)$/;

const companies = new WeakMap<Analysis, string | null>();
const scenes = new WeakMap<Analysis, string | null>();

/** The text of the article's paragraphs, without its headline and captions. */
function prose(a: Analysis): string {
	return a.paragraphs.map((p) => a.text.slice(p.start, p.end)).join('\n');
}

/**
 * The company the headline names and the prose writes: a name ending in "Company" or "Corporation", a name joined by "&"
 * ("Johnson & Johnson"), a company the prose calls by the headline's other words ("the South Sea Company" under "The South Sea
 * Bubble"), or an organisation the prose names three times or more. None when the headline names none, or more than one.
 */
function headlineCompany(a: Analysis): string | undefined {
	let found = companies.get(a);
	if (found === undefined) {
		const headline = a.headline ?? '';
		const text = prose(a);
		const names = new Set<string>();
		const company = /\b((?:\p{Lu}[\p{L}'’-]*\s+){1,4}(?:Company|Corporation))\b|\b(\p{Lu}[\p{L}]*\s+&\s+\p{Lu}[\p{L}]*)\b/gu;
		for (const m of text.matchAll(company)) {
			const name = (m[1] ?? m[2]).replace(/^(?:The|A|An)\s+/, '');
			const words = name.split(/\s+/).filter((w) => !/^(?:Company|Corporation|&)$/.test(w));
			if (words.every((w) => new RegExp(`\\b${literal(w)}\\b`).test(headline))) names.add(name);
		}
		const counts = new Map<string, number>();
		for (const m of a.mentions) if (m.kind === 'org') counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
		for (const [name, n] of counts) if (n >= 3 && new RegExp(`\\b${literal(name)}\\b`).test(headline)) names.add(name);
		found = names.size === 1 ? asWritten(text, [...names][0]) : null;
		companies.set(a, found);
	}
	return found ?? undefined;
}

/**
 * Where the article's events happened, when the headline names one place that the first paragraph writes after "at", "in" or
 * "near": "Port Arthur" of "opened fire at the Port Arthur historic site" under a headline about Port Arthur.
 */
function headlineScene(a: Analysis): string | undefined {
	let found = scenes.get(a);
	if (found === undefined) {
		const headline = a.headline ?? '';
		const first = a.paragraphs[0];
		const lead = first ? a.text.slice(first.start, first.end) : '';
		const places = new Set<string>();
		for (const m of lead.matchAll(/\b(?:at|in|near)\s+(?:the\s+)?((?:\p{Lu}[\p{Ll}'’-]+\s+)*\p{Lu}[\p{Ll}'’-]+)\b/gu))
			if (
				new RegExp(`\\b${literal(m[1])}\\b`).test(headline) &&
				!/^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/.test(m[1])
			)
				places.add(m[1]);
		found = places.size === 1 ? [...places][0] : null;
		scenes.set(a, found);
	}
	return found ?? undefined;
}

/** "the company" or "the massacre" as the headline names it, unless the sentence names it already; undefined for other nouns. */
export function headlineThing(a: Analysis, noun: string, sentence: string): string | undefined {
	const company = COMPANY.test(noun) ? headlineCompany(a) : undefined;
	if (company) return sentence.includes(company.replace(/^the /, '')) ? undefined : company;
	const scene = PLACED_EVENT.test(noun) ? headlineScene(a) : undefined;
	return scene && !sentence.includes(scene) ? `the ${scene} ${noun}` : undefined;
}
