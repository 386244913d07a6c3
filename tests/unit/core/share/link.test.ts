import { deflateSync, strToU8 } from 'fflate';
import { crc32, toBase64Url } from '$lib/core/share/bytes';
import { decodeBankLink, encodeBankLink, encodeBankPayload, MAX_BANK_BYTES, MAX_STRAY_CHARS } from '$lib/core/share/link';
import { MAX_FIELD_CHARS } from '$lib/core/bank/limits';
import { realisticBank, smallBank } from './fixtures';

const ORIGIN = 'https://factdeck.example';

/** A payload built by hand: format "1", deflated bytes and a correct checksum of `text`. */
function payloadOf(text: string, format = '1', checksum?: number): string {
	const raw = strToU8(text);
	const packed = deflateSync(raw);
	const bytes = new Uint8Array(packed.length + 4);
	bytes.set(packed);
	new DataView(bytes.buffer).setUint32(packed.length, checksum ?? crc32(raw));
	return format + toBase64Url(bytes);
}

function errorOf(link: string): string {
	const result = decodeBankLink(link);
	if (result.ok) throw new Error('expected the link to be refused');
	return result.error;
}

describe('encodeBankLink / decodeBankLink round trip', () => {
	it('carries a small bank intact', () => {
		const bank = smallBank();
		const link = encodeBankLink(bank, ORIGIN);
		expect(link.startsWith(`${ORIGIN}/share#b=1`)).toBe(true);
		expect(decodeBankLink(link)).toEqual({ ok: true, bank });
	});

	it('carries a realistic 100-question bank with its article in a link of under 20,000 characters', () => {
		const bank = realisticBank(100);
		expect(bank.questions).toHaveLength(100);
		expect(bank.source?.text?.length).toBeGreaterThan(7000);
		const link = encodeBankLink(bank, ORIGIN);
		expect(link.length).toBeLessThan(20_000);
		expect(JSON.stringify(bank).length / link.length).toBeGreaterThan(3);
		expect(decodeBankLink(link)).toEqual({ ok: true, bank });
	});

	it('drops a trailing slash of the origin and keeps a base path', () => {
		const bank = smallBank();
		expect(encodeBankLink(bank, 'https://x.example/app/')).toBe(`https://x.example/app/share#b=${encodeBankPayload(bank)}`);
	});

	it('reads a bare fragment, "b=…", other fragment parameters, and a link wrapped over lines', () => {
		const bank = smallBank();
		const payload = encodeBankPayload(bank);
		const wrapped = `${ORIGIN}/share#b=${payload.slice(0, 40)}\n  ${payload.slice(40)} `;
		for (const input of [`#b=${payload}`, `b=${payload}`, `${ORIGIN}/share#x=1&b=${payload}`, wrapped]) {
			expect(decodeBankLink(input)).toEqual({ ok: true, bank });
		}
	});

	it('makes the same link for the same bank', () => {
		expect(encodeBankLink(smallBank(), ORIGIN)).toBe(encodeBankLink(smallBank(), ORIGIN));
	});
});

