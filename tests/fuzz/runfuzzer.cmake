# SPDX-License-Identifier: GPL-3.0-or-later
# Runs one libFuzzer binary for a bounded time on a fresh copy of its seed corpus, so the seeds in
# the source tree never grow and each run starts from the same place. A crash, leak, timeout or
# sanitizer report fails the test; the input that caused it is kept in WORK for reproduction.
#   cmake -DFUZZER=<binary> -DSEEDS=<seed folder> -DWORK=<scratch folder> -DSECONDS=<n> -P runfuzzer.cmake
# KAIROS_FUZZ_SECONDS in the environment overrides SECONDS.
foreach(variable FUZZER SEEDS WORK SECONDS)
    if(NOT DEFINED ${variable})
        message(FATAL_ERROR "runfuzzer.cmake needs -D${variable}=...")
    endif()
endforeach()
if(DEFINED ENV{KAIROS_FUZZ_SECONDS} AND NOT "$ENV{KAIROS_FUZZ_SECONDS}" STREQUAL "")
    set(SECONDS "$ENV{KAIROS_FUZZ_SECONDS}")
endif()
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}/corpus")
file(GLOB seeds "${SEEDS}/*")
if(seeds)
    file(COPY ${seeds} DESTINATION "${WORK}/corpus")
endif()
execute_process(
    COMMAND "${FUZZER}" "${WORK}/corpus" -max_total_time=${SECONDS} -rss_limit_mb=2048 -timeout=30
        -print_final_stats=1 -artifact_prefix=${WORK}/
    WORKING_DIRECTORY "${WORK}"
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "${FUZZER} failed (${result}); the input is in ${WORK}")
endif()
