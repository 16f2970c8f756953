/**
 * The full browser fuzz (`npm run test:long`): 200 random and malformed links, each opened for
 * real with page.goto on the built site with the WebGL map running, in four shards of 50 so both
 * workers share them. Seeded: FUZZ_SEED=<n> replays a run, FUZZ_SEED=random draws a new one; the
 * seed is printed. The parser itself is fuzzed in node over thousands of links on every run
 * (tests/unit/story/url.property.test.ts); ten hand-picked hostile links stay in the default
 * suite (tests/e2e/robustness.e2e.ts).
 */
import { test } from '../fixtures';
import { camera, expectSaneLink, openReady } from '../robustness.helpers';
import { contentIds, prng, randomQuery } from '../../shared/urlOracle';

const ids = contentIds();
const FUZZ_CASES = 200;
const FUZZ_SHARDS = 4;
const SEED =
	process.env.FUZZ_SEED === 'random'
		? Math.floor(Math.random() * 2 ** 32)
		: Number(process.env.FUZZ_SEED ?? 20260211);
const queries = (() => {
	const r = prng(SEED);
	return Array.from({ length: FUZZ_CASES }, () => randomQuery(r, ids));
})();

test.describe('fuzzed links', () => {
	for (let shard = 0; shard < FUZZ_SHARDS; shard++) {
		const size = FUZZ_CASES / FUZZ_SHARDS;
		const from = shard * size;
		test(`cases ${from}-${from + size - 1} (seed ${SEED}) end in a sane state`, async ({
			page,
			network
		}) => {
			test.setTimeout(size * 20_000);
			console.log(
				`fuzz seed ${SEED} (replay: FUZZ_SEED=${SEED}), shard ${shard + 1}/${FUZZ_SHARDS}`
			);
			// Camera moves jump: the test waits for the map, not for animations.
			await page.emulateMedia({ reducedMotion: 'reduce' });
			await openReady(page);
			const home = await camera(page);
			const started = Date.now();
			for (let i = from; i < from + size; i++) {
				const query = queries[i]!;
				const where = `case ${i} of seed ${SEED}: /${query.slice(0, 300)}`;
				await test.step(where, () => expectSaneLink(page, network, query, ids, home, where));
			}
			const seconds = (Date.now() - started) / 1000;
			console.log(
				`fuzz shard ${shard + 1}: ${size} links in ${seconds.toFixed(1)} s (${((seconds / size) * 1000).toFixed(0)} ms each)`
			);
		});
	}
});
