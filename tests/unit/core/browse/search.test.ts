import { inState, stateName, type BrowseRow } from '$lib/core/browse/row';
import { BrowseIndex, EMPTY_QUERY, searchWords, type BrowseQuery } from '$lib/core/browse/search';

const DUE_BY = 1_000;

function row(id: string, extra: Partial<BrowseRow> = {}): BrowseRow {
	return {
		bankId: 'b1',
		bankTitle: 'Capitals',
		questionId: id,
		fact: id,
		type: 'flashcard',
		prompt: `Prompt ${id}`,
		answer: `Answer ${id}`,
		tags: [],
		source: '',
		cardId: `b1\u0000${id}`,
		state: 0,
		due: 0,
		suspended: false,
		position: 0,
		...extra
	};
}

const rows = [
	row('a', { prompt: 'Capital of France?', answer: 'Paris', tags: ['europe'], position: 0 }),
	row('b', { prompt: 'capital of Peru?', answer: 'Lima', type: 'mcq', state: 2, due: 500, position: 1 }),
	row('c', { prompt: 'Bern is the capital of?', answer: 'Switzerland', source: 'Bern hosts the federal government.', state: 2, due: 5_000, position: 2 }),
	row('d', {
		bankId: 'b2',
		bankTitle: 'Algebra',
		prompt: 'Zero times anything?',
		answer: 'Zero',
		tags: ['maths'],
		state: 1,
		due: 10,
		suspended: true,
		position: 0
	}),
	row('e', { bankId: 'b2', bankTitle: 'Algebra', prompt: 'One plus one?', answer: 'Two', state: 1, due: 20, position: 1 })
];
const index = new BrowseIndex(rows);
const q = (patch: Partial<BrowseQuery>) => ({ ...EMPTY_QUERY, ...patch });
const ids = (found: number[]) => found.map((i) => rows[i].questionId);

describe('BrowseIndex.search', () => {
	it('finds every word in prompts, answers, tags and sources, in any case', () => {
		expect(ids(index.search(q({ text: 'CAPITAL' }), DUE_BY))).toEqual(['c', 'a', 'b']);
		expect(ids(index.search(q({ text: 'paris' }), DUE_BY))).toEqual(['a']);
		expect(ids(index.search(q({ text: 'maths' }), DUE_BY))).toEqual(['d']);
		expect(ids(index.search(q({ text: 'federal' }), DUE_BY))).toEqual(['c']);
		expect(ids(index.search(q({ text: 'capital lima' }), DUE_BY))).toEqual(['b']);
		expect(index.search(q({ text: 'nowhere' }), DUE_BY)).toEqual([]);
	});

	it('filters by bank, tag, type and state', () => {
		expect(ids(index.search(q({ bankId: 'b2' }), DUE_BY))).toEqual(['e', 'd']);
		expect(ids(index.search(q({ tag: 'europe' }), DUE_BY))).toEqual(['a']);
		expect(ids(index.search(q({ type: 'mcq' }), DUE_BY))).toEqual(['b']);
		expect(ids(index.search(q({ state: 'new' }), DUE_BY))).toEqual(['a']);
		expect(ids(index.search(q({ state: 'learning' }), DUE_BY))).toEqual(['e']);
		expect(ids(index.search(q({ state: 'due' }), DUE_BY))).toEqual(['b', 'e']);
		expect(ids(index.search(q({ state: 'suspended' }), DUE_BY))).toEqual(['d']);
		expect(ids(index.search(q({ bankId: 'b1', text: 'capital', state: 'due' }), DUE_BY))).toEqual(['b']);
	});

	it('sorts by prompt, bank, due, type and state, either way', () => {
		expect(ids(index.search(q({}), DUE_BY))).toEqual(['c', 'a', 'b', 'e', 'd']);
		expect(ids(index.search(q({ descending: true }), DUE_BY))).toEqual(['d', 'e', 'b', 'a', 'c']);
		expect(ids(index.search(q({ sort: 'bank' }), DUE_BY))).toEqual(['d', 'e', 'a', 'b', 'c']);
		expect(ids(index.search(q({ sort: 'due' }), DUE_BY))).toEqual(['a', 'd', 'e', 'b', 'c']);
		expect(ids(index.search(q({ sort: 'type' }), DUE_BY))).toEqual(['d', 'e', 'a', 'c', 'b']);
		expect(ids(index.search(q({ sort: 'state' }), DUE_BY))).toEqual(['a', 'e', 'b', 'c', 'd']);
	});

	it('lists every tag once, sorted', () => {
		expect(index.tags()).toEqual(['europe', 'maths']);
	});
});

describe('states', () => {
	it('names a row by what the learner sees', () => {
		expect(rows.map((r) => stateName(r, DUE_BY))).toEqual(['New', 'Due', 'Review', 'Suspended', 'Due']);
	});
	it('counts a suspended card as suspended only', () => {
		expect(inState(rows[3], 'learning', DUE_BY)).toBe(false);
		expect(inState(rows[3], 'suspended', DUE_BY)).toBe(true);
	});
	it('splits a search into lowered words', () => {
		expect(searchWords('  Paris  LIMA ')).toEqual(['paris', 'lima']);
	});
});
