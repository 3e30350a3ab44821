# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DLUPDATE=<lupdate> -DSOURCE_DIR=<project> -DWORK_DIR=<scratch folder> -P check_up_to_date.cmake
#
# Fails when lupdate would add or drop strings relative to the committed translations/kairos_*.ts: it runs
# lupdate on copies (never on the committed files) and compares the set of messages per context, that is
# context, source text, disambiguation comment and whether the message is a plural. Translations, line
# numbers and formatting are not compared. kairos_en.ts holds only the English plural forms, so it is
# updated with -pluralonly, as the update_translations target does.
cmake_minimum_required(VERSION 3.25)

foreach(var LUPDATE SOURCE_DIR WORK_DIR)
    if(NOT DEFINED ${var} OR "${${var}}" STREQUAL "")
        message(FATAL_ERROR "check_up_to_date.cmake: pass -D${var}=...")
    endif()
endforeach()

# The messages of one .ts file as a sorted list of "context | source [| comment] [| plural]" lines.
# List separators and brackets in the texts are masked first so that CMake's list handling keeps every
# message whole; newlines are shown as {LF}.
function(kairos_ts_messages file out)
    file(READ "${file}" text)
    string(REPLACE "\\" "{BSL}" text "${text}")
    string(REPLACE ";" "{SEMI}" text "${text}")
    string(REPLACE "[" "{LBR}" text "${text}")
    string(REPLACE "]" "{RBR}" text "${text}")
    string(REPLACE "</context>" ";" contexts "${text}")
    set(messages)
    foreach(context IN LISTS contexts)
        if(NOT context MATCHES "<name>([^<]*)</name>")
            continue()
        endif()
        set(name "${CMAKE_MATCH_1}")
        string(REPLACE "</message>" ";" entries "${context}")
        foreach(entry IN LISTS entries)
            if(NOT entry MATCHES "<source>([^<]*)</source>")
                continue()
            endif()
            set(line "${name} | ${CMAKE_MATCH_1}")
            if(entry MATCHES "<comment>([^<]*)</comment>")
                string(APPEND line " | comment: ${CMAKE_MATCH_1}")
            endif()
            if(entry MATCHES "<message[^>]*numerus=\"yes\"")
                string(APPEND line " | plural")
            endif()
            string(REPLACE "\n" "{LF}" line "${line}")
            list(APPEND messages "${line}")
        endforeach()
    endforeach()
    list(SORT messages)
    set(${out} "${messages}" PARENT_SCOPE)
endfunction()

file(GLOB committed LIST_DIRECTORIES false "${SOURCE_DIR}/translations/kairos_*.ts")
if(NOT committed)
    message(FATAL_ERROR "No translations/kairos_*.ts in ${SOURCE_DIR}")
endif()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(full_copies)
set(plural_copies)
foreach(ts IN LISTS committed)
    get_filename_component(name "${ts}" NAME)
    file(COPY_FILE "${ts}" "${WORK_DIR}/${name}")
    if(name STREQUAL "kairos_en.ts")
        list(APPEND plural_copies "${WORK_DIR}/${name}")
    else()
        list(APPEND full_copies "${WORK_DIR}/${name}")
    endif()
endforeach()

foreach(kind full plural)
    if(NOT ${kind}_copies)
        continue()
    endif()
    set(extra)
    if(kind STREQUAL "plural")
        set(extra -pluralonly)
    endif()
    execute_process(
        COMMAND "${LUPDATE}" -silent -locations none -no-obsolete ${extra} "${SOURCE_DIR}/lib" "${SOURCE_DIR}/app"
                -ts ${${kind}_copies}
        RESULT_VARIABLE result
        OUTPUT_VARIABLE output
        ERROR_VARIABLE output)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "lupdate failed (${result}):\n${output}")
    endif()
endforeach()

set(failed FALSE)
foreach(ts IN LISTS committed)
    get_filename_component(name "${ts}" NAME)
    kairos_ts_messages("${ts}" before)
    kairos_ts_messages("${WORK_DIR}/${name}" after)
    list(LENGTH before count)
    set(added)
    set(dropped)
    foreach(line IN LISTS after)
        list(FIND before "${line}" index)
        if(index EQUAL -1)
            string(APPEND added "\n  + ${line}")
        endif()
    endforeach()
    foreach(line IN LISTS before)
        list(FIND after "${line}" index)
        if(index EQUAL -1)
            string(APPEND dropped "\n  - ${line}")
        endif()
    endforeach()
    if(added OR dropped)
        set(failed TRUE)
        foreach(part added dropped)
            string(REPLACE "{SEMI}" ";" ${part} "${${part}}")
            string(REPLACE "{LBR}" "[" ${part} "${${part}}")
            string(REPLACE "{RBR}" "]" ${part} "${${part}}")
            string(REPLACE "{BSL}" "\\" ${part} "${${part}}")
            string(REPLACE "&lt;" "<" ${part} "${${part}}")
            string(REPLACE "&gt;" ">" ${part} "${${part}}")
            string(REPLACE "&quot;" "\"" ${part} "${${part}}")
            string(REPLACE "&apos;" "'" ${part} "${${part}}")
            string(REPLACE "&amp;" "&" ${part} "${${part}}")
        endforeach()
        message(STATUS "translations/${name} is out of date; lupdate would make these changes:${added}${dropped}")
    else()
        message(STATUS "translations/${name}: ${count} messages, up to date")
    endif()
endforeach()

if(failed)
    message(FATAL_ERROR
        "The translation sources do not match the strings in lib/ and app/. Run\n"
        "  cmake --build <build> --target update_translations\n"
        "then translate the new messages (type=\"unfinished\") in translations/kairos_de.ts, kairos_zh_CN.ts and "
        "kairos_ko.ts and the new plurals in kairos_en.ts.")
endif()
