/**
 * The fallback page's route preloads (scripts/route-preload.js): the inline script lands
 * before the stylesheet, the policy lists its hash, and run at a path it preloads that
 * route's files, those the page does not list already.
 */
import { createHash } from 'node:crypto';
import { withRoutePreloads } from '../../../scripts/route-preload.js';

const PAGE = `<html><head>
<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-boot='; style-src 'self'">
<link href="/_app/immutable/entry/start.A.js" rel="modulepreload">
<link href="/_app/immutable/nodes/0.B.js" rel="modulepreload">
<link href="/_app/immutable/assets/0.C.css" rel="stylesheet">
</head><body><script>boot()</script></body></html>`;

// In SvelteKit's order: the first match wins.
const PATTERNS = [
	{ id: '/', pattern: /^\/$/ },
	{ id: '/api', pattern: /^\/api\/?$/ },
	{ id: '/study/[[bank]]', pattern: /^\/study(?:\/([^/]+))?\/?$/ }
];
const ROUTES = [
	{ id: '/', eager: new Set(['_app/immutable/entry/start.A.js', '_app/immutable/nodes/0.B.js', '_app/immutable/nodes/2.D.js']), css: new Set<string>() },
	{
		id: '/study/[[bank]]',
		eager: new Set(['_app/immutable/entry/start.A.js', '_app/immutable/nodes/3.E.js', '_app/immutable/chunks/F.js']),
		css: new Set(['_app/immutable/assets/0.C.css', '_app/immutable/assets/3.G.css'])
	}
];

const html = withRoutePreloads(PAGE, PATTERNS, ROUTES, '');
const script = /<script>(\{[\s\S]*?)<\/script>/.exec(html)![1];

/** The links the script adds when the page opens at `pathname`. */
function preloadsAt(pathname: string) {
	const added: { rel: string; as?: string; href: string; crossOrigin?: string }[] = [];
	const document = { createElement: () => ({}), head: { append: (link: (typeof added)[number]) => added.push(link) } };
	new Function('location', 'document', script)({ pathname }, document);
	return added;
}

describe('withRoutePreloads', () => {
	it('puts its script after the module preloads and before the stylesheet, which an inline script would wait for', () => {
		expect(html.indexOf(script)).toBeGreaterThan(html.indexOf('nodes/0.B.js'));
		expect(html.indexOf(script)).toBeLessThan(html.indexOf('0.C.css" rel="stylesheet"'));
	});

	it("lists the script's hash in the policy beside the boot script's", () => {
		const hash = createHash('sha256').update(script, 'utf8').digest('base64');
		expect(html).toContain(`script-src 'self' 'sha256-boot=' 'sha256-${hash}';`);
	});

	it("preloads the route's own files, not the ones the page lists", () => {
		expect(preloadsAt('/study/korea-diplomacy-2021')).toEqual([
			{ rel: 'modulepreload', href: '/_app/immutable/nodes/3.E.js', crossOrigin: '' },
			{ rel: 'modulepreload', href: '/_app/immutable/chunks/F.js', crossOrigin: '' },
			{ rel: 'preload', as: 'style', href: '/_app/immutable/assets/3.G.css', crossOrigin: '' }
		]);
		expect(preloadsAt('/study').map((link) => link.href)).toHaveLength(3);
		expect(preloadsAt('/')).toEqual([{ rel: 'modulepreload', href: '/_app/immutable/nodes/2.D.js', crossOrigin: '' }]);
	});

	it('preloads nothing at a path no page answers', () => {
		expect(preloadsAt('/nowhere')).toEqual([]);
		expect(preloadsAt('/api')).toEqual([]);
	});
});
