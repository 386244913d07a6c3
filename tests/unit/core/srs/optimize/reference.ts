/**
 * The reference optimizer (@open-spaced-repetition/binding: fsrs-rs built
 * for Node) on our training items, for the tests that hold the app's
 * optimizer and scorer to it.
 */
import { createRequire } from 'node:module';
import type { TrainingItem } from '$lib/core/srs/optimize/items';
import type { FitParams } from '$lib/core/srs/optimize/run';

type Binding = typeof import('@open-spaced-repetition/binding');
type Item = InstanceType<Binding['FSRSBindingItem']>;

/**
 * The binding's Node entry, by its file: Vitest runs with the `browser`
 * export condition (for Svelte), under which the package name resolves to a
 * WebAssembly build that is not installed; the Node entry loads the native one.
 */
const NODE_ENTRY = new URL('../../../../../node_modules/@open-spaced-repetition/binding/dist/index.cjs', import.meta.url);
export const binding = createRequire(import.meta.url)(NODE_ENTRY.pathname) as Binding;
const { computeParameters, FSRSBindingItem, FSRSBindingReview } = binding;

/** Our items as the binding's. */
export const toBinding = (items: readonly TrainingItem[]): Item[] =>
	items.map((item) => new FSRSBindingItem(item.reviews.map((r) => new FSRSBindingReview(r.rating, r.deltaT))));

/** Fits with the reference optimizer, short-term reviews on. */
export const referenceFit: FitParams = async (items, onProgress) => {
	const params = await computeParameters(toBinding(items), { enableShortTerm: true });
	onProgress(1);
	return params;
};
