# SPDX-License-Identifier: GPL-3.0-or-later
# Warnings on everywhere; CI adds -Werror through CMAKE_CXX_FLAGS.
add_compile_options(-Wall -Wextra)
if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    add_compile_options(-Wpedantic -Wno-gnu-zero-variadic-macro-arguments)
endif()
add_compile_definitions(
    QT_NO_FOREACH
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_UP_TO=0x060000
)

option(KAIROS_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(KAIROS_SANITIZE)
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
    # The sanitizers' data about every check is full of addresses; a position-independent executable
    # carries a relocation for each, a third of every test binary.
    add_link_options(-no-pie)
endif()

# Debug information is most of what a build tree holds (about 2 GB for the release tree alone, more
# under the sanitizers). Compressed, the release, fuzz and sanitizer trees CI builds side by side
# fit on a machine with little disk to spare.
include(CheckCXXCompilerFlag)
check_cxx_compiler_flag(-gz KAIROS_COMPRESSED_DEBUG_INFO)
if(KAIROS_COMPRESSED_DEBUG_INFO)
    add_compile_options(-gz)
    add_link_options(-gz)
endif()
