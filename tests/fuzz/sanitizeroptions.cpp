// SPDX-License-Identifier: GPL-3.0-or-later
// Linked into the libFuzzer binaries only. UndefinedBehaviorSanitizer reports and carries on by
// default, which libFuzzer would not count as a finding: stop at the first report instead, so the
// input is saved like any crash. The suppressions name known reports outside the parsers (see the
// file). An explicit UBSAN_OPTIONS still overrides this.
extern "C" const char* __ubsan_default_options();
extern "C" const char* __ubsan_default_options()
{
    return "halt_on_error=1:print_stacktrace=1:suppressions=" KAIROS_UBSAN_SUPPRESSIONS;
}
