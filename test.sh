#!/usr/bin/env bash
# The project's one test command: ./test.sh
#
# On a fresh Debian machine with the .NET 10 SDK it installs what the tests need, then builds and runs every
# test project of ThiDuaCms.sln in Release and ends with one line: "N passed, N failed, N skipped".
#   - Debian's chromium (for tests/Browser.Tests; Playwright never downloads a browser here)
#   - node/npm if missing, then axe-core from tests/Browser.Tests/package-lock.json (npm ci)
# TRX results land in TestResults/, browser screenshots in TestResults/screenshots/.
# Exit code: non-zero if the build or any test failed, or if no test ran.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

apt_updated=false
apt_install() {
    if [ "$apt_updated" = false ]; then
        as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
        apt_updated=true
    fi
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@"
}

# 1. Debian's Chromium (with its recommended fonts: Vietnamese text must render in the screenshots).
if [ ! -x /usr/bin/chromium ]; then
    echo "test.sh: installing Debian's chromium"
    apt_install chromium fonts-liberation
fi

# 2. node/npm, and axe-core for the accessibility checks (versions pinned by package-lock.json).
if ! command -v npm >/dev/null 2>&1; then
    echo "test.sh: installing nodejs and npm"
    apt_install nodejs npm
fi
browser_tests=tests/Browser.Tests
# The lockfile must fetch from the registry npm is configured with, nowhere else.
if grep -Eo '"resolved": *"[^"]*"' "$browser_tests/package-lock.json" | grep -v '"https://registry.npmjs.org/' | grep -q .; then
    echo "test.sh: $browser_tests/package-lock.json downloads from a host other than the npm registry" >&2
    exit 1
fi
if [ ! -d "$browser_tests/node_modules" ] || ! (cd "$browser_tests" && npm ls --silent >/dev/null 2>&1); then
    echo "test.sh: npm ci in $browser_tests"
    (cd "$browser_tests" && npm ci --no-audit --no-fund --loglevel=error)
fi

# 3. Build and run every test project.
rm -rf TestResults
dotnet_status=0
dotnet test ThiDuaCms.sln -c Release --logger "trx" --results-directory TestResults || dotnet_status=$?

# 4. Sum the counters of every TRX file. A skipped test counts in total but not in executed
#    (its notExecuted counter stays 0), so skipped = total - executed.
count() { # count NAME: that attribute of $counters, 0 when absent
    local value
    value=$(sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" <<<"$counters")
    echo "${value:-0}"
}
total=0 executed=0 passed=0 failed=0
trx_files=0
while IFS= read -r -d '' trx; do
    trx_files=$((trx_files + 1))
    counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1 || true)
    total=$((total + $(count total)))
    executed=$((executed + $(count executed)))
    passed=$((passed + $(count passed)))
    failed=$((failed + $(count failed) + $(count error) + $(count timeout) + $(count aborted)))
done < <(find TestResults -name '*.trx' -print0 2>/dev/null)
skipped=$((total - executed))

if [ "$dotnet_status" -ne 0 ]; then
    echo "test.sh: dotnet test exited with $dotnet_status (build error or failing tests; see above)" >&2
fi
if [ "$trx_files" -eq 0 ] || [ "$executed" -eq 0 ]; then
    echo "test.sh: no test ran ($trx_files TRX files in TestResults)" >&2
fi

echo "$passed passed, $failed failed, $skipped skipped"

if [ "$dotnet_status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$executed" -eq 0 ]; then
    exit 1
fi
