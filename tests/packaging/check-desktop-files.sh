#!/usr/bin/env bash
# Validates the desktop integration files as the distributions' tools do:
# desktop-file-validate, appstreamcli (offline) and the MIME database
# compiler, whose cache must then hold every type and glob of the XML.
#   check-desktop-files.sh DESKTOP_FILE METAINFO_FILE MIME_XML
set -euo pipefail
desktop=$1 metainfo=$2 mime=$3
fail() { echo "check-desktop-files: $*" >&2; exit 1; }

desktop-file-validate "$desktop"
# --pedantic lists advice too; warnings and errors fail (exit code non-zero).
appstreamcli validate --no-net --explain "$metainfo"
xmllint --noout "$mime"

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/mime/packages"
cp /usr/share/mime/packages/freedesktop.org.xml "$mime" "$scratch/mime/packages/"
output=$(update-mime-database -V "$scratch/mime" 2>&1)
if grep -qi "warning\|error\|invalid" <<<"$output"; then
    fail "update-mime-database: $output"
fi
types=$(grep -o 'type="application/x-aisov[^"]*"' "$mime" | sed 's/type="//; s/"$//' | sort -u)
[ -n "$types" ] || fail "no application/x-aisov-* type in $mime"
for type in $types; do
    [ -s "$scratch/mime/$type.xml" ] || fail "$type was not compiled"
    grep -q "$type" "$desktop" || fail "$type is not in the desktop file's MimeType="
    grep -q "<mediatype>$type</mediatype>" "$metainfo" || fail "$type is not in the metainfo"
done
grep -q ':application/x-aisov-profiles+json:\*\.aisov-profiles\.json' "$scratch/mime/globs2" ||
    fail "the profiles glob is not in the compiled globs"
echo "check-desktop-files: $(wc -w <<<"$types") MIME types; desktop file and metainfo valid"
