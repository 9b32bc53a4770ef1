#!/usr/bin/env bash
# CI stage: build and test Glossator inside a Debian 13 (trixie) chroot.
#
# The chroot is cached outside the clone (GLOSSATOR_TRIXIE_ROOT, default
# /var/cache/glossator-ci/trixie) so that only the first run pays for
# debootstrap and the package install. Extra CMake arguments can be given in
# GLOSSATOR_TRIXIE_EXTRA_CMAKE_ARGS (split on whitespace).
#
# Usage (as root, from the repository top): bash .ci/debian13.sh
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-svg-dev qt6-pdf-dev libqt6sql6-sqlite qt6-qpa-plugins
    libgl-dev libvulkan-dev libxkbcommon-dev
    libsqlite3-dev sqlite3 libuchardet-dev libkf6syntaxhighlighting-dev
    fonts-dejavu-core fonts-noto-core fonts-noto-cjk
    poppler-utils xauth xvfb libxml2-utils
)

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
shared="$(dirname "$top")/shared"
root=$(realpath -m "${GLOSSATOR_TRIXIE_ROOT:-/var/cache/glossator-ci/trixie}")
stamp="$root/.glossator-ci-stamp"
read -ra extra_cmake_args <<<"${GLOSSATOR_TRIXIE_EXTRA_CMAKE_ARGS:-}"

log() { echo "debian13: $*"; }
die() { log "error: $*" >&2; exit 1; }

[[ $(id -u) -eq 0 ]] || die "must run as root (debootstrap, chroot and mounts need it)"
# The root gets removed with rm -rf when incomplete, so refuse anything short.
[[ $root == /*/* ]] || die "refusing to use '$root' as the chroot"

# --- step timing --------------------------------------------------------------

step=""
step_start=$SECONDS
begin() { step=$1; step_start=$SECONDS; log "$step..."; }
end() { log "$step took $((SECONDS - step_start)) s"; step=""; }

# --- mounts -------------------------------------------------------------------

mounted=()

# Mount points at or below the root, deepest first.
mounts_under_root() {
    findmnt -rn -o TARGET | awk -v r="$root" '$0 == r || index($0, r "/") == 1' | sort -r
}

unmount() {
    umount "$1" 2>/dev/null || umount -l "$1" || log "warning: could not unmount $1"
}

# bind_mount SOURCE TARGET [ro]
bind_mount() {
    mkdir -p "$2"
    mount --bind "$1" "$2"
    mounted+=("$2")
    # Keep mounts made under the bind from propagating back to the host.
    mount --make-private "$2"
    if [[ ${3:-} == ro ]]; then
        mount -o remount,bind,ro "$2"
    fi
}

# fs_mount TYPE TARGET [OPTIONS]
fs_mount() {
    mkdir -p "$2"
    mount -t "$1" -o "${3:-defaults}" "$1" "$2"
    mounted+=("$2")
}

# Also picks up what a failed debootstrap or a killed earlier run left behind.
release_all_mounts() {
    local i target
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
        unmount "${mounted[i]}"
    done
    mounted=()
    while read -r target; do
        [[ -n $target ]] && unmount "$target"
    done < <(mounts_under_root)
}

remove_root() {
    # A bind mount of the clone or of /dev sits on the same file system, so
    # --one-file-system alone would not stop rm from descending into it.
    if [[ -n $(mounts_under_root) ]]; then
        die "refusing to remove $root: something is still mounted below it"
    fi
    rm -rf --one-file-system -- "$root"
}

on_exit() {
    local rc=$?
    # A second Ctrl-C must not cut the unmounting short.
    trap - EXIT
    trap '' INT TERM HUP
    set +e
    release_all_mounts
    if [[ -n $(mounts_under_root) ]]; then
        log "error: mounts left below $root:" >&2
        mounts_under_root >&2
        rc=1
    fi
    if [[ $rc -ne 0 ]]; then
        log "FAILED${step:+ during $step after $((SECONDS - step_start)) s} (exit $rc)" >&2
    fi
    exit "$rc"
}
trap on_exit EXIT
# Turn signals into a normal exit so that on_exit always unmounts.
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

# --- helpers --------------------------------------------------------------------

# The Debian mirror this machine already uses: the deb822 entry for bookworm
# first, then one-line "deb" entries. Third-party sources never list bookworm
# as a suite of their own, so they drop out.
host_mirror() {
    local -a deb822=(/etc/apt/sources.list.d/*.sources) oneline=(/etc/apt/sources.list /etc/apt/sources.list.d/*.list)
    local f mirror=""
    for f in "${deb822[@]}"; do
        [[ -r $f ]] || continue
        mirror=$(awk '
            function flush() {
                if (enabled != "no" && (" " types " ") ~ / deb / && (" " suites " ") ~ / bookworm / && uris != "") {
                    split(uris, u, " "); print u[1]; found = 1; exit
                }
                types = suites = uris = enabled = ""
            }
            /^[ \t]*#/ { next }
            /^[ \t]*$/ { flush(); next }
            {
                key = tolower($1); value = $0; sub(/^[^:]*:[ \t]*/, "", value)
                if (key == "types:") types = value
                else if (key == "suites:") suites = value
                else if (key == "uris:") uris = value
                else if (key == "enabled:") enabled = tolower(value)
            }
            END { if (!found) flush() }' "$f")
        [[ -n $mirror ]] && break
    done
    if [[ -z $mirror ]]; then
        for f in "${oneline[@]}"; do
            [[ -r $f ]] || continue
            mirror=$(awk '$1 == "deb" { sub(/\[[^]]*\]/, ""); if ($3 == "bookworm") { print $2; exit } }' "$f")
            [[ -n $mirror ]] && break
        done
    fi
    [[ -n $mirror ]] || return 1
    echo "${mirror%/}"
}

