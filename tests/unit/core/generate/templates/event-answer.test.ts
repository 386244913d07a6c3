import { eventAnswer } from '$lib/core/generate/templates/event-answer';

describe('the answer of an event card', () => {
	it('keeps an event of a readable length whole', () => {
		expect(eventAnswer('Floated the baht')).toBe('Floated the baht');
	});

	it('cuts a long event before the aside that describes it', () => {
		expect(eventAnswer('Found the first complete skeleton of a plesiosaur, a reptile with a tiny head, a very long neck and paddle-like limbs')).toBe(
			'Found the first complete skeleton of a plesiosaur'
		);
		expect(eventAnswer('Bought the Louisiana Territory from France for about 15 million dollars, roughly doubling the size of the young country')).toBe(
			'Bought the Louisiana Territory from France for about 15 million dollars'
		);
		expect(
			eventAnswer(
				'Published "On Computable Numbers, with an Application to the Entscheidungsproblem", a paper that addressed a challenge posed by David Hilbert'
			)
		).toBe('Published "On Computable Numbers, with an Application to the Entscheidungsproblem"');
	});

	it('cuts a short event before an aside that runs into a clause of its own', () => {
		expect(eventAnswer('Fled Singapore, leaving behind a note that said he was sorry')).toBe('Fled Singapore');
		expect(eventAnswer('Annexed Austria she was in danger')).toBeUndefined();
	});

	it('does not cut where the clause resumes after the aside, at a colon, or leaving too little', () => {
		expect(
			eventAnswer('Showed that replacing uridine, a building block of RNA, with a modified version called pseudouridine reduced the immune reaction')
		).toBeUndefined();
		expect(
			eventAnswer(
				'Published the model, followed by two papers from the same laboratory: one by Maurice Wilkins, the deputy director of the unit, and two colleagues'
			)
		).toBeUndefined();
		expect(
			eventAnswer('Hired Clyde Tombaugh, a 22-year-old amateur astronomer who had sent the staff drawings of Jupiter and Mars made at home')
		).toBeUndefined();
	});

	it('takes no event that leans on a place or a person the card does not show', () => {
		expect(eventAnswer('Died there, shortly before her ninetieth birthday')).toBeUndefined();
		expect(eventAnswer('Succeeded her as James I of England')).toBeUndefined();
		expect(eventAnswer('Entered the National Preparatory School, one of the first girls admitted there')).toBe(
			'Entered the National Preparatory School, one of the first girls admitted there'
		);
		expect(eventAnswer('Said there were no plans to change the law')).toBe('Said there were no plans to change the law');
		expect(eventAnswer('Paid a political price: the Ohio legislature')).toBeUndefined();
		expect(eventAnswer('Learned this the hard way')).toBeUndefined();
		expect(eventAnswer('Opened that bridge to traffic')).toBe('Opened that bridge to traffic');
	});
});
