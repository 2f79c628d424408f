#!/usr/bin/env bash
# Installs the build into a throwaway prefix and checks that what a user
# gets works from there: the files in their places, the installed aisov-cli
# scoring the installed data exactly as the build tree's scores the source
# data, and the installed application starting (offscreen) and seeding its
# database with the bundled profiles.
#   check-install.sh BUILD_DIR SOURCE_DIR APP_ID
set -euo pipefail
build=$1 source=$2 id=$3
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
fail() { echo "check-install: $*" >&2; exit 1; }

cmake --install "$build" --prefix "$prefix" >/dev/null

expected=(bin/aisov bin/aisov-cli
          share/aisov/methodology/ai-sovereignty.json
          share/aisov/profiles/bundled-profiles.json
          share/aisov/templates/investment-templates.json
          "share/applications/$id.desktop" "share/metainfo/$id.metainfo.xml"
          "share/mime/packages/$id.xml" "share/icons/hicolor/scalable/apps/$id.svg"
          share/man/man1/aisov.1.gz share/man/man1/aisov-cli.1.gz
          share/doc/aisov/copyright share/doc/aisov/changelog.Debian.gz)
for size in 16 22 24 32 48 64 128 256 512; do
    expected+=("share/icons/hicolor/${size}x${size}/apps/$id.png")
done
for file in "${expected[@]}"; do
    [ -s "$prefix/$file" ] || fail "$file is missing or empty"
done
# Each PNG has the size its directory names (bytes 16-23 of a PNG: width, height).
for size in 16 48 512; do
    png="$prefix/share/icons/hicolor/${size}x${size}/apps/$id.png"
    read -r width height < <(od -An -tu1 -j16 -N8 "$png" |
        awk '{print $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8}')
    [ "$width $height" = "$size $size" ] || fail "$png is ${width}x${height}, not ${size}x${size}"
done

installed=$("$prefix/bin/aisov-cli" score --format csv \
    --profiles "$prefix/share/aisov/profiles/bundled-profiles.json")
built=$("$build/src/cli/aisov-cli" score --format csv \
    --profiles "$source/data/profiles/bundled-profiles.json")
[ -n "$installed" ] || fail "the installed aisov-cli printed nothing"
[ "$installed" = "$built" ] || fail "the installed aisov-cli scores the installed data differently"
profiles=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["profiles"]))' \
    "$prefix/share/aisov/profiles/bundled-profiles.json")
rows=$(($(printf '%s\n' "$installed" | wc -l) - 1))
[ "$rows" = "$profiles" ] || fail "scored $rows profiles, the installed file has $profiles"

# The application, as a user starts it: a fresh home, the default database.
export HOME="$prefix/home" XDG_DATA_HOME="$prefix/home/data" XDG_CONFIG_HOME="$prefix/home/config"
export QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME"
"$prefix/bin/aisov" --version | grep -q "^aisov " || fail "aisov --version"
# In English whatever the machine's language: the words are matched below.
report=$(LC_ALL=C.UTF-8 LANGUAGE= "$prefix/bin/aisov" --check)
echo "$report"
case "$report" in
    "aisov "*": $profiles profiles in $XDG_DATA_HOME/ai-sovereignty-spectrum/aisov.sqlite") ;;
    *) fail "aisov --check said: $report" ;;
esac
echo "check-install: $((${#expected[@]})) files installed; aisov-cli and aisov run from $prefix"
