#!/usr/bin/env bash
# install-deps.sh — install the Debian packages the build and the tests need.
# Run by `make` (as root on a fresh Debian 12 machine); a no-op when all are present.
set -eu
pkgs="build-essential libgmp-dev libedit-dev libutf8proc-dev libpcre2-dev libzydis-dev libssl-dev python3"
[ "${1:-}" = "--bench" ] && pkgs="$pkgs pypy3 luajit chromium time"
missing=""
for p in $pkgs; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "install-deps: installing:$missing"
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
