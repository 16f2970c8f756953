/**
 * Runs `work` once the browser has painted the next frame: a requestAnimationFrame callback runs
 * before that frame is produced, a task queued from it runs after. Returns a function that cancels
 * it if it has not run yet.
 *
 * The explore controller's map view-model goes through this, so that what the reader asked for (a
 * panel, a popup, the timeline's card) paints first and the frame is not held up by the map, which
 * takes tens of milliseconds to render where WebGL runs in software; so do a country panel's
 * cards after its first two.
 */
export function afterNextPaint(work: () => void): () => void {
	let task: ReturnType<typeof setTimeout> | undefined;
	const frame = requestAnimationFrame(() => {
		task = setTimeout(work, 0);
	});
	return () => {
		cancelAnimationFrame(frame);
		clearTimeout(task);
	};
}
