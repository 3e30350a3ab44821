#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A throw-away PostgreSQL server on loopback for the storage tests, run as the postgres user in a
# temporary data folder. Exports KAIROS_TEST_PG_URL for the tests. Under CI=true a server that does
# not come up is an error; elsewhere the PostgreSQL half of the tests is skipped with a message.

start_test_postgres() {
    local bindir
    bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    pg_failed() {
        if [ "${CI:-}" = "true" ]; then
            printf '[kairos] error: %s\n' "$1" >&2
            exit 1
        fi
        printf '[kairos] warning: %s; PostgreSQL tests will be skipped\n' "$1" >&2
        return 0
    }
    [ -n "$bindir" ] || { pg_failed "PostgreSQL server binaries not found"; return 0; }
    local runas=()
    if [ "$(id -u)" -eq 0 ]; then
        runas=(runuser -u postgres --)
    fi
    pg_dir=$(mktemp -d /tmp/kairos-pg.XXXXXX)
    chmod 755 "$pg_dir"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$pg_dir"
    local port=54329
    while (echo >/dev/tcp/127.0.0.1/$port) 2>/dev/null; do port=$((port + 1)); done
    "${runas[@]}" "$bindir/initdb" -D "$pg_dir/data" -U kairos -A trust --no-sync -E UTF8 >"$pg_dir/initdb.log" 2>&1 ||
        { pg_failed "initdb failed (see $pg_dir/initdb.log)"; return 0; }
    # The team-workspace tests log in as kairos_password with a password (first matching rule wins); every
    # other role keeps trust on loopback.
    "${runas[@]}" sh -c '{ echo "host all kairos_password 127.0.0.1/32 scram-sha-256"; cat "$1"; } >"$1.new" &&
        mv "$1.new" "$1" && chmod 600 "$1"' sh "$pg_dir/data/pg_hba.conf" ||
        { pg_failed "could not add the password rule to pg_hba.conf"; return 0; }
    "${runas[@]}" "$bindir/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 30 \
        -o "-p $port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50" start >/dev/null ||
        { pg_failed "the PostgreSQL server did not start (see $pg_dir/server.log)"; return 0; }
    pg_bindir=$bindir
    "${runas[@]}" "$bindir/createdb" -h 127.0.0.1 -p "$port" -U kairos kairos_test
    export KAIROS_TEST_PG_URL="postgresql://kairos@127.0.0.1:$port/kairos_test"
    printf '[kairos] PostgreSQL test server on 127.0.0.1:%s\n' "$port"
}

# A server process that died under the tests (a crash, the kernel's OOM killer) makes the tests that were
# using it fail with "database not open"; the server's own account of why goes to the output before its
# log is removed.
report_test_postgres_crashes() {
    local log="$pg_dir/server.log"
    [ -f "$log" ] || return 0
    local crashes
    crashes=$(grep -E 'terminated by signal|exited with exit code|PANIC|out of memory|server process .* was terminated' "$log" |
        head -n 20) || true
    [ -n "$crashes" ] || return 0
    printf '[kairos] the PostgreSQL test server reported a server process crash:\n%s\n' "$crashes" >&2
    dmesg 2>/dev/null | grep -iE 'out of memory|killed process' | tail -n 5 >&2 || true
}

stop_test_postgres() {
    [ -n "${pg_dir:-}" ] || return 0
    report_test_postgres_crashes
    if [ -n "${pg_bindir:-}" ]; then
        if [ "$(id -u)" -eq 0 ]; then
            runuser -u postgres -- "$pg_bindir/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
        else
            "$pg_bindir/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
        fi
    fi
    rm -rf "$pg_dir"
}
