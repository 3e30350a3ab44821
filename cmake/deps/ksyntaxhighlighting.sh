#!/usr/bin/env bash
# Ensure KDE Syntax Highlighting, built against Qt 6, is installed in PREFIX.
#
#   usage: bash cmake/deps/ksyntaxhighlighting.sh PREFIX
#
# Debian 12 ships no Qt 6 build of KSyntaxHighlighting, so this script builds
# one from Debian 13 (trixie) sources:
#   * the upstream tarball of the source package `ksyntax-highlighting`
#     (5.116 at the time of writing; it supports QT_MAJOR_VERSION=6), and
#   * the binary package `extra-cmake-modules` (ECM 6.13), only unpacked with
#     `dpkg -x` into the temporary folder, never installed.
# Both are fetched with apt itself, using a private apt state folder, so the
# system's apt state and sources are left untouched. The Debian mirror is the
# one already configured on this machine for the system's own suite.
#
# Result (in PREFIX):
#   lib/cmake/KF5SyntaxHighlighting/   CMake package KF5SyntaxHighlighting,
#                                      target KF5::SyntaxHighlighting (Qt 6)
#   include/KF6/KSyntaxHighlighting/   headers (#include <KSyntaxHighlighting/Repository>)
#   lib/libKF5SyntaxHighlighting.so*
#   .kairos-ksh-stamp                  written last; its presence = finished install
#
# Idempotent: when PREFIX already holds a finished install, prints one line and
# exits 0 at once, without touching apt or the network.
#
# Optional environment:
#   KSH_SUITE   Debian suite to take the sources from (default: trixie)
#   KSH_MIRROR  Debian mirror URI (default: parsed from this machine's apt sources)
#   KSH_JOBS    parallel build jobs (default: nproc)

set -euo pipefail

STAMP_NAME=.kairos-ksh-stamp
SRC_PKG=ksyntax-highlighting
ECM_PKG=extra-cmake-modules
SUITE=${KSH_SUITE:-trixie}
KEYRING=/usr/share/keyrings/debian-archive-keyring.gpg

log() { printf '[ksh] %s\n' "$*" >&2; }
die() { printf '[ksh] ERROR: %s\n' "$*" >&2; exit 1; }

