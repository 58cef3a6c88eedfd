#!/usr/bin/env bash
# The test command's second half (`npm install && npm test`): installs what the tests need that npm
# cannot (Debian's Chromium), then runs every check and every test. Stops at the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1; then
  echo "Installing Chromium from Debian's packages for the end-to-end tests…"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y chromium
fi

export NEXT_TELEMETRY_DISABLED=1

echo "== lint";       npm run -s lint
echo "== typecheck";  npm run -s typecheck
echo "== unit tests"; npm run -s test:unit
echo "== build";      npm run -s build
echo "== reliability"; npm run -s test:reliability
echo "== end-to-end"; npm run -s test:e2e
