import { emitJson, parseJson } from '$lib/core/formats/json';
import { everyTypeBank, failed, ok } from './helpers';

describe('JSON bank', () => {
	it('round-trips a bank exactly', () => {
		const bank = everyTypeBank();
		expect(ok(parseJson(emitJson(bank))).bank).toEqual(bank);
	});

	it('emits two-space JSON with a trailing newline', () => {
		const text = emitJson(everyTypeBank());
		expect(text.startsWith('{\n  "format": "factdeck.bank",')).toBe(true);
		expect(text.endsWith('}\n')).toBe(true);
	});

	it('maps every schema problem to a problem of the error', () => {
		const bank = { ...everyTypeBank(), version: 2, title: '' } as unknown;
		const e = failed(parseJson(JSON.stringify(bank)));
		expect(e.format).toBe('json');
		expect(e.problems.map((p) => p.message)).toEqual(expect.arrayContaining(['version: version must be 1', 'title: title is empty']));
	});

	it('rejects __proto__ keys without polluting anything', () => {
		const e = failed(parseJson('{"format":"factdeck.bank","__proto__":{"polluted":true}}'));
		expect(e.problems.map((p) => p.message)).toContain('the key "__proto__" is not allowed');
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('reports bad JSON in one problem', () => {
		expect(failed(parseJson('{ nope')).message).toMatch(/^not JSON/);
	});
});
