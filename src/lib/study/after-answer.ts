/**
 * The parts of the study page shown only once a card is answered. The page
 * imports them after its first card is up, so they never delay that card.
 */
export { default as AnswerPanel } from './AnswerPanel.svelte';
export { default as RatingBar } from './RatingBar.svelte';
