import type { ItemReview, TrainingItem } from '$lib/core/srs/optimize/items';
import type { Rating } from '$lib/core/srs/types';

/** An item from "rating@days" steps, e.g. item('3@0 1@2 3@5'); `at` orders it. */
export function item(steps: string, at = 0): TrainingItem {
	const reviews: ItemReview[] = steps.split(' ').map((step) => {
		const [rating, deltaT] = step.split('@').map(Number);
		return { rating: rating as Rating, deltaT };
	});
	return { reviews, at };
}
