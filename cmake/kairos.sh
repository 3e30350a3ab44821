#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The one entry point for a fresh Debian machine:
#   bash cmake/kairos.sh run    install what is missing, build, open Kairos on the demo workspace
#                               (without a display: render the demo chart to a PNG and print its path)
#   bash cmake/kairos.sh test   install what is missing, build, run the whole test suite with ctest
#                               (including each parser's libFuzzer target for a few seconds; KAIROS_FUZZ=0 skips that)
#   bash cmake/kairos.sh fuzz   only the libFuzzer runs (KAIROS_FUZZ_SECONDS per target, 10 by default)
# Both are idempotent: a second run installs nothing and rebuilds only what changed.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${KAIROS_BUILD_DIR:-$root/build}
cache=${XDG_CACHE_HOME:-$HOME/.cache}/kairos
jobs=$(nproc 2>/dev/null || echo 2)

say() { printf '[kairos] %s\n' "$*"; }
die() { printf '[kairos] error: %s\n' "$*" >&2; exit 1; }

# A build that runs out of disk fails deep inside the compiler or the linker; warn up front, naming
# the disk and what the build needs (measured on a fresh tree, debug information compressed).
warn_if_low_disk() {
    local dir=$1 need_mib=$2 what=$3 free_mib
    mkdir -p "$dir"
    free_mib=$(df -Pm "$dir" | awk 'NR == 2 { print $4 }')
    if [ -n "$free_mib" ] && [ "$free_mib" -lt "$need_mib" ]; then
        say "warning: only $free_mib MiB free on the disk holding $dir; $what needs about $need_mib MiB"
    fi
}

packages=(
    cmake ninja-build g++ pkg-config git ca-certificates xz-utils perl
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 libqt6opengl6-dev qt6-qpa-plugins libgl-dev
    libarchive-dev libpoppler-qt6-dev libsqlite3-dev
    xvfb xauth postgresql clang
    desktop-file-utils appstream lintian dpkg-dev file shared-mime-info python3
)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo -n "$@" || die "installing packages needs root: run as root or with sudo"; fi
}

install_packages() {
    local missing=()
    for p in "${packages[@]}"; do
        [[ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)" == *"install ok installed"* ]] || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    say "installing ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# Newer distributions ship KF6SyntaxHighlighting; Debian 12 needs the cached Qt 6 build.
syntax_highlighting_prefix() {
    if compgen -G "/usr/lib/*/cmake/KF6SyntaxHighlighting/KF6SyntaxHighlightingConfig.cmake" >/dev/null; then
        return 0
    fi
    bash "$root/cmake/deps/ksyntaxhighlighting.sh" "$cache/ksh-qt6" >&2
    printf '%s' "$cache/ksh-qt6"
}

configure_and_build() {
    install_packages
    local prefix
    prefix=$(syntax_highlighting_prefix)
    local flags=()
    # CI builds warning-free or not at all.
    [ "${CI:-}" = "true" ] && flags+=("-DCMAKE_CXX_FLAGS=-Werror")
    if [ ! -f "$build/build.ninja" ]; then
        warn_if_low_disk "$build" 1200 "the build"
        say "configuring in $build"
        cmake -S "$root" -B "$build" -G Ninja -DCMAKE_PREFIX_PATH="$prefix" \
            -DKAIROS_SHARED_DIR="$root/../shared" "${flags[@]}" >/dev/null
    fi
    say "building"
    cmake --build "$build" -j"$jobs" || die "the build failed"
}

run_app() {
    configure_and_build
    if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
        say "starting Kairos on the demo workspace"
        exec "$build/bin/kairos" --demo
    fi
    local out="$build/kairos-demo-chart.png"
    "$build/bin/kairos-cli" export-chart --demo "$out" --width 1600 --height 900
    say "no display found: the demo workspace's chart was rendered to $out"
}

# Each parser's libFuzzer target, run for a bounded time on a copy of its seed corpus (ctest label libfuzzer).
# They need clang and a build of their own, instrumented for coverage and sanitizers, so they get "$build-fuzz";
# only the fuzz targets and the libraries they link are built there. No -Werror: CI's warning gate is the gcc
# build, and clang warns about things gcc accepts in code these targets merely link.
run_fuzzers() {
    if [ "${KAIROS_FUZZ:-1}" = "0" ]; then
        say "libFuzzer runs skipped (KAIROS_FUZZ=0)"
        return 0
    fi
    if ! command -v clang++ >/dev/null; then
        say "clang++ not found: libFuzzer runs skipped"
        return 0
    fi
    local fuzz="$build-fuzz"
    if [ ! -f "$fuzz/build.ninja" ]; then
        warn_if_low_disk "$fuzz" 400 "the libFuzzer build"
        say "configuring the libFuzzer build in $fuzz"
        CC=clang CXX=clang++ cmake -S "$root" -B "$fuzz" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKAIROS_FUZZ=ON \
            -DCMAKE_PREFIX_PATH="$(syntax_highlighting_prefix)" -DKAIROS_SHARED_DIR="$root/../shared" >/dev/null
    fi
    say "building the fuzz targets"
    cmake --build "$fuzz" -j"$jobs" --target kairos_fuzzers || die "the fuzz target build failed"
    say "running each fuzz target for ${KAIROS_FUZZ_SECONDS:-10}s"
    KAIROS_FUZZ_SECONDS=${KAIROS_FUZZ_SECONDS:-10} \
        ctest --test-dir "$fuzz" --output-on-failure -j"$jobs" -L libfuzzer --no-tests=error
}

run_tests() {
    configure_and_build
    # shellcheck source=cmake/postgres-test-server.sh
    source "$root/cmake/postgres-test-server.sh"
    start_test_postgres
    trap stop_test_postgres EXIT
    ctest --test-dir "$build" --output-on-failure -j"$jobs" --no-tests=error
    run_fuzzers
    # CI (or KAIROS_SANITIZERS=1) runs the suite again under AddressSanitizer, UndefinedBehaviorSanitizer and
    # LeakSanitizer. The package checks are left out there: they test what the release build installs.
    if [ "${CI:-}" = "true" ] || [ "${KAIROS_SANITIZERS:-}" = "1" ]; then
        local sanitized="$build-sanitizers"
        if [ ! -f "$sanitized/build.ninja" ]; then
            warn_if_low_disk "$sanitized" 2000 "the sanitizer build"
            say "configuring the sanitizer build in $sanitized"
            # Line tables are all a sanitizer report needs; full debug information only fills the disk.
            cmake -S "$root" -B "$sanitized" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG=-g1 \
                -DKAIROS_SANITIZE=ON \
                -DCMAKE_PREFIX_PATH="$(syntax_highlighting_prefix)" -DKAIROS_SHARED_DIR="$root/../shared" >/dev/null
        fi
        say "building with sanitizers"
        cmake --build "$sanitized" -j"$jobs" || die "the sanitizer build failed"
        ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
            ctest --test-dir "$sanitized" --output-on-failure -j"$jobs" --no-tests=error -E '^packaging_'
    fi
}

case "${1:-}" in
run) run_app ;;
test) run_tests ;;
fuzz)
    install_packages
    run_fuzzers
    ;;
build) configure_and_build ;;
*) die "usage: bash cmake/kairos.sh run|test|fuzz|build" ;;
esac
