#!/usr/bin/env bash
# Builds the Debian package: the Release build (build-release/, the same
# directory scripts/test.sh builds, so a second build is mostly up to date),
# then CPack's .deb, then lintian on it. Fails on any lintian error; prints
# its warnings. The package lands in build-release/aisov_<version>_<arch>.deb.
#   scripts/package.sh     # build (or bring up to date), package, lint
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${AISOV_BUILD_DIR:-build-release}
scripts/setup.sh
# The same configuration as scripts/test.sh's Release build: after it, this
# only checks that everything is up to date.
AISOV_BUILD_DIR=$BUILD_DIR scripts/build.sh -DCMAKE_BUILD_TYPE=Release -DAISOV_BUILD_TESTS=OFF
rm -f "$BUILD_DIR"/aisov_*.deb
(cd "$BUILD_DIR" && cpack -G DEB >/dev/null)
package=$(ls "$BUILD_DIR"/aisov_*.deb)
echo "package: $package"
dpkg-deb --info "$package" | sed -n '/Package:/,$p'
# --fail-on error: warnings are printed, errors fail. Root runs lintian too.
lintian --fail-on error --allow-root --info "$package"
echo "package: lintian found no errors"
