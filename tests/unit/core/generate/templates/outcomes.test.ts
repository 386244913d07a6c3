import { templateContext } from '../fixtures';
import { outcomeDrafts } from '$lib/core/generate/templates/outcomes';

/** The "what happens when" cards a text makes, as [prompt, answer]. */
function asked(text: string) {
	return outcomeDrafts(templateContext(text)).map((d) => [d.prompt, d.answer]);
}

describe('what happens when', () => {
	it('asks what a mechanism does next, in the present, past an aside before the outcome', () => {
		expect(
			asked('When the tail snaps back, rather like a stretched elastic band, the stored energy is released suddenly in an event called a substorm.')
		).toEqual([['What happens when the tail snaps back?', 'The stored energy is released suddenly in an event called a substorm']]);
		expect(asked('When enough of a population is immune, a virus cannot find enough susceptible hosts to keep spreading.')).toEqual([
			['What happens when enough of a population is immune?', 'A virus cannot find enough susceptible hosts to keep spreading']
		]);
	});

	it('reads a participle after its noun as no tense, and an aside opening on "opposite" as no outcome', () => {
		expect(
			asked(
				'When the magnetic field carried by the solar wind points southward, opposite to Earth’s field, the field lines can join up in a process called magnetic reconnection.'
			)
		).toEqual([
			[
				'What happens when the magnetic field carried by the solar wind points southward?',
				'The field lines can join up in a process called magnetic reconnection'
			]
		]);
	});

	it('asks what happened in a story, keeping a name’s capital', () => {
		expect(asked('When Swigert turned on the fans, the damaged wiring sparked, the insulation caught fire and the pressure burst the tank.')).toEqual([
			['What happened when Swigert turned on the fans?', 'The damaged wiring sparked, the insulation caught fire and the pressure burst the tank']
		]);
		// A past condition makes a story even when the outcome is reported in the present.
		expect(
			asked('When Francis Rotch returned with the news after dark, Samuel Adams is said to have declared that the meeting could do nothing more.')[0][0]
		).toBe('What happened when Francis Rotch returned with the news after dark?');
		// A word the article writes small stays small, whatever the tagger calls it.
		expect(asked('When local bodies consistently ignore a clear medical recommendation, it is reasonable for states to set a floor.')[0][0]).toBe(
			'What happens when local bodies consistently ignore a clear medical recommendation?'
		);
	});

	it('asks nothing of a state found afterwards, what was so already, what someone thought, a condition in progress, or a pronoun left naming no one', () => {
		expect(asked('When the ash cleared, the mountain was unrecognisable.')).toEqual([]);
		expect(asked('When John Isner and Nicolas Mahut walked onto Court 18 at Wimbledon, nobody expected more than a routine first-round match.')).toEqual([]);
		expect(asked('When John Glenn was preparing to orbit the Earth, he did not trust the new electronic computers.')).toEqual([]);
		expect(asked('When Thomas Jefferson took office, he ordered his secretary of state, James Madison, to withhold them.')).toEqual([]);
		expect(asked('When he was nine, his family moved to Cleveland, Ohio.')).toEqual([]);
		expect(asked('When Citizen Kane opened in 1941, the director had never made a feature film before.')).toEqual([]);
		expect(asked('When Citizen Kane opened in 1941, the director had already left for Brazil.')).toEqual([]);
	});

	it("asks nothing of the writer's verdict on what to do when a condition holds", () => {
		expect(
			asked(
				'When most people want to give and few get round to saying so, a default that reflects their wishes is the simplest way to turn goodwill into transplants.'
			)
		).toEqual([]);
	});

	it('asks nothing when the "when" clause ends inside a date', () => {
		expect(asked('When McLean died on May 25, 2001, at the age of 87, the transportation secretary paid tribute to the inventor of the container.')).toEqual(
			[]
		);
	});

	it('asks what a thing named with "the" was at the time, reading "was" after a noun as a verb', () => {
		expect(asked('When Kipchoge set off, the official world record was his own 2 hours, 1 minute and 39 seconds, run in Berlin in September 2018.')).toEqual([
			['What was the official world record when Kipchoge set off?', 'His own 2 hours, 1 minute and 39 seconds, run in Berlin in September 2018']
		]);
		expect(asked('When the census was taken in 1851, the population of the city was 2.3 million.')).toEqual([
			['What was the population of the city when the census was taken in 1851?', '2.3 million']
		]);
		// A state is no thing to ask for, and a subject with an aside is no name for one.
		expect(asked('When the Louvre reopened, the wall was bare.')).toEqual([]);
		expect(asked('When the race began, the favourite, Kipchoge, was the holder of the record.')).toEqual([]);
	});
});
