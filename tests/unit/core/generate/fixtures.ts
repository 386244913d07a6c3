/** Fixture articles and gold files for the generator tests, read once per test file. */
import { readFileSync } from 'node:fs';
import type { Gold } from '../../../../src/lib/core/generate/eval/coverage';

export const SEED = 'korea-diplomacy-2021';
export const OTHERS = ['chandrayaan-3-2023', 'zheng-he-voyages', 'asian-financial-crisis-1997'];

/** The gold file of an article, by name. */
export function gold(name: string): Gold {
	return JSON.parse(readFileSync(`tests/fixtures/gold/${name}.json`, 'utf8')) as Gold;
}

/** The text of the article a gold file describes. */
export function article(name: string): string {
	return readFileSync(gold(name).article, 'utf8');
}
