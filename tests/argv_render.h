/* tests/argv_render.h: an argv as one line of text, as the wrapper tests
   write the argvs they expect (tests/wrapper_cases.h too): arguments
   separated by one space; a space, a backslash and bytes outside 0x21..0x7e
   as \xHH; an empty argument as "". */
#ifndef TESTS_ARGV_RENDER_H
#define TESTS_ARGV_RENDER_H
#include <stdio.h>
#include <stddef.h>

static void argv_render(char *out, size_t cap, int argc, const char *const *argv, const size_t *len) {
    size_t o = 0, i;
    int k;
    out[0] = 0;
    for (k = 0; k < argc && o + 8 < cap; k++) {
        if (k) out[o++] = ' ';
        if (len[k] == 0) { out[o++] = '"'; out[o++] = '"'; }
        for (i = 0; i < len[k] && o + 8 < cap; i++) {
            unsigned char ch = (unsigned char)argv[k][i];
            if (ch <= 0x20 || ch >= 0x7f || ch == '\\') o += (size_t)snprintf(out + o, cap - o, "\\x%02x", ch);
            else out[o++] = (char)ch;
        }
        out[o] = 0;
    }
}
#endif
