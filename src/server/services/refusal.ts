/**
 * A request the rules refuse: who may not, what does not exist, what is too
 * late. Services throw it with the status and the sentence the client shows;
 * the routes turn it into `{error}` without knowing the rule.
 */
export class Refusal extends Error {
	constructor(
		readonly status: 400 | 403 | 404 | 409,
		message: string
	) {
		super(message);
		this.name = 'Refusal';
	}
}
