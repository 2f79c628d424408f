# CPack: the Debian package `aisov` (scripts/package.sh builds it from a
# Release build and checks it with lintian). Libraries are found by
# dpkg-shlibdeps; what the programs load at run time without linking it is
# declared by hand below.

set(AISOV_PACKAGE_MAINTAINER
    "AI Sovereignty Spectrum maintainers <maintainers@users.noreply.r-seed-1e59dbe3.example>"
    CACHE STRING "The Debian package's Maintainer field")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME aisov)
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_VENDOR "AI Sovereignty Spectrum maintainers")
set(CPACK_PACKAGE_CONTACT "${AISOV_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "places countries and blocs on an AI sovereignty spectrum")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
"AI Sovereignty Spectrum scores a country, or a bloc of countries, from 0 to
100 % across six pillars: compute, infrastructure, data, talent, regulation
and energy. Each value carries its source, year and confidence.

The desktop application (aisov) edits sourced country profiles, compares
them, keeps what-if scenarios and snapshots, tunes the methodology, finds
partners and exports charts and country briefs as PNG, SVG or PDF. The
command-line tool (aisov-cli) scores, explains and charts the same data.")

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${AISOV_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${AISOV_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The Korean translation and CJK profile names need a CJK font; Wayland
# sessions run better with Qt's Wayland plugin (XWayland works without).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-cjk, hicolor-icon-theme")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

include(CPack)
