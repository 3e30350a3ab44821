#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# check-deb.sh BUILD_DIR APP_ID KSH_CARRIED(ON|OFF) ICON_SIZES...
# Builds the Debian package with cpack into a temporary folder, checks its control fields and contents, unpacks
# it with dpkg-deb -x and runs the unpacked kairos-cli (--version, export-chart --demo) from there, then runs
# lintian when it is installed. The package and everything else stay in the temporary folder.
set -euo pipefail
. "$(dirname "$0")/need-tool.sh"
build=$1
app=$2
carried=$3
shift 3
sizes=("$@")

need cpack cmake
need dpkg-deb dpkg
need dpkg-shlibdeps dpkg-dev
need readelf binutils

fail() {
    echo "FAIL: $*"
    exit 1
}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cpack -G DEB -B "$tmp/out" --config "$build/CPackConfig.cmake" >"$tmp/cpack.log" 2>&1 || {
    cat "$tmp/cpack.log"
    fail "cpack could not build the package"
}
debs=("$tmp"/out/kairos_*.deb)
[ -f "${debs[0]}" ] || fail "cpack wrote no kairos_*.deb: $(ls "$tmp/out")"
deb=${debs[0]}
echo "built $(basename "$deb")"

[ "$(dpkg-deb -f "$deb" Package)" = kairos ] || fail "the package is not called kairos"
dpkg-deb -f "$deb" Maintainer | grep -q . || fail "no Maintainer"
case $(dpkg-deb -f "$deb" Section) in science | utils) ;; *) fail "section $(dpkg-deb -f "$deb" Section)" ;; esac
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
# shlibdeps ran (Qt and the C library appear with versions) and found the carried library inside the package.
for lib in libc6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6-sqlite; do
    [[ $depends == *"$lib"* ]] || fail "Depends lacks $lib"
done
[[ $depends != *SyntaxHighlighting* && $depends != *syntax-highlighting* ]] || fail "Depends names KSyntaxHighlighting"

contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
expect() {
    grep -qx "$1" <<<"$contents" || fail "the package lacks $1"
}
expect ./usr/bin/kairos
expect ./usr/bin/kairos-cli
expect "./usr/share/applications/$app.desktop"
expect "./usr/share/metainfo/$app.metainfo.xml"
expect "./usr/share/mime/packages/$app.xml"
expect "./usr/share/icons/hicolor/scalable/apps/$app.svg"
for size in "${sizes[@]}"; do
    expect "./usr/share/icons/hicolor/${size}x${size}/apps/$app.png"
done
expect ./usr/share/doc/kairos/copyright
if [ "$carried" = ON ]; then
    grep -Eq '^\./usr/lib/(.*/)?kairos/libKF[56]SyntaxHighlighting\.so\.[0-9]+$' <<<"$contents" \
        || fail "the package does not carry KSyntaxHighlighting in lib/kairos"
fi
# Nothing may land in a local prefix or a home folder (the admin's or anyone's).
outside='^\./(usr/local|root|home)/'
if grep -Eq "$outside" <<<"$contents"; then
    fail "files outside /usr: $(grep -E "$outside" <<<"$contents" | head -3)"
fi

dpkg-deb -x "$deb" "$tmp/unpacked"
for file in "$tmp"/unpacked/usr/bin/* "$tmp"/unpacked/usr/lib/kairos/*.so.* "$tmp"/unpacked/usr/lib/*/kairos/*.so.*; do
    [ -f "$file" ] || continue
    runpath=$(readelf -d "$file" | sed -n 's/.*R\(UN\)\{0,1\}PATH.*\[\(.*\)\]/\2/p')
    if [ -n "$runpath" ] && [[ $runpath != '$ORIGIN/'* ]]; then
        fail "$(basename "$file") searches $runpath for libraries"
    fi
done
# Each icon has the size its folder names (PNG width and height are bytes 16 to 23).
for size in "${sizes[@]}"; do
    png="$tmp/unpacked/usr/share/icons/hicolor/${size}x${size}/apps/$app.png"
    read -r width height < <(od -An -tu1 -j16 -N8 "$png" | awk '{print $3*256+$4, $7*256+$8}')
    [ "$width $height" = "$size $size" ] || fail "$png is ${width}x$height"
done

# The unpacked programs find the carried library through their RUNPATH ($ORIGIN), without LD_LIBRARY_PATH.
cli="$tmp/unpacked/usr/bin/kairos-cli"
if [ "$carried" = ON ]; then
    # ldd's output is kept first: `ldd | grep -q` under pipefail fails at random when grep stops reading early.
    libraries=$(ldd "$tmp/unpacked/usr/bin/kairos")
    grep -q "SyntaxHighlighting.so.* => $tmp/unpacked/usr/" <<<"$libraries" \
        || fail "kairos does not load the carried KSyntaxHighlighting: $(grep -i syntax <<<"$libraries")"
fi
version=$(env -u LD_LIBRARY_PATH "$cli" --version) || fail "kairos-cli --version failed"
echo "$version"
grep -q "^kairos-cli [0-9]" <<<"$version" || fail "kairos-cli --version printed no version"
mkdir -p "$tmp/home"
HOME="$tmp/home" XDG_CACHE_HOME="$tmp/home/cache" QT_QPA_PLATFORM=offscreen \
    "$cli" export-chart --demo "$tmp/demo.png" --width 800 --height 450 || fail "kairos-cli export-chart --demo failed"
[ "$(od -An -c -j1 -N3 "$tmp/demo.png" | tr -d ' ')" = PNG ] || fail "export-chart --demo wrote no PNG"

if command -v lintian >/dev/null 2>&1; then
    # Lintian refuses nothing here; its findings are printed, and errors fail the check. The placeholder
    # maintainer address (kairos@localhost) is a known error until a real address is configured
    # (-DKAIROS_DEB_MAINTAINER="Name <address>").
    lintian --tag-display-limit 0 "$deb" >"$tmp/lintian.log" 2>&1 || true
    echo "lintian:"
    sed 's/^/  /' "$tmp/lintian.log"
    errors=$(grep '^E:' "$tmp/lintian.log" | grep -v 'bogus-mail-host.*@localhost' || true)
    [ -z "$errors" ] || fail "lintian errors: $errors"
else
    echo "lintian is not installed: the package was not linted"
fi
echo "the package is complete and runs"
