# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced by the packaging checks: `need TOOL PACKAGE` returns when TOOL is installed; otherwise the check is
# skipped (ctest's SKIP_RETURN_CODE 77), except under CI=true, where a missing tool is a failure.
need() {
    command -v "$1" >/dev/null 2>&1 && return 0
    if [ "${CI:-}" = "true" ]; then
        echo "FAIL: $1 is not installed (Debian package $2); CI must have it"
        exit 1
    fi
    echo "SKIP: $1 is not installed (apt-get install $2)"
    exit 77
}
