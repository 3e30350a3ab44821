# SPDX-License-Identifier: GPL-3.0-or-later
# Prefer a distribution's Qt 6 build (KF6); on Debian 12 the set-up script builds the KF5-named Qt 6
# variant into a cache prefix and passes it through CMAKE_PREFIX_PATH.
find_package(KF6SyntaxHighlighting QUIET)
if(KF6SyntaxHighlighting_FOUND)
    set(KAIROS_KSH_TARGET KF6::SyntaxHighlighting)
    set(KAIROS_KSH_VERSION ${KF6SyntaxHighlighting_VERSION})
else()
    find_package(KF5SyntaxHighlighting REQUIRED)
    get_target_property(_kairos_ksh_links KF5::SyntaxHighlighting INTERFACE_LINK_LIBRARIES)
    if(_kairos_ksh_links MATCHES "Qt5::")
        message(FATAL_ERROR "KF5SyntaxHighlighting at ${KF5SyntaxHighlighting_DIR} is built for Qt 5; "
                            "run cmake/kairos.sh to build the Qt 6 variant.")
    endif()
    set(KAIROS_KSH_TARGET KF5::SyntaxHighlighting)
    set(KAIROS_KSH_VERSION ${KF5SyntaxHighlighting_VERSION})
endif()
set_package_properties(KF5SyntaxHighlighting PROPERTIES PURPOSE "Highlights queries, article sources and marked dates")
