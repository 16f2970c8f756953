#!/usr/bin/env bash
# The one command that installs what the tests need on a fresh machine and runs every gate:
# type-check, lint, unit tests, component tests and end-to-end tests in Debian's Chromium, on three
# builds (the story, a hostile-content site, a second story). Prints the wall time of each stage and
# the total at the end (also when a stage fails); stages that run side by side say so.
set -euo pipefail
cd "$(dirname "$0")/.."

STARTED=$SECONDS
TIMES=()
CURRENT=''
CURRENT_START=0
report() {
	local status=$?
	echo
	echo "Stage times (wall clock):"
	for line in "${TIMES[@]}"; do echo "  $line"; done
	if [ "$status" != 0 ] && [ -n "$CURRENT" ]; then
		printf '  %-10s %4ss (failed)\n' "$CURRENT" "$((SECONDS - CURRENT_START))"
	fi
	printf '  %-10s %4ss\n' total "$((SECONDS - STARTED))"
}
trap report EXIT

# stage NAME COMMAND...: runs the command and records how long it took.
stage() {
	CURRENT=$1
	CURRENT_START=$SECONDS
	shift
	echo "== $CURRENT"
	"$@"
	TIMES+=("$(printf '%-10s %4ss' "$CURRENT" "$((SECONDS - CURRENT_START))")")
	CURRENT=''
}

# together "NAME COMMAND" ...: runs stages side by side (each keeps about one core busy, and the
# machine has two), each into its own log, printed whole when all have ended; fails if any did.
LOGS=$(mktemp -d)
together() {
	local spec name names=() failed=()
	CURRENT="$(printf '%s+' "${@%% *}")"
	CURRENT=${CURRENT%+}
	CURRENT_START=$SECONDS
	for spec in "$@"; do
		name=${spec%% *}
		names+=("$name")
		(
			start=$SECONDS
			set +e
			bash -c "${spec#* }" >"$LOGS/$name.log" 2>&1
			echo $? >"$LOGS/$name.rc"
			echo $((SECONDS - start)) >"$LOGS/$name.time"
		) &
	done
	wait
	for name in "${names[@]}"; do
		echo "== $name"
		cat "$LOGS/$name.log"
		TIMES+=("$(printf '%-10s %4ss (alongside others)' "$name" "$(cat "$LOGS/$name.time")")")
		[ "$(cat "$LOGS/$name.rc")" = 0 ] || failed+=("$name")
	done
	if [ ${#failed[@]} -gt 0 ]; then
		echo "failed: ${failed[*]}" >&2
		return 1
	fi
	TIMES+=("$(printf '%-10s %4ss' "($CURRENT)" "$((SECONDS - CURRENT_START))")")
	CURRENT=''
}

# npm dependencies: install when missing or older than the lock file.
install() {
	if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
		npm ci --no-audit --no-fund
	fi
	# The generated .svelte-kit/ (types, tsconfig) that the type check, lint and builds all read,
	# written once before they run side by side.
	node_modules/.bin/svelte-kit sync
}

# Debian's Chromium drives the component and end-to-end tests (browser downloads fail on this
# network; Playwright and vitest's browser mode are pointed at it, see tests/chromium.js).
CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
chromium() {
	if [ ! -x "$CHROMIUM_PATH" ]; then
		if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
			apt-get update -qq
			DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
		else
			echo "Chromium not found at $CHROMIUM_PATH: install Debian's chromium package or set CHROMIUM_PATH." >&2
			exit 1
		fi
	fi
}
export CHROMIUM_PATH

builds() {
	npm run build
	# A second site built from hostile content, for the escaping test (tests/e2e/security.e2e.ts),
	# with its geodata built first, as a new story's would be.
	CONTENT_DIR=tests/fixtures/xss npm run geo
	CONTENT_DIR=tests/fixtures/xss BUILD_DIR=build-xss npm run build
	# A second, fictional story in another part of the world, built from its folder alone.
	CONTENT_DIR=tests/fixtures/stories/stork-count npm run geo
	CONTENT_DIR=tests/fixtures/stories/stork-count BUILD_DIR=build-stork npm run build
}

stage install install
stage chromium chromium
# The type check and lint only read the sources; they share the machine's two cores. The rest runs
# one at a time: vitest loads the SvelteKit plugin, which rewrites .svelte-kit/generated for dev
# mode, and a build running meanwhile would bundle that.
together "check npm run check" "lint npm run lint"
stage unit npm run test:unit
stage component npm run test:component
stage builds builds
stage e2e npm run test:e2e
