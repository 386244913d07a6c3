/**
 * The answer widgets of choose all that apply and matching cards, by answer
 * mode: one module, fetched only when such a card is shown (see StudyCard).
 */
export { default as multi } from './MultiAnswer.svelte';
export { default as matching } from './MatchingAnswer.svelte';
