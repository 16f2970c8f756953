#!/usr/bin/env bash
# The one command that installs what the tests need on a fresh machine and runs every gate:
# type-check, lint, unit tests, build, end-to-end tests in Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

# npm dependencies: install when missing or older than the lock file.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
	npm ci --no-audit --no-fund
fi

# Debian's Chromium drives the end-to-end tests (browser downloads fail on this network).
CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$CHROMIUM_PATH" ]; then
	if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
		apt-get update -qq
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
	else
		echo "Chromium not found at $CHROMIUM_PATH: install Debian's chromium package or set CHROMIUM_PATH." >&2
		exit 1
	fi
fi
export CHROMIUM_PATH

npm run check
npm run lint
npm run test:unit
npm run build
# A second site built from hostile content, for the escaping test (tests/e2e/security.e2e.ts).
CONTENT_DIR=tests/fixtures/xss BUILD_DIR=build-xss npm run build
npm run test:e2e
