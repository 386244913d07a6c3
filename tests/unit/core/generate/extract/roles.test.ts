import { analyze } from '$lib/core/generate/extract/index';
import { article, SEED } from '../fixtures';

const rolesOf = (text: string) => analyze(text).roles.map((r) => [r.person, r.text, r.source]);

describe('roles', () => {
	it('reads titles before a name, nationality included', () => {
		const roles = analyze(article(SEED), '2021-02-03').roles.map((r) => [r.person, r.text]);
		expect(roles).toContainEqual(['kang-kyung-wha', 'South Korean Foreign Minister']);
		expect(roles).toContainEqual(['xi-jinping', 'Chinese leader']);
		expect(roles).toContainEqual(['antony-blinken', 'new U.S. Secretary of State']);
		expect(roles).toContainEqual(['chung-sye-kyun', 'Prime Minister']);
	});

	it('reads appositives, running past "Washington, D.C."', () => {
		expect(rolesOf('Joel Wit, a senior fellow at the Stimson Center in Washington, D.C., told The Diplomat about the plan.')).toEqual([
			['joel-wit', 'a senior fellow at the Stimson Center in Washington, D.C.', 'appositive']
		]);
	});

	it('reads no role in an aside that says how or when ("Gideon, in an effort organised by …,")', () => {
		expect(rolesOf('Twenty-two states filed a brief supporting Clarence Gideon, in an effort organised by the attorney general.')).toEqual([]);
		expect(rolesOf('Alexander Fleming, who was not a chemist, could not produce enough of it.')).toEqual([]);
	});

	it('reads "X served as Y" and "the Y of Z was X"', () => {
		expect(rolesOf('Women engineers held key posts; Kalpana Kalahasti served as associate project director.')).toContainEqual([
			'kalpana-kalahasti',
			'associate project director',
			'appositive'
		]);
		expect(rolesOf('The project director of Chandrayaan-3 was P. Veeramuthuvel, an engineer from Villupuram.')).toContainEqual([
			'p-veeramuthuvel',
			'project director of Chandrayaan-3',
			'appositive'
		]);
	});

	it('leaves out one-word titles that say nothing ("former President")', () => {
		expect(rolesOf('Four years of former President Donald Trump took a toll on the alliance.')).toEqual([]);
	});
});
