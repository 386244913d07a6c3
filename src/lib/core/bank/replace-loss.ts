/** What replacing a stored bank with an incoming one would cost the learner. */

/** The stored bank's progress, split by what a replace keeps and what it loses. */
export interface ReplaceLoss {
	/** Cards of the stored bank that are not New. */
	studied: number;
	/** Of those, the cards whose fact the incoming bank lacks: they lose their progress. */
	lost: number;
	/** Answers in the review log of the lost cards. */
	lostReviews: number;
	/** Answers in the stored bank's review log, all cards. */
	reviews: number;
	/** Facts of the stored bank that the incoming bank also has. */
	sharedFacts: number;
	/** Facts of the stored bank. */
	facts: number;
}
