/** How the browser names question types, states and sort orders, in plain words. */
import type { BrowseState } from '$lib/core/browse/row';
import type { SortKey } from '$lib/core/browse/search';

export const STATE_NAMES: Record<BrowseState, string> = {
	new: 'New',
	learning: 'Learning',
	due: 'Due',
	suspended: 'Suspended'
};

export const SORT_NAMES: Record<SortKey, string> = {
	prompt: 'Question',
	bank: 'Bank',
	due: 'Due date',
	type: 'Type',
	state: 'State'
};
