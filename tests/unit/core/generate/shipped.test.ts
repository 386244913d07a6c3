import { readFileSync } from 'node:fs';
import { renderShipped, SHIPPED } from '../../../../scripts/generate-shipped';

describe('shipped generated banks', () => {
	it.each(SHIPPED)('$output is what the generator makes today (run `npm run generate:shipped` after changing it)', (spec) => {
		const expected = renderShipped(spec, readFileSync(spec.article, 'utf8'));
		expect(readFileSync(spec.output, 'utf8')).toBe(expected);
	});
});
