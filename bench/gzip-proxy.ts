/**
 * A gzip layer in front of scripts/serve.js, for one diagnostic only: how the
 * app scores when served compressed, as any static host serves it. The
 * bench's target rows always use scripts/serve.js as it is.
 */
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

const COMPRESSIBLE = /^(text\/|application\/(javascript|json|manifest\+json)|image\/svg)/;

/** Listens on a free port and forwards to `target`, gzipping text answers; resolves with its URL and a close(). */
export async function gzipProxy(target: string): Promise<{ url: string; close: () => Promise<void> }> {
	const upstream = new URL(target);
	const server = createServer((req, res) => {
		const headers = { ...req.headers, host: upstream.host };
		delete headers['accept-encoding'];
		const forward = request({ host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers }, (answer) => {
			const chunks: Buffer[] = [];
			answer.on('data', (c: Buffer) => chunks.push(c));
			answer.on('end', () => {
				let body = Buffer.concat(chunks);
				const out = { ...answer.headers };
				const type = String(answer.headers['content-type'] ?? '');
				if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) && body.length > 0) {
					body = gzipSync(body, { level: 6 });
					out['content-encoding'] = 'gzip';
					out['content-length'] = String(body.length);
					out.vary = 'Accept-Encoding';
				}
				res.writeHead(answer.statusCode ?? 502, out);
				res.end(req.method === 'HEAD' ? undefined : body);
			});
		});
		forward.on('error', () => {
			res.statusCode = 502;
			res.end();
		});
		req.pipe(forward);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}/`,
		close: () =>
			new Promise<void>((resolve) => {
				server.close(() => resolve());
				server.closeAllConnections();
			})
	};
}
