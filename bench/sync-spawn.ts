/** Starts and stops server processes for the sync bench and tests, and finds free ports. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';

/** A port nobody listens on right now. */
export function freePort(): Promise<number> {
	return new Promise((ok, fail) => {
		const server = createServer();
		server.once('error', fail);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as AddressInfo;
			server.close(() => ok(port));
		});
	});
}

export interface ServerProcess {
	url: string;
	child: ChildProcess;
	/** SIGTERM, and waits for the exit. */
	stop(): Promise<void>;
	/** SIGKILL at once, as a crash would. */
	kill(): Promise<void>;
}

/** Spawns `node --import tsx <entry>` with the env on a free port; resolves once it prints that it is running. */
export async function startServerProcess(entry: string, env: Record<string, string>): Promise<ServerProcess> {
	const port = await freePort();
	const child = spawn(process.execPath, ['--import', 'tsx', entry], {
		env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	const exited = new Promise<void>((ok) => child.once('exit', () => ok()));
	let output = '';
	await new Promise<void>((ok, fail) => {
		const timer = setTimeout(() => fail(new Error(`server did not start in 60 s:\n${output}`)), 60_000);
		const read = (chunk: Buffer) => {
			output += chunk.toString();
			if (/running at http/.test(output)) {
				clearTimeout(timer);
				ok();
			}
		};
		child.stdout!.on('data', read);
		child.stderr!.on('data', read);
		child.once('exit', (code) => {
			clearTimeout(timer);
			fail(new Error(`server exited with ${code}:\n${output}`));
		});
	});
	const end = async (signal: NodeJS.Signals) => {
		if (child.exitCode === null && child.signalCode === null) child.kill(signal);
		await exited;
	};
	return { url: `http://127.0.0.1:${port}`, child, stop: () => end('SIGTERM'), kill: () => end('SIGKILL') };
}
