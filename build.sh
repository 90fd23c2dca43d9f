#!/usr/bin/env bash
# Headless build entry point.
#   ./build.sh test [dotnet test args]  install missing services, restore tools, run every test; ends with one
#                                       line per test project and "Total: N passed, N failed"; non-zero if any failed
#   ./build.sh run  [app args]          run the API (same as: dotnet run --project src/Api)
#   ./build.sh demo                     the README walkthrough end to end (scripts/demo.sh; HEADLESS_URL to use a running API)
#   ./build.sh ide                      rebuild the committed GraphiQL bundle (src/GraphQL/Transport/Ide/wwwroot) from npm
#   ./build.sh summary <log>            the test summary of a saved `dotnet test` console log (what `test` prints last)
#   ./build.sh backup --to <file>       back up the configured database (SQLite online backup, PostgreSQL pg_dump -Fc)
#   ./build.sh restore --from <file> [--force]  restore it (refuses a non-empty database without --force)
#   ./build.sh cluster [stop|status]    PostgreSQL, Redis, 3 API instances and nginx on this machine (ops/cluster.sh)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
die() { printf 'build.sh: %s\n' "$*" >&2; exit 1; }

usage() {
  sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'
  exit "${1:-0}"
}

have_postgres() {
  command -v initdb >/dev/null 2>&1 || compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null
}

# Installs Debian packages; only root can, so anyone else gets the exact command to run.
apt_install() {
  if [ "$(id -u)" -ne 0 ]; then
    die "missing: $*. Install them as root and run again: sudo apt-get install -y $*"
  fi
  command -v apt-get >/dev/null 2>&1 || die "missing: $*, and apt-get is not available to install them"
  export DEBIAN_FRONTEND=noninteractive
  say "apt-get install $*"
  # The package lists of a fresh image are often empty or stale; refresh only when the install needs it.
  if ! apt-get install -y --no-install-recommends "$@"; then
    apt-get update
    apt-get install -y --no-install-recommends "$@"
  fi
}

install_missing() {
  command -v dotnet >/dev/null 2>&1 || die "the .NET SDK is missing: https://learn.microsoft.com/dotnet/core/install/linux-debian"

  local missing=()
  command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
  have_postgres || missing+=(postgresql)
  if [ -f tests/js/package.json ] && ! command -v npm >/dev/null 2>&1; then
    missing+=(nodejs npm)
  fi
  # The GraphiQL browser test drives Debian's chromium through playwright-core; no browser is ever downloaded.
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  # The instance-kill drill puts nginx in front of API processes (ops/nginx.conf.template).
  [ -x /usr/sbin/nginx ] || command -v nginx >/dev/null 2>&1 || missing+=(nginx)
  # The walkthrough test runs scripts/demo.sh.
  for tool in curl jq openssl; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    apt_install "${missing[@]}"
  fi
}

run_tests() {
  install_missing

  say "dotnet tool restore"
  dotnet tool restore

  if [ -f tests/js/package.json ]; then
    say "npm ci (tests/js)"
    (cd tests/js && npm ci --no-audit --no-fund)
  fi

  say "dotnet test Headless.sln"
  # Minimal console output still prints every failure in full (message, stack trace, output) and one result
  # line per project, which summarize_tests counts; the full log is kept for the summary only.
  local log status=0
  log="$(mktemp)"
  dotnet test Headless.sln --logger "console;verbosity=minimal" "$@" 2>&1 | tee "$log" || status=$?
  summarize_tests "$log" || status=$(( status == 0 ? 1 : status ))
  rm -f "$log"
  return "$status"
}

# One line per test project and the total, from the result lines `dotnet test` prints per project, e.g.
#   Failed!  - Failed:     1, Passed:   411, Skipped:     0, Total:   412, Duration: 3 s - Headless.Domain.Tests.dll (net10.0)
# CI reads the last line, "Total: N passed, N failed". Non-zero when a test failed or no project reported.
summarize_tests() {
  local log="$1"
  [ -f "$log" ] || die "no such log: $log"
  say "Test summary"
  awk '
    /(Passed|Failed)! +- +Failed: +[0-9]+, +Passed: +[0-9]+, +Skipped: +[0-9]+, +Total: +[0-9]+/ {
      line = $0
      sub(/^.*Failed: +/, "", line); failed = line + 0
      line = $0; sub(/^.*Passed: +/, "", line); passed = line + 0
      line = $0; sub(/^.*Skipped: +/, "", line); skipped = line + 0
      name = $0; sub(/^.* - /, "", name); sub(/\.dll.*$/, "", name)
      printf "  %-32s %d passed, %d failed, %d skipped\n", name ":", passed, failed, skipped
      total_passed += passed; total_failed += failed; projects++
    }
    END {
      printf "Total: %d passed, %d failed\n", total_passed, total_failed
      if (projects == 0) { print "build.sh: no test project reported a result" > "/dev/stderr"; exit 1 }
      exit total_failed > 0 ? 1 : 0
    }' "$log"
}

# The bundle is committed so that building and running never need npm; rebuild it after changing
# the IDE's package.json or app.jsx (a test fails while wwwroot/inputs.sha256 does not match the sources).
build_ide() {
  command -v npm >/dev/null 2>&1 || die "npm is missing: apt-get install nodejs npm"
  say "npm ci && npm run build (src/GraphQL/Transport/Ide)"
  (cd src/GraphQL/Transport/Ide && npm ci --no-audit --no-fund && npm run build)
}

command="${1:-}"
[ $# -gt 0 ] && shift
case "$command" in
  test) run_tests "$@" ;;
  run) exec dotnet run --project src/Api "$@" ;;
  demo) exec scripts/demo.sh "$@" ;;
  summary) [ $# -eq 1 ] || usage 1 >&2; summarize_tests "$1" ;;
  ide) build_ide ;;
  backup|restore) exec dotnet run --project src/Api -- "$command" "$@" ;;
  cluster) exec ops/cluster.sh "$@" ;;
  -h|--help|help) usage 0 ;;
  *) usage 1 >&2 ;;
esac