# Runs a command in the chroot with a clean, predictable environment; leading
# VAR=value arguments are added to it.
in_root() {
    local -a environment=(PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin HOME=/tmp LANG=C.UTF-8)
    if [[ -v CI ]]; then
        environment+=("CI=$CI")
    fi
    chroot "$root" /usr/bin/env -i "${environment[@]}" "$@"
}

# --- main -------------------------------------------------------------------------

total_start=$SECONDS
mirror=$(host_mirror) || die "no bookworm entry found in /etc/apt/sources.list{,.d/*}"
log "repository $top, chroot $root, mirror $mirror"

mkdir -p "$(dirname "$root")"
# Two runs sharing one cached root would trample each other.
exec 9>"$root.lock"
if ! flock -n 9; then
    log "waiting for another run to release $root.lock"
    flock 9
fi

release_all_mounts

if ! command -v debootstrap >/dev/null; then
    begin "installing debootstrap on the host"
    DEBIAN_FRONTEND=noninteractive apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends debootstrap
    end
fi

# The stamp is written only once the packages are in, so a missing stamp means
# an earlier run died half way.
if [[ -e $root && ! -f $stamp ]]; then
    log "removing incomplete chroot $root"
    remove_root
fi

if [[ ! -e $root ]]; then
    begin debootstrap
    debootstrap --variant=minbase trixie "$root" "$mirror"
    end
else
    log "reusing cached chroot $root"
fi

fs_mount proc "$root/proc"
bind_mount /dev "$root/dev"
bind_mount /dev/pts "$root/dev/pts"
fs_mount tmpfs "$root/tmp" mode=1777

wanted_stamp=$(printf 'mirror %s\n' "$mirror"; printf 'package %s\n' "${packages[@]}" | sort)
if [[ ! -f $stamp || $(<"$stamp") != "$wanted_stamp" ]]; then
    begin "package install"
    cp --remove-destination /etc/resolv.conf "$root/etc/resolv.conf"
    printf 'deb %s trixie main\n' "$mirror" >"$root/etc/apt/sources.list"
    # No init system in the chroot: keep maintainer scripts from starting services.
    printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
    chmod 755 "$root/usr/sbin/policy-rc.d"
    in_root DEBIAN_FRONTEND=noninteractive apt-get update -q
    in_root DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${packages[@]}"
    in_root apt-get clean
    printf '%s\n' "$wanted_stamp" >"$stamp"
    end
fi

# Read-only: the build must not write into the clone.
bind_mount "$top" "$root/src" ro
if [[ -d $shared ]]; then
    bind_mount "$shared" "$root/shared" ro
fi

# Always start from an empty build directory so the stage is a clean build.
rm -rf --one-file-system -- "$root/build"

begin configure
in_root cmake -S /src -B /build -G Ninja \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DGLOSSATOR_SYNTAX_HIGHLIGHTING=ON \
    -DGLOSSATOR_WERROR=ON \
    "${extra_cmake_args[@]}"
end

begin build
in_root cmake --build /build -j2
end

begin "link check"
# Trust the binary rather than the configure output: it must really use KF6.
[[ -x $root/build/glossator ]] || die "the build produced no /build/glossator"
ldd_lines=$(in_root ldd /build/glossator | grep -i KF6SyntaxHighlighting || true)
printf '%s\n' "${ldd_lines:-(no libKF6SyntaxHighlighting in ldd output)}"
grep -q '=> /' <<<"$ldd_lines" || die "glossator is not linked against libKF6SyntaxHighlighting"
end

begin tests
in_root QT_QPA_PLATFORM=offscreen /bin/sh -c 'cd /build && ctest --output-on-failure --no-tests=error -j2'
end

log "all steps passed in $((SECONDS - total_start)) s"
