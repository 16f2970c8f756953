import { describe, expect, it, vi } from 'vitest';
import { Lazy } from '../../../src/lib/utils/lazy.svelte';

describe('Lazy', () => {
	it('is empty until loaded, then holds the module', async () => {
		const lazy = new Lazy(() => Promise.resolve({ answer: 42 }));
		expect(lazy.current).toBeUndefined();
		await expect(lazy.load()).resolves.toEqual({ answer: 42 });
		expect(lazy.current).toEqual({ answer: 42 });
	});

	it('imports once however often it is asked', async () => {
		const importer = vi.fn(() => Promise.resolve('module'));
		const lazy = new Lazy(importer);
		await Promise.all([lazy.load(), lazy.load()]);
		await lazy.load();
		expect(importer).toHaveBeenCalledTimes(1);
	});

	it('keeps the error of a failed import and tries again on the next load', async () => {
		const importer = vi
			.fn<() => Promise<string>>()
			.mockRejectedValueOnce(new Error('offline'))
			.mockResolvedValueOnce('module');
		const lazy = new Lazy(importer);
		await expect(lazy.load()).rejects.toThrow('offline');
		expect(lazy.current).toBeUndefined();
		expect((lazy.error as Error).message).toBe('offline');
		await expect(lazy.load()).resolves.toBe('module');
		expect(lazy.current).toBe('module');
		expect(lazy.error).toBeUndefined();
		expect(importer).toHaveBeenCalledTimes(2);
	});
});