[ $# -eq 1 ] && [ -n "$1" ] || die "usage: bash $0 PREFIX"
PREFIX=$1
case $PREFIX in /*) ;; *) PREFIX=$PWD/$PREFIX ;; esac
PREFIX=${PREFIX%/}
[ -n "$PREFIX" ] || die "PREFIX must not be /"
STAMP=$PREFIX/$STAMP_NAME
CONFIG_REL=lib/cmake/KF5SyntaxHighlighting/KF5SyntaxHighlightingConfig.cmake

is_finished() {
    [ -s "$STAMP" ] && [ -f "$PREFIX/$CONFIG_REL" ]
}
stamp_version() {
    sed -n 's/^version=//p' "$STAMP" | head -n1
}

# ---- fast path: finished install -------------------------------------------
if is_finished; then
    printf '[ksh] KSyntaxHighlighting %s (Qt 6) already installed in %s\n' "$(stamp_version)" "$PREFIX"
    exit 0
fi

# ---- serialize concurrent runs on the same PREFIX --------------------------
mkdir -p "$(dirname "$PREFIX")"
if command -v flock >/dev/null 2>&1; then
    exec 9>"$PREFIX.lock"
    if ! flock -n 9; then
        log "another run is building into $PREFIX; waiting for it"
        flock 9
    fi
    if is_finished; then
        printf '[ksh] KSyntaxHighlighting %s (Qt 6) already installed in %s\n' "$(stamp_version)" "$PREFIX"
        exit 0
    fi
    # Leftovers of killed runs (we hold the lock, so none of them is alive).
    rm -rf "$PREFIX".tmp-* "$PREFIX".old-* 2>/dev/null || true
fi

T0=$(date +%s)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/kairos-ksh.XXXXXX")
STAGE=$PREFIX.tmp-$$
cleanup() {
    rm -rf "$WORK" "$STAGE"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

log "building KSyntaxHighlighting for Qt 6 into $PREFIX (work dir $WORK)"

# ---- prerequisites ---------------------------------------------------------
command -v apt-get >/dev/null 2>&1 && command -v dpkg >/dev/null 2>&1 \
    || die "this script needs a Debian system (apt-get, dpkg)"
[ -r "$KEYRING" ] || die "$KEYRING missing (apt-get install debian-archive-keyring)"

if [ "$(id -u)" -eq 0 ]; then SUDO=();
elif command -v sudo >/dev/null 2>&1; then SUDO=(sudo -n);
else SUDO=(); fi

dpkg_locked() {
    command -v fuser >/dev/null 2>&1 || return 1
    fuser /var/lib/dpkg/lock-frontend /var/lib/dpkg/lock /var/lib/apt/lists/lock >/dev/null 2>&1
}

# Run a system apt-get command, waiting (rather than fighting) while another
# process holds the dpkg/apt locks.
system_apt() {
    local _try
    for _try in $(seq 1 90); do
        if "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive \
            apt-get -o DPkg::Lock::Timeout=600 "$@"; then
            return 0
        fi
        if dpkg_locked; then
            log "apt/dpkg is busy (another install running); retrying in 10 s"
            sleep 10
            continue
        fi
        return 1
    done
    return 1
}

# Build dependencies (Qt6 Core/Gui/Network/Test/Widgets/PrintSupport from
# qt6-base-dev; Qt6LinguistTools from qt6-tools-dev + lconvert/lrelease from
# qt6-l10n-tools for the translations; perl generates some syntax files).
BUILD_DEPS=(cmake g++ perl xz-utils qt6-base-dev qt6-tools-dev qt6-l10n-tools)
missing=()
for p in "${BUILD_DEPS[@]}"; do
    if ! dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed$'; then
        missing+=("$p")
    fi
done
if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" -ne 0 ] && [ ${#SUDO[@]} -eq 0 ]; then
        die "missing build dependencies: ${missing[*]} (run as root or: apt-get install ${missing[*]})"
    fi
    log "installing missing build dependencies: ${missing[*]}"
    if ! system_apt install -y --no-install-recommends "${missing[@]}"; then
        log "install failed; refreshing the system package lists and retrying"
        system_apt update || die "apt-get update failed"
        system_apt install -y --no-install-recommends "${missing[@]}" \
            || die "could not install: ${missing[*]}"
    fi
fi

# ---- find the Debian mirror configured on this machine ---------------------
HOST_SUITE=$( (. /etc/os-release 2>/dev/null; printf '%s' "${VERSION_CODENAME:-}") )
HOST_SUITE=${HOST_SUITE:-bookworm}

find_mirror() {
    local f
    shopt -s nullglob
    # deb822 files: the paragraph with Types: deb whose Suites include HOST_SUITE
    for f in /etc/apt/sources.list.d/*.sources; do
        awk -v suite="$HOST_SUITE" '
            function flush() {
                if (types ~ /(^|[ \t])deb([ \t]|$)/ && enabled !~ /^[ \t]*no/ && \
                    (" " suites " ") ~ ("[ \t]" suite "[ \t]") && uris != "") {
                    split(uris, u, /[ \t]+/); print u[1]; found = 1; exit
                }
                types = suites = uris = enabled = ""
            }
            /^[ \t]*#/ { next }
            /^[ \t]*$/ { flush(); next }
            tolower($1) == "types:"   { sub(/^[^:]*:[ \t]*/, ""); types = $0 }
            tolower($1) == "suites:"  { sub(/^[^:]*:[ \t]*/, ""); suites = $0 }
            tolower($1) == "uris:"    { sub(/^[^:]*:[ \t]*/, ""); uris = $0 }
            tolower($1) == "enabled:" { sub(/^[^:]*:[ \t]*/, ""); enabled = tolower($0) }
            END { if (!found) flush() }
        ' "$f"
    done
    # one-line format: deb [options] URI SUITE components...
    for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
        [ -r "$f" ] || continue
        sed -e 's/#.*//' -e 's/\[[^]]*\]//' "$f" \
            | awk -v suite="$HOST_SUITE" '$1 == "deb" && $3 == suite { print $2 }'
    done
}

