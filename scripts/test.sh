#!/usr/bin/env bash
# The test command's second half (`npm install && npm test`): installs what the tests need that npm
# cannot (Debian packages), then runs every check and every test. Stops at the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."

# Chromium for the end-to-end tests; xmllint (libxml2-utils) to validate exported XLIFF and TMX
# against their schemas; translate-toolkit as a third-party reader of them.
MISSING=()
command -v chromium >/dev/null 2>&1 || MISSING+=(chromium)
command -v xmllint >/dev/null 2>&1 || MISSING+=(libxml2-utils)
[ -x /usr/bin/xliff2po ] || MISSING+=(translate-toolkit)
if [ ${#MISSING[@]} -gt 0 ]; then
  echo "Installing from Debian's packages for the tests: ${MISSING[*]}…"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y "${MISSING[@]}"
fi

export NEXT_TELEMETRY_DISABLED=1

echo "== lint";       npm run -s lint
echo "== typecheck";  npm run -s typecheck
echo "== unit tests"; npm run -s test:unit
echo "== build";      npm run -s build
echo "== reliability"; npm run -s test:reliability
echo "== end-to-end"; npm run -s test:e2e
