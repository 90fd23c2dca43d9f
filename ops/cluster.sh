#!/usr/bin/env bash
# A load-balanced Headless cluster on this machine, from Debian packages:
#   ops/cluster.sh [start]   PostgreSQL, Redis, three API instances (Release, Production) and nginx in front; prints the URL
#   ops/cluster.sh stop      stops all of it (SIGTERM: the instances drain and close their sockets with 1012)
#   ops/cluster.sh status    which parts are running
# State (data, logs, PID files, generated secrets) lives in $HEADLESS_CLUSTER_DIR (default .cluster/, gitignored);
# `stop` keeps the data, so the next `start` finds the same orders. Ports: HEADLESS_CLUSTER_PORT (nginx, 8080),
# HEADLESS_CLUSTER_BASE_PORT (instances at base+1..3, 5100), PostgreSQL 5433 and Redis 6380 on 127.0.0.1.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
REPO="$PWD"
STATE="${HEADLESS_CLUSTER_DIR:-$REPO/.cluster}"
LB_PORT="${HEADLESS_CLUSTER_PORT:-8080}"
BASE_PORT="${HEADLESS_CLUSTER_BASE_PORT:-5100}"
PG_PORT="${HEADLESS_CLUSTER_PG_PORT:-5433}"
REDIS_PORT="${HEADLESS_CLUSTER_REDIS_PORT:-6380}"
INSTANCES=3
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
die() { printf 'cluster.sh: %s\n' "$*" >&2; exit 1; }
as_root() { [ "$(id -u)" -eq 0 ]; }

pg_bin() {
  local dir
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
  [ -n "$dir" ] && [ -x "$dir/initdb" ] && printf '%s' "$dir"
}

# Like build.sh: install what is missing through apt-get when root, otherwise say what to run.
install_missing() {
  command -v dotnet >/dev/null 2>&1 || die "the .NET SDK is missing"
  local missing=()
  [ -n "$(pg_bin)" ] || missing+=(postgresql)
  command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
  [ -x /usr/sbin/nginx ] || command -v nginx >/dev/null 2>&1 || missing+=(nginx)
  command -v curl >/dev/null 2>&1 || missing+=(curl)
  command -v openssl >/dev/null 2>&1 || missing+=(openssl)
  [ "${#missing[@]}" -eq 0 ] && return
  as_root || die "missing: ${missing[*]}. Install them as root: sudo apt-get install -y ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  say "apt-get install ${missing[*]}"
  apt-get install -y --no-install-recommends "${missing[@]}" || { apt-get update && apt-get install -y --no-install-recommends "${missing[@]}"; }
}

# PostgreSQL refuses to run as root: its tools run as the postgres user then.
pg() {
  local tool="$1"; shift
  if as_root; then runuser -u postgres -- "$(pg_bin)/$tool" "$@"; else "$(pg_bin)/$tool" "$@"; fi
}

# One random secret per name, generated once and kept in the state directory (mode 600).
secret() {
  local file="$STATE/secrets/$1"
  if [ ! -s "$file" ]; then
    mkdir -p "$STATE/secrets" && chmod 700 "$STATE/secrets"
    openssl rand -hex 24 > "$file" && chmod 600 "$file"
  fi
  cat "$file"
}

running() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

start_postgres() {
  local data="$STATE/postgres"
  if [ ! -f "$data/PG_VERSION" ]; then
    say "initdb $data"
    mkdir -p "$data"
    # The superuser's password goes to initdb in a file only it can read, then the file is removed.
    local pwfile="$STATE/initdb.pw"
    secret postgres >"$pwfile" && chmod 600 "$pwfile"
    as_root && chown postgres:postgres "$data" "$pwfile"
    pg initdb -D "$data" -U postgres --auth=scram-sha-256 --pwfile="$pwfile" --encoding=UTF8 --no-locale >/dev/null
    rm -f "$pwfile"
  fi
  if pg pg_ctl status -D "$data" >/dev/null 2>&1; then
    return
  fi
  say "PostgreSQL on 127.0.0.1:$PG_PORT"
  pg pg_ctl start -D "$data" -l "$data/postgres.log" -w -t 60 -o "-p $PG_PORT -h 127.0.0.1 -k $data" >/dev/null
  # The application's own role and database, not the superuser.
  PGPASSWORD="$(secret postgres)" "$(pg_bin)/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -q \
    -v pw="$(secret headless-db)" >/dev/null <<'SQL'
SELECT 'CREATE ROLE headless LOGIN' WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'headless') \gexec
ALTER ROLE headless PASSWORD :'pw';
SELECT 'CREATE DATABASE headless OWNER headless' WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = 'headless') \gexec
SQL
}

start_redis() {
  running "$STATE/redis.pid" && return
  say "Redis on 127.0.0.1:$REDIS_PORT"
  mkdir -p "$STATE/redis"
  # requirepass on the command line would show in ps; a config file of mode 600 keeps it private.
  printf 'requirepass %s\n' "$(secret redis)" > "$STATE/redis/redis.conf" && chmod 600 "$STATE/redis/redis.conf"
  redis-server "$STATE/redis/redis.conf" --port "$REDIS_PORT" --bind 127.0.0.1 --daemonize yes \
    --pidfile "$STATE/redis.pid" --dir "$STATE/redis" --logfile "$STATE/redis/redis.log" --appendonly yes
  for _ in $(seq 50); do running "$STATE/redis.pid" && return; sleep 0.1; done
  die "redis-server did not start: $STATE/redis/redis.log"
}

publish_api() {
  say "dotnet publish src/Api -c Release"
  local log="$STATE/publish.log"
  dotnet publish src/Api -c Release -o "$STATE/app" -v q --nologo >"$log" 2>&1 || { cat "$log" >&2; die "dotnet publish failed"; }
}

