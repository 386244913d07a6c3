/**
 * What each column of a separated-values file holds, from a header row
 * (`front,back`, `question,answer,choice 1…`, `term,definition`), from
 * Anki's `#columns:` line, or by position.
 */

export type Role =
	| 'prompt'
	| 'answer'
	| 'choice'
	| 'type'
	| 'explanation'
	| 'tags'
	| 'accept'
	| 'fact'
	| 'promptHtml'
	| 'answerHtml'
	| 'notetype'
	| 'deck'
	| 'guid'
	| 'weights'
	| 'name'
	| 'extra';

const NAMES: [Role, string[]][] = [
	['prompt', ['front', 'question', 'term', 'prompt', 'text', 'word', 'q']],
	['answer', ['back', 'answer', 'definition', 'meaning', 'a', 'correct', 'correct answer', 'right answer']],
	['choice', ['choice', 'choices', 'option', 'options', 'distractor', 'distractors', 'wrong', 'wrong answer', 'incorrect', 'incorrect answer']],
	['type', ['type', 'question type']],
	['explanation', ['explanation', 'extra', 'back extra', 'notes', 'note', 'feedback', 'comment', 'comments']],
	['tags', ['tags', 'tag']],
	['accept', ['accept', 'accepted', 'also accept', 'alternatives']],
	['fact', ['fact']],
	['promptHtml', ['question html', 'front html', 'prompt html']],
	['answerHtml', ['answer html', 'back html']],
	['notetype', ['notetype', 'note type']],
	['deck', ['deck']],
	['guid', ['guid']],
	['weights', ['weights', 'choice weights']],
	['name', ['question name']]
];

const BY_NAME = new Map<string, Role>(NAMES.flatMap(([role, names]) => names.map((n) => [n, role] as [string, Role])));

/** The role a column name names; numbered names (`choice 2`, `option_b`) count as their stem. */
function roleOf(name: string): Role | undefined {
	const key = name
		.trim()
		.toLowerCase()
		.replace(/[_\s]+/g, ' ');
	return BY_NAME.get(key) ?? BY_NAME.get(key.replace(/\s*(\d+|\(?[a-h]\)?)$/, '').trim());
}

/** True when a first row is a header: it names both what is asked and what is answered. */
export function isHeaderRow(cells: readonly string[]): boolean {
	const roles = cells.map(roleOf);
	return roles.includes('prompt') && roles.includes('answer');
}

/** Roles from column names; columns with no known name are `extra`. */
export function rolesFromNames(names: readonly string[]): Role[] {
	return names.map((n) => roleOf(n) ?? 'extra');
}

/** Gives the prompt and answer roles, when no name claimed them, to the first free columns. */
export function fillByPosition(roles: Role[]): Role[] {
	for (const needed of ['prompt', 'answer'] as const) {
		if (roles.includes(needed)) continue;
		const free = roles.indexOf('extra');
		if (free >= 0) roles[free] = needed;
	}
	return roles;
}