MIRROR=${KSH_MIRROR:-}
if [ -z "$MIRROR" ]; then
    MIRROR=$(find_mirror | grep -E '^(https?|ftp)://' | head -n1 || true)
fi
[ -n "$MIRROR" ] || die "no Debian mirror for suite '$HOST_SUITE' found in /etc/apt/sources.list{,.d/*}; set KSH_MIRROR=URI"
MIRROR=${MIRROR%/}
log "Debian mirror: $MIRROR (suite $SUITE)"

# ---- private apt state ------------------------------------------------------
APTDIR=$WORK/apt
mkdir -p "$APTDIR/state/lists/partial" "$APTDIR/cache/archives/partial" \
         "$APTDIR/etc/sources.list.d" "$APTDIR/etc/preferences.d"
: > "$APTDIR/etc/preferences"
: > "$APTDIR/state/extended_states"
cat > "$APTDIR/etc/sources.list" <<EOF
deb [signed-by=$KEYRING target=Packages] $MIRROR $SUITE main
deb-src [signed-by=$KEYRING target=Sources] $MIRROR $SUITE main
EOF
ARCH=$(dpkg --print-architecture)
APT_OPTS=(
    -o "Dir::Etc::SourceList=$APTDIR/etc/sources.list"
    -o "Dir::Etc::SourceParts=$APTDIR/etc/sources.list.d"
    -o "Dir::Etc::Preferences=$APTDIR/etc/preferences"
    -o "Dir::Etc::PreferencesParts=$APTDIR/etc/preferences.d"
    -o "Dir::State=$APTDIR/state"
    -o "Dir::State::Lists=$APTDIR/state/lists"
    -o "Dir::State::extended_states=$APTDIR/state/extended_states"
    -o "Dir::State::status=/var/lib/dpkg/status"
    -o "Dir::Cache=$APTDIR/cache"
    -o "Dir::Cache::archives=$APTDIR/cache/archives"
    -o "APT::Architecture=$ARCH"
    -o "APT::Architectures=$ARCH"
    -o "APT::Default-Release="
    -o "Acquire::Languages=none"
    -o "Acquire::PDiffs=false"
    -o "Acquire::GzipIndexes=false"
)
if [ "$(id -u)" -eq 0 ]; then
    # Files land in our own root-owned work dir; avoid the _apt sandbox warning.
    APT_OPTS+=(-o "APT::Sandbox::User=root")
fi
papt() { apt-get -q "${APT_OPTS[@]}" "$@"; }
pcache() { apt-cache "${APT_OPTS[@]}" "$@"; }

log "apt-get update (private state, $SUITE main)"
papt update >"$WORK/apt-update.log" 2>&1 || {
    cat "$WORK/apt-update.log" >&2
    die "private apt-get update failed"
}

# ---- versions ---------------------------------------------------------------
SRC_PARA=$(pcache showsrc --only-source "$SRC_PKG" 2>/dev/null \
    | awk -v p="$SRC_PKG" 'BEGIN{RS=""; ORS="\n\n"} $0 ~ ("(^|\n)Package: " p "\n") {print; exit}')
