/**
 * Structural equality of plain data (numbers, strings, booleans, null, arrays and plain objects):
 * the one comparison the explore controller uses to tell a new camera target or padding from the
 * one the map already has.
 */
export function sameValue(a: unknown, b: unknown): boolean {
	if (Object.is(a, b)) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
	if (Array.isArray(a) !== Array.isArray(b)) return false;
	const keysA = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
	const keysB = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
	if (keysA.length !== keysB.length) return false;
	return keysA.every((k) =>
		sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])
	);
}

/**
 * A derived value that keeps its previous object while the new one is structurally equal, so that
 * a selection change that leaves the camera's target or padding alone moves nothing.
 */
export function stable<T>(compute: () => T): () => T {
	let last: { value: T } | undefined;
	return () => {
		const next = compute();
		if (last && sameValue(last.value, next)) return last.value;
		last = { value: next };
		return next;
	};
}
