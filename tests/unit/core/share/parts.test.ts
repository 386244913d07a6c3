import { decodeBankLink, encodeBankLink } from '$lib/core/share/link';
import { joinParts, MAX_PARTS, missingParts, readPart, splitLink, type LinkPart } from '$lib/core/share/parts';
import { qrMatrix, QR_PIECE_CHARS } from '$lib/core/share/qr';
import { makePlan, testBank } from '$lib/core/quiz/test-plan';
import { realisticBank, smallBank } from './fixtures';

const ORIGIN = 'https://factdeck.example/';

function partsOf(links: string[]): LinkPart[] {
	return links.map((link) => {
		const read = readPart(link);
		if (read.kind !== 'part') throw new Error(`not a part: ${link.slice(0, 80)}`);
		return read.part;
	});
}

describe('split links', () => {
	const bank = realisticBank(128);
	const outcome = makePlan(bank, { kind: 'draw', count: 40, seed: 4 }, { order: 'fixed', timeLimitSec: 1200 });
	if (!outcome.ok) throw new Error(outcome.error);
	const link = encodeBankLink(testBank(bank, outcome.plan), ORIGIN);

	it('cut a 40-question test into a few numbered codes, each one readable by a phone', () => {
		const links = splitLink(link, QR_PIECE_CHARS)!;
		expect(links.length).toBeGreaterThan(1);
		expect(links.length).toBeLessThanOrEqual(5);
		for (const part of links) {
			expect(part.startsWith(`${ORIGIN}share#p=`)).toBe(true);
			const matrix = qrMatrix(part);
			expect(matrix).not.toBeNull();
			expect(matrix!.length).toBeLessThanOrEqual(133); // version 29 at most
		}
		expect(partsOf(links).map((p) => `${p.index}/${p.total}`)).toEqual(links.map((_, i) => `${i + 1}/${links.length}`));
	});

	it('join back, in any order, into the link the test was, once every part is in', () => {
		const parts = partsOf(splitLink(link, QR_PIECE_CHARS)!);
		const shuffled = [...parts].reverse();
		expect(joinParts(shuffled.slice(1))).toBeNull();
		expect(missingParts(shuffled.slice(1), parts.length)).toEqual([parts.length]);
		const whole = joinParts(shuffled)!;
		const decoded = decodeBankLink(`#b=${whole}`);
		expect(decoded).toMatchObject({ ok: true, bank: { test: outcome.plan } });
	});

	it('leave a short link whole, and refuse one that would take more than the most codes', () => {
		const short = encodeBankLink(smallBank(), ORIGIN);
		expect(splitLink(short, QR_PIECE_CHARS)).toEqual([short]);
		expect(splitLink(`${ORIGIN}share#b=1${'A'.repeat(MAX_PARTS * 100 + 1)}`, 100)).toBeNull();
	});

	it('read a damaged part as damaged, and a whole link as no part', () => {
		expect(readPart('#b=1abc')).toEqual({ kind: 'none' });
		expect(readPart('#p=3.2.0badf00d&b=abc')).toMatchObject({ kind: 'error', error: expect.stringMatching(/part 3 of 2/) });
		expect(readPart('#p=1.2&b=abc')).toMatchObject({ kind: 'error' });
		expect(readPart('#p=1.2.0badf00d')).toMatchObject({ kind: 'error' });
	});
});
