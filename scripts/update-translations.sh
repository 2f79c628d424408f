#!/usr/bin/env bash
# Updates resources/translations/*.ts from the sources: new tr() strings are
# added (unfinished, to be translated), strings no longer in the code are
# dropped (-no-obsolete). Run after adding or changing user-visible text,
# translate the new entries (Qt Linguist, or by hand: fill <translation> and
# remove type="unfinished"), then build; TestTranslationsComplete fails while
# any entry is untranslated. docs/translations.md.
#
#   scripts/update-translations.sh [--ts-dir DIR]
# --ts-dir DIR updates the .ts files in DIR instead (copies of the committed
# ones): the translation test uses it to see what an update would change.
# LUPDATE=/path/to/lupdate overrides the lupdate found.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LUPDATE="${LUPDATE:-}"
if [ -z "$LUPDATE" ]; then
    for candidate in /usr/lib/qt6/bin/lupdate "$(command -v lupdate6 || true)" "$(command -v lupdate || true)"; do
        if [ -n "$candidate" ] && [ -x "$candidate" ]; then
            LUPDATE="$candidate"
            break
        fi
    done
fi
if [ -z "$LUPDATE" ]; then
    echo "update-translations: lupdate not found (install qt6-l10n-tools, or set LUPDATE)" >&2
    exit 1
fi

TS_DIR="resources/translations"
if [ "${1:-}" = "--ts-dir" ] && [ -n "${2:-}" ]; then
    TS_DIR="$(cd "$2" && pwd)"
elif [ $# -gt 0 ]; then
    echo "usage: scripts/update-translations.sh [--ts-dir DIR]" >&2
    exit 2
fi

cd "$ROOT"
# The directories whose strings are translated: the application, the render
# library (chart labels) and the CLI. Paths relative to the root, so the
# .ts files' <location> lines do not depend on where the checkout lives.
SOURCES=(src/app src/render src/cli)
# One .ts per shipped language (English is the source language and needs
# none). A new language: add it here, to AISOV_TS_FILES in
# src/render/CMakeLists.txt and to availableLanguages() in
# src/render/Translations.cpp.
LANGUAGES=(ko)
for language in "${LANGUAGES[@]}"; do
    ts="$TS_DIR/aisov_${language}.ts"
    # -locations none: no line numbers, so that a change elsewhere in a
    # source file does not rewrite the .ts (and merges stay simple).
    "$LUPDATE" -silent -no-obsolete -locations none -extensions cpp,h \
        -target-language "$language" "${SOURCES[@]}" -ts "$ts"
    unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
    echo "update-translations: $ts: $unfinished entries to translate"
done
