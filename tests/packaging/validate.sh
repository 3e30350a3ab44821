#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# validate.sh desktop|metainfo|mime FILE: runs the freedesktop validator for the file; any complaint fails.
set -euo pipefail
. "$(dirname "$0")/need-tool.sh"
kind=$1
file=$2
case $kind in
desktop)
    need desktop-file-validate desktop-file-utils
    out=$(desktop-file-validate "$file" 2>&1) || { echo "$out"; exit 1; }
    # Warnings and hints do not change the exit status; they still have to be fixed.
    [ -z "$out" ] || { echo "$out"; exit 1; }
    ;;
metainfo)
    need appstreamcli appstream
    appstreamcli validate --no-net --explain "$file"
    ;;
mime)
    # The database built from the file must know both types and their globs.
    need update-mime-database shared-mime-info
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    mkdir -p "$tmp/mime/packages"
    cp "$file" "$tmp/mime/packages/"
    XDG_DATA_DIRS=$tmp update-mime-database "$tmp/mime" 2>&1 | tee "$tmp/log"
    [ ! -s "$tmp/log" ] || exit 1
    expect() { grep -q "$1" "$tmp/mime/$2" || { echo "FAIL: the MIME database's $2 lacks $1"; exit 1; }; }
    expect '^application/x-kairos-workspace$' types
    expect '^application/x-kairos-bundle+json$' types
    expect ':application/x-kairos-workspace:\*\.kairos$' globs2
    expect ':application/x-kairos-bundle+json:bundle\.json$' globs2
    expect '^application/x-kairos-workspace application/vnd.sqlite3$' subclasses
    expect '^application/x-kairos-bundle+json application/json$' subclasses
    ;;
*)
    echo "usage: validate.sh desktop|metainfo|mime FILE"
    exit 2
    ;;
esac
echo "$kind: $file is valid"
