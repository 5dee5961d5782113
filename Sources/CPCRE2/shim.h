// PCRE2 with 8-bit code units. Swift cannot see the width-pasting macros
// (pcre2_compile, PCRE2_UNSET, ...), so callers use the _8 functions and
// the constants below.
#ifndef CPCRE2_SHIM_H
#define CPCRE2_SHIM_H
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

static inline size_t cpcre2_unset(void) { return PCRE2_UNSET; }
static inline size_t cpcre2_zero_terminated(void) { return PCRE2_ZERO_TERMINATED; }
#endif
