import { lazy } from '$lib/ui/lazy';

describe('lazy', () => {
	it('loads once, shares the promise, and then answers at once', async () => {
		let calls = 0;
		const module = lazy(async () => ({ n: ++calls }));
		expect(module.current()).toBeNull();
		const [a, b] = await Promise.all([module.load(), module.load()]);
		expect(a).toBe(b);
		expect(calls).toBe(1);
		expect(module.current()).toEqual({ n: 1 });
		await module.load();
		expect(calls).toBe(1);
	});

	it('forgets a failed load so the next call tries again', async () => {
		let calls = 0;
		const module = lazy(async () => {
			calls++;
			if (calls === 1) throw new Error('offline');
			return 'ok';
		});
		await expect(module.load()).rejects.toThrow('offline');
		expect(module.current()).toBeNull();
		await expect(module.load()).resolves.toBe('ok');
		expect(calls).toBe(2);
	});
});