describe('decodeBankLink: a damaged or wrong link says what is wrong', () => {
	const link = encodeBankLink(realisticBank(30), ORIGIN);
	const start = link.indexOf('#b=') + 4;

	it('a link with no bank in it', () => {
		expect(errorOf(`${ORIGIN}/share`)).toMatch(/not a bank link.*#b=/);
		expect(errorOf('')).toMatch(/not a bank link/);
	});

	it('an empty bank part', () => {
		expect(errorOf(`${ORIGIN}/share#b=`)).toMatch(/damaged.*empty/);
	});

	it('a link cut off at any point', () => {
		for (const keep of [start + 1, start + 3, start + 200, link.length - 500, link.length - 7, link.length - 2, link.length - 1]) {
			expect(errorOf(link.slice(0, keep))).toMatch(/^This link is damaged: .*(cut off|checksum|changed)/);
		}
		// Cut at a byte boundary well inside the data: the inflater runs out.
		const cut = start + 4 * Math.floor((link.length - start - 800) / 4);
		expect(errorOf(link.slice(0, cut))).toBe('This link is damaged: it is cut off, the compressed bank ends too early.');
	});

	it('one character changed anywhere', () => {
		for (let i = start; i < link.length; i += 97) {
			const flipped = link.slice(0, i) + (link[i] === 'A' ? 'B' : 'A') + link.slice(i + 1);
			expect(errorOf(flipped)).toMatch(/^This link is damaged: /);
		}
		const last = link.length - 1;
		expect(errorOf(link.slice(0, last) + (link[last] === 'A' ? 'B' : 'A'))).toMatch(/damaged/);
	});

	it('a character that never appears in a link', () => {
		expect(errorOf(`${link.slice(0, start + 10)}*${link.slice(start + 11)}`)).toBe(
			'This link is damaged: it contains "*", which never appears in a bank link.'
		);
	});

	it('an unknown format version', () => {
		expect(errorOf(`${link.slice(0, start - 1)}2${link.slice(start)}`)).toMatch(/format "2".*cannot read.*Update the app/);
	});

	it('a fragment holding a script or other text is not a Factdeck link, not a newer version', () => {
		const notOurs = 'This is not a Factdeck link: what follows "#b=" is not a bank.';
		for (const fragment of [
			'#b=<script>alert(1)</script>',
			'#b=%3Cscript%3Ealert(document.cookie)%3C/script%3E',
			'#b=javascript:alert(1)',
			'#b=1<img src=x onerror=alert(1)>',
			'#b=2<script>alert(1)</script>',
			'#b=hello',
			'#b=2',
			`#b=x${link.slice(start)}`
		]) {
			expect(errorOf(fragment), fragment).toBe(notOurs);
		}
		// A slip in a real link is still damage, up to the stray characters allowed.
		const slips = `${link.slice(0, start + 10)}${'*'.repeat(MAX_STRAY_CHARS)}${link.slice(start + 10 + MAX_STRAY_CHARS)}`;
		expect(errorOf(slips)).toMatch(/^This link is damaged: it contains "\*"/);
	});

	it('valid base64 of bytes that are not deflate', () => {
		const garbage = toBase64Url(Uint8Array.from({ length: 64 }, (_, i) => (i * 37 + 255) & 0xff));
		expect(errorOf(`#b=1${garbage}`)).toMatch(/^This link is damaged: the compressed bank cannot be unpacked \(.+\)/);
	});

	it('valid deflate of text that is not JSON', () => {
		expect(errorOf(`#b=${payloadOf('hello, class')}`)).toMatch(/does not hold a bank: its content is not JSON/);
	});

	it('valid deflate of a bank that breaks the schema, naming the problem', () => {
		const bank = { ...smallBank(), id: 'Not A Slug', questions: [{ ...smallBank().questions[2], answer: 'Tokyo' }] };
		const error = errorOf(`#b=${payloadOf(JSON.stringify(bank))}`);
		expect(error).toMatch(/^This link holds a bank that is not valid: /);
		expect(error).toContain('id must be a slug');
		expect(error).toContain('questions[0].choices: the answer "Tokyo" is not among the choices');
	});

	it('holds a linked bank to the field cap of a bank file: the long question is left out and listed', () => {
		const bank = smallBank();
		bank.questions[1] = { ...bank.questions[1], explanation: 'x'.repeat(MAX_FIELD_CHARS + 1) };
		const decoded = decodeBankLink(`#b=${encodeBankPayload(bank)}`);
		if (!decoded.ok) throw new Error(decoded.error);
		expect(decoded.bank.questions.map((q) => q.id)).toEqual(bank.questions.filter((_, i) => i !== 1).map((q) => q.id));
		expect(decoded.unsupported).toEqual([
			{ record: 2, kind: 'too long', message: 'a field of this question holds 100,001 characters; Factdeck reads at most 100,000 per field' }
		]);
	});

	it('a valid bank whose checksum does not match (a slip deflate alone would miss)', () => {
		const json = JSON.stringify(smallBank());
		expect(decodeBankLink(`#b=${payloadOf(json)}`).ok).toBe(true);
		const wrongSum = (crc32(strToU8(json)) ^ 1) >>> 0;
		expect(errorOf(`#b=${payloadOf(json, '1', wrongSum)}`)).toBe('This link is damaged: its checksum does not match, so some characters were changed or lost.');
	});

	it('a link that unpacks to more than the size cap', () => {
		const huge = payloadOf(' '.repeat(MAX_BANK_BYTES + 1024));
		expect(huge.length).toBeLessThan(20_000);
		expect(errorOf(`#b=${huge}`)).toMatch(/more than 5 MB/);
	});

	it('never throws, whatever it is given', () => {
		for (const input of ['#b=1', '#b=1A', '#b=1AAAA', '#b=1AAAAAAAA', '#b=1_____-----', '#b=1%20', '#b=#b=1', `#b=1${'A'.repeat(5000)}`]) {
			const result = decodeBankLink(input);
			expect(result.ok).toBe(false);
			expect(result.ok ? '' : result.error).toMatch(/\S/);
		}
	});
});
