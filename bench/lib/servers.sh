# Shared by the bench scripts (source it): private PostgreSQL and Redis on free loopback ports, the API published in
# Release and started in Production, CPU time from procfs. Everything started is stopped by bench_cleanup (on EXIT).
# The same approach as tests/Shared/PostgresServer.cs and RedisServer.cs, in shell.

BENCH_ROOT=$(mktemp -d /tmp/headless-bench.XXXXXX)
BENCH_PIDS=()
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)

bench_free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

bench_need() {
  for tool in "$@"; do
    command -v "$tool" >/dev/null || { echo "bench: $tool is missing (Debian: apt-get install ${tool/redis-server/redis-server})" >&2; exit 1; }
  done
}

bench_as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

bench_start_postgres() {
  [ -x "$PG_BIN/initdb" ] || { echo "bench: PostgreSQL server binaries not found (apt-get install postgresql)" >&2; exit 1; }
  PG_PORT=$(bench_free_port)
  PG_DATA=$BENCH_ROOT/pg
  mkdir -p "$PG_DATA"
  [ "$(id -u)" = 0 ] && chown -R postgres:postgres "$BENCH_ROOT"
  bench_as_postgres "$PG_BIN/initdb" -D "$PG_DATA" -U postgres --auth=trust --encoding=UTF8 --no-locale --no-sync >/dev/null
  bench_as_postgres "$PG_BIN/pg_ctl" start -D "$PG_DATA" -l "$BENCH_ROOT/pg/postgres.log" -w -t 60 \
    -o "-p $PG_PORT -h 127.0.0.1 -k $BENCH_ROOT -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" >/dev/null
  PG_PID=$(head -1 "$PG_DATA/postmaster.pid")
  PG_CONNECTION="Host=127.0.0.1;Port=$PG_PORT;Database=headless;Username=postgres;Include Error Detail=false"
  bench_psql postgres -c "CREATE DATABASE headless" >/dev/null
}

bench_psql() {
  local database=$1; shift
  "$PG_BIN/psql" -X -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d "$database" "$@"
}

# Every statement the server runs goes to its log while counting (log_statement = all), so the count includes the
# DISCARD ALL a pooled connection's reset sends.
bench_sql_log_on() {
  bench_psql headless -c "ALTER SYSTEM SET log_statement = 'all'" -c "SELECT pg_reload_conf()" >/dev/null
  sleep 0.3
  PG_LOG_OFFSET=$(stat -c %s "$PG_DATA/postgres.log")
}

bench_sql_log_off() {
  bench_psql headless -c "ALTER SYSTEM RESET log_statement" -c "SELECT pg_reload_conf()" >/dev/null
  tail -c +"$((PG_LOG_OFFSET + 1))" "$PG_DATA/postgres.log" | grep -E 'LOG:  (statement|execute [^:]*):' \
    | grep -v -E 'ALTER SYSTEM|pg_reload_conf' > "$BENCH_ROOT/sql.log" || true
  wc -l < "$BENCH_ROOT/sql.log"
}

bench_start_redis() {
  REDIS_PORT=$(bench_free_port)
  mkdir -p "$BENCH_ROOT/redis"
  redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save "" --appendonly no --dir "$BENCH_ROOT/redis" \
    --daemonize yes --pidfile "$BENCH_ROOT/redis/redis.pid" --logfile "$BENCH_ROOT/redis/redis.log"
  for _ in $(seq 50); do redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 && break; sleep 0.1; done
  REDIS_PID=$(cat "$BENCH_ROOT/redis/redis.pid")
}

bench_redis_commands() {
  redis-cli -p "$REDIS_PORT" info stats | tr -d '\r' | awk -F: '/^total_commands_processed/ {print $2}'
}

bench_publish() {
  # $1: project, $2: output directory
  dotnet publish "$1" -c Release -o "$2" -v quiet -nologo >/dev/null
}

# Starts the published API in Production on a free port; extra "KEY=VALUE" arguments become its environment.
# Sets API_PID and API_URL (the last one started).
bench_start_api() {
  local port; port=$(bench_free_port)
  local log=$BENCH_ROOT/api-$port.log
  env ASPNETCORE_ENVIRONMENT=Production DOTNET_ENVIRONMENT=Production \
    Urls="http://127.0.0.1:$port" \
    Database__Provider=Postgres ConnectionStrings__Headless="$PG_CONNECTION" \
    Logging__LogLevel__Default=Warning Logging__LogLevel__Microsoft.Hosting.Lifetime=Information \
    "$@" dotnet "$BENCH_ROOT/api/Headless.Api.dll" >"$log" 2>&1 &
  API_PID=$!
  BENCH_PIDS+=("$API_PID")
  API_URL="http://127.0.0.1:$port"
  for _ in $(seq 600); do
    curl -sf "$API_URL/health/ready" >/dev/null 2>&1 && return 0
    kill -0 "$API_PID" 2>/dev/null || { echo "bench: the API exited:" >&2; cat "$log" >&2; exit 1; }
    sleep 0.1
  done
  echo "bench: the API did not become ready:" >&2; cat "$log" >&2; exit 1
}

# CPU time (clock ticks, user + system) of a process and its children, including children that already exited
# (for the postmaster: every backend that ended).
bench_cpu_ticks() {
  local total=0 pid
  for pid in "$@"; do
    [ -r "/proc/$pid/stat" ] || continue
    total=$((total + $(awk '{print $14 + $15 + $16 + $17}' "/proc/$pid/stat")))
    for child in $(cat /proc/"$pid"/task/*/children 2>/dev/null); do
      [ -r "/proc/$child/stat" ] && total=$((total + $(awk '{print $14 + $15}' "/proc/$child/stat")))
    done
  done
  echo "$total"
}

bench_rss_kb() {
  awk '/^VmRSS/ {print $2}' "/proc/$1/status"
}

bench_cleanup() {
  for pid in "${BENCH_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${BENCH_PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  [ -n "${REDIS_PID:-}" ] && kill "$REDIS_PID" 2>/dev/null
  [ -n "${PG_DATA:-}" ] && bench_as_postgres "$PG_BIN/pg_ctl" stop -D "$PG_DATA" -m immediate -w >/dev/null 2>&1
  rm -rf "$BENCH_ROOT"
}
trap bench_cleanup EXIT