[ -n "$SRC_PARA" ] || die "source package $SRC_PKG not found in $SUITE Sources index"
SRC_VER=$(printf '%s\n' "$SRC_PARA" | sed -n 's/^Version: //p' | head -n1)
[ -n "$SRC_VER" ] || die "no Version for $SRC_PKG in Sources index"
UP_VER=${SRC_VER#*:}; UP_VER=${UP_VER%-*}
# The orig tarball and its SHA-256, from the Checksums-Sha256 field.
read -r ORIG_SHA ORIG_SIZE ORIG_NAME < <(printf '%s\n' "$SRC_PARA" | awk -v pre="${SRC_PKG}_${UP_VER}.orig.tar." '
    /^Checksums-Sha256:/ { in_cs = 1; next }
    in_cs && /^[^ \t]/  { in_cs = 0 }
    in_cs && index($3, pre) == 1 && $3 !~ /\.asc$/ { print $1, $2, $3; exit }') || true
[ -n "${ORIG_NAME:-}" ] && [ -n "${ORIG_SHA:-}" ] \
    || die "no Checksums-Sha256 entry for ${SRC_PKG}_${UP_VER}.orig.tar.* in the Sources index"

ECM_VER=$(pcache show --no-all-versions "$ECM_PKG" 2>/dev/null | sed -n 's/^Version: //p' | head -n1)
[ -n "$ECM_VER" ] || die "binary package $ECM_PKG not found in $SUITE"
log "$SUITE has $SRC_PKG $SRC_VER (upstream $UP_VER) and $ECM_PKG $ECM_VER"

# ---- downloads ---------------------------------------------------------------
DL=$WORK/dl
mkdir -p "$DL"
log "downloading $ECM_PKG $ECM_VER"
( cd "$DL" && papt download "$ECM_PKG=$ECM_VER" ) >"$WORK/apt-download.log" 2>&1 || {
    cat "$WORK/apt-download.log" >&2
    die "apt-get download $ECM_PKG failed"
}
ECM_DEB=$(ls "$DL"/"${ECM_PKG}"_*.deb 2>/dev/null | head -n1 || true)
[ -n "$ECM_DEB" ] || die "apt-get download did not produce ${ECM_PKG}_*.deb"

log "downloading $SRC_PKG $SRC_VER source tarball ($ORIG_NAME)"
# The mirror may not serve the .dsc/.debian.tar/.asc (404): that failure is
# tolerated, only the orig tarball is needed and it is checked below.
( cd "$DL" && papt source --download-only --tar-only "$SRC_PKG=$SRC_VER" ) \
    >"$WORK/apt-source.log" 2>&1 || log "apt-get source reported errors (tolerated; checking for the tarball)"
ORIG=$DL/$ORIG_NAME
if [ ! -s "$ORIG" ]; then
    cat "$WORK/apt-source.log" >&2
    die "source tarball $ORIG_NAME was not downloaded"
fi
GOT_SIZE=$(stat -c %s "$ORIG")
[ "$GOT_SIZE" = "$ORIG_SIZE" ] || die "size mismatch for $ORIG_NAME: got $GOT_SIZE bytes, Sources index says $ORIG_SIZE"
GOT_SHA=$(sha256sum "$ORIG" | awk '{print $1}')
if [ "$GOT_SHA" != "$ORIG_SHA" ]; then
    die "SHA-256 mismatch for $ORIG_NAME: got $GOT_SHA, Sources index says $ORIG_SHA"
fi
log "verified $ORIG_NAME sha256 $GOT_SHA"

# ---- unpack ------------------------------------------------------------------
dpkg -x "$ECM_DEB" "$WORK/ecm" || die "dpkg -x $ECM_DEB failed"
ECM_DIR=$WORK/ecm/usr/share/ECM/cmake
[ -f "$ECM_DIR/ECMConfig.cmake" ] || die "ECMConfig.cmake not found in $ECM_DEB"

mkdir -p "$WORK/src"
tar -xf "$ORIG" -C "$WORK/src" || die "cannot unpack $ORIG_NAME"
SRC_DIR=$(find "$WORK/src" -mindepth 2 -maxdepth 2 -name CMakeLists.txt -printf '%h\n' | head -n1)
[ -n "$SRC_DIR" ] || die "no CMakeLists.txt in $ORIG_NAME"

# ---- configure, build, install -------------------------------------------------
GEN=()
if command -v ninja >/dev/null 2>&1; then GEN=(-G Ninja); fi
JOBS=${KSH_JOBS:-$(nproc 2>/dev/null || echo 2)}
BUILD=$WORK/build

log "configuring (cmake ${GEN[*]:-Unix Makefiles})"
# Configure with the final PREFIX (so the install RPATH is right), install into
# the staging folder with --prefix, move it into place at the end.
cmake -S "$SRC_DIR" -B "$BUILD" "${GEN[@]}" \
    -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_INSTALL_PREFIX="$PREFIX" \
    -DCMAKE_INSTALL_LIBDIR=lib \
    -DQT_MAJOR_VERSION=6 \
    -DBUILD_TESTING=OFF \
    -DBUILD_QCH=OFF \
    -DKSYNTAXHIGHLIGHTING_USE_GUI=ON \
    -DBUILD_codeeditor=OFF -DBUILD_codepdfprinter=OFF -DBUILD_minimaltest=OFF \
    -DCMAKE_DISABLE_FIND_PACKAGE_Qt6Quick=ON \
    -DECM_DIR="$ECM_DIR" \
    >"$WORK/configure.log" 2>&1 || {
    tail -n 60 "$WORK/configure.log" >&2
    die "cmake configure failed (log above)"
}

log "building with $JOBS jobs"
TB=$(date +%s)
cmake --build "$BUILD" --parallel "$JOBS" >"$WORK/build.log" 2>&1 || {
    tail -n 60 "$WORK/build.log" >&2
    die "build failed (log above)"
}
log "build took $(( $(date +%s) - TB )) s"

rm -rf "$STAGE"
cmake --install "$BUILD" --prefix "$STAGE" >"$WORK/install.log" 2>&1 || {
    tail -n 40 "$WORK/install.log" >&2
    die "cmake --install failed"
}

[ -f "$STAGE/$CONFIG_REL" ] || die "install lacks $CONFIG_REL"
LIB=$(ls "$STAGE"/lib/libKF5SyntaxHighlighting.so.* 2>/dev/null | head -n1 || true)
[ -n "$LIB" ] || die "install lacks lib/libKF5SyntaxHighlighting.so.*"
if command -v ldd >/dev/null 2>&1 && ! ldd "$LIB" | grep -q 'libQt6Core'; then
    die "$(basename "$LIB") is not linked to Qt 6"
fi
if grep -rlF "$STAGE" "$STAGE" >/dev/null 2>&1; then
    die "installed files refer to the staging folder $STAGE"
fi

QT_VER=$(dpkg-query -W -f='${Version}' qt6-base-dev 2>/dev/null || echo unknown)
# Stamp last: its presence marks a finished install.
cat > "$STAGE/$STAMP_NAME" <<EOF
version=$UP_VER
source=$SRC_PKG $SRC_VER ($SUITE)
ecm=$ECM_PKG $ECM_VER
qt6-base-dev=$QT_VER
built=$(date -u +%Y-%m-%dT%H:%M:%SZ)
EOF

if [ -e "$PREFIX" ]; then
    # An unfinished (no stamp) earlier install: replace it.
    mv "$PREFIX" "$PREFIX.old-$$"
    rm -rf "$PREFIX.old-$$"
fi
mv "$STAGE" "$PREFIX"

log "installed KSyntaxHighlighting $UP_VER (Qt 6) in $PREFIX in $(( $(date +%s) - T0 )) s"
log "CMake: -DCMAKE_PREFIX_PATH=$PREFIX; find_package(KF5SyntaxHighlighting); target KF5::SyntaxHighlighting"
