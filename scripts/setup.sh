#!/usr/bin/env bash
# Installs the Debian 12 packages the project needs, and nothing when they
# are all present already (a quick dpkg-query check). Run as root or with sudo.
set -euo pipefail

PACKAGES=(
    build-essential cmake git pkg-config
    qt6-base-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools libgl-dev
    qt6-translations-l10n
    nlohmann-json3-dev catch2 libsqlite3-dev sqlite3
    xvfb xauth fonts-noto-cjk fonts-dejavu-core poppler-utils
    clang clang-format clang-tidy libclang-rt-14-dev
    python3
    desktop-file-utils appstream shared-mime-info libxml2-utils dpkg-dev lintian
)

missing=()
for package in "${PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "setup: all ${#PACKAGES[@]} packages present"
    exit 0
fi

echo "setup: installing ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null; then
        SUDO="sudo"
    else
        echo "setup: need root (or sudo) to install: ${missing[*]}" >&2
        exit 1
    fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
