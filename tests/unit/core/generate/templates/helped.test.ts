import { helpedDrafts } from '$lib/core/generate/templates/helped';
import { templateContext } from '../fixtures';

const asked = (text: string) => helpedDrafts(templateContext(text)).map((d) => [d.prompt, d.answer]);

describe('what something helped to bring about', () => {
	it('asks what a named thing or person helped to happen, answered by the rest of the clause', () => {
		expect(asked("Nadia Comaneci's triumph at 14 helped fuel a long debate about the pressure placed on young gymnasts.")).toEqual([
			["What did Nadia Comaneci's triumph at 14 help fuel?", 'A long debate about the pressure placed on young gymnasts']
		]);
		expect(asked('In 1915 the Alpha Suffrage Club helped elect Oscar De Priest as Chicago’s first Black alderman.')).toEqual([
			['What did the Alpha Suffrage Club help elect in 1915?', 'Oscar De Priest as Chicago’s first Black alderman']
		]);
	});

	it('keeps a particle with its verb and leaves out what a participle adds', () => {
		expect(asked('The Hubble Space Telescope helped pin down how fast the universe is expanding, narrowing estimates of its age.')).toEqual([
			['What did the Hubble Space Telescope help pin down?', 'How fast the universe is expanding']
		]);
	});

	it('asks nothing of someone helped, of a verb whose object is not the result, or of a subject with no name', () => {
		expect(asked('Students from New York University helped them climb to safety across the gap.')).toEqual([]);
		expect(asked('The Sunday Times helped persuade the government to set up a Royal Commission.')).toEqual([]);
		expect(asked('The outbreak helped confirm that cholera spread through water.')).toEqual([]);
	});
});