start_api() {
  local n="$1" port=$((BASE_PORT + $1)) pidfile="$STATE/api-$1.pid"
  running "$pidfile" && return
  say "API instance $n on 127.0.0.1:$port"
  mkdir -p "$STATE/api-$n"
  # Production with exactly what it needs: the database and Redis, nginx as the trusted proxy, the sandbox payment
  # provider (explicitly enabled, with a secret of its own) so the walkthrough works against the cluster.
  (
    cd "$STATE/api-$n"
    export ASPNETCORE_ENVIRONMENT=Production \
      ASPNETCORE_URLS="http://127.0.0.1:$port" \
      Database__Provider=Postgres \
      ConnectionStrings__Headless="Host=127.0.0.1;Port=$PG_PORT;Database=headless;Username=headless;Password=$(secret headless-db)" \
      Redis__Configuration="127.0.0.1:$REDIS_PORT,password=$(secret redis)" \
      ForwardedHeaders__Enabled=true \
      Payments__Sandbox__Enabled=true \
      Payments__Sandbox__WebhookSecret="whsec_$(secret webhook)" \
      Hosting__ShutdownTimeout=00:00:20
    nohup dotnet "$STATE/app/Headless.Api.dll" >"$STATE/api-$n/api.log" 2>&1 &
    echo $! >"$pidfile"
  )
}

wait_ready() {
  local port=$((BASE_PORT + $1))
  for _ in $(seq 120); do
    curl -fsS "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && return
    running "$STATE/api-$1.pid" || die "API instance $1 exited: $STATE/api-$1/api.log"
    sleep 0.5
  done
  die "API instance $1 not ready after 60 s: $STATE/api-$1/api.log"
}

start_nginx() {
  running "$STATE/nginx.pid" && return
  say "nginx on 127.0.0.1:$LB_PORT"
  local upstreams="" n user=""
  for n in $(seq "$INSTANCES"); do
    upstreams+="server 127.0.0.1:$((BASE_PORT + n)) max_fails=1 fail_timeout=10s;"$'\n        '
  done
  as_root && user="user www-data;"
  mkdir -p "$STATE/nginx-tmp"
  local template
  template="$(cat ops/nginx.conf.template)"
  template="${template//@@USER@@/$user}"
  template="${template//@@STATE@@/$STATE}"
  template="${template//@@LISTEN@@/127.0.0.1:$LB_PORT}"
  template="${template//@@UPSTREAMS@@/$upstreams}"
  printf '%s\n' "$template" >"$STATE/nginx.conf"
  nginx -t -q -p "$STATE" -c "$STATE/nginx.conf" -e "$STATE/nginx-error.log"
  nginx -p "$STATE" -c "$STATE/nginx.conf" -e "$STATE/nginx-error.log"
}

start() {
  install_missing
  mkdir -p "$STATE"
  start_postgres
  start_redis
  publish_api
  # The first instance migrates and seeds; the others start on the finished database.
  start_api 1 && wait_ready 1
  for n in $(seq 2 "$INSTANCES"); do start_api "$n"; done
  for n in $(seq 2 "$INSTANCES"); do wait_ready "$n"; done
  start_nginx
  curl -fsS "http://127.0.0.1:$LB_PORT/health/ready" >/dev/null || die "nginx does not reach the instances: $STATE/nginx-error.log"
  say "Headless cluster: http://127.0.0.1:$LB_PORT/graphql (ws://127.0.0.1:$LB_PORT/graphql)"
  echo "   webhook secret: $STATE/secrets/webhook (prefixed whsec_); logs: $STATE/api-*/api.log; stop: ./build.sh cluster stop"
}

stop_pid() {
  local pidfile="$1" name="$2"
  running "$pidfile" || { rm -f "$pidfile"; return; }
  local pid
  pid="$(cat "$pidfile")"
  say "stopping $name ($pid)"
  kill -TERM "$pid"
  for _ in $(seq 300); do kill -0 "$pid" 2>/dev/null || { rm -f "$pidfile"; return; }; sleep 0.1; done
  kill -KILL "$pid" 2>/dev/null || true
  rm -f "$pidfile"
}

stop() {
  [ -d "$STATE" ] || { echo "no cluster state in $STATE"; return; }
  if running "$STATE/nginx.pid"; then
    say "stopping nginx"
    nginx -s quit -p "$STATE" -c "$STATE/nginx.conf" -e "$STATE/nginx-error.log" || true
    for _ in $(seq 100); do running "$STATE/nginx.pid" || break; sleep 0.1; done
  fi
  local n
  for n in $(seq "$INSTANCES"); do stop_pid "$STATE/api-$n.pid" "API instance $n"; done
  stop_pid "$STATE/redis.pid" "Redis"
  if [ -f "$STATE/postgres/postmaster.pid" ]; then
    say "stopping PostgreSQL"
    pg pg_ctl stop -D "$STATE/postgres" -m fast -w >/dev/null || true
  fi
}

status() {
  local n
  printf '%-14s %s\n' nginx "$(running "$STATE/nginx.pid" && echo "running, http://127.0.0.1:$LB_PORT" || echo stopped)"
  for n in $(seq "$INSTANCES"); do
    printf '%-14s %s\n' "api-$n" "$(running "$STATE/api-$n.pid" && echo "running, 127.0.0.1:$((BASE_PORT + n))" || echo stopped)"
  done
  printf '%-14s %s\n' redis "$(running "$STATE/redis.pid" && echo running || echo stopped)"
  printf '%-14s %s\n' postgres "$([ -f "$STATE/postgres/postmaster.pid" ] && echo running || echo stopped)"
}

case "${1:-start}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 1 ;;
esac
