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
endif()
