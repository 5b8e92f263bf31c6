// asyncredis_commands.h compiled as C++11 (-Wall -Wextra -Werror): the
// table, key extraction and prefixing work the same; no server needed (TAP).
// The header is included twice, with the implementation the second time,
// to check its include guard and that the implementation comes once.
#include "harness.h"
#include <cstring>
#include "../asyncredis_commands.h"
#define ASYNCREDIS_IMPLEMENTATION
#include "../asyncredis_commands.h"
#include "../asyncredis_commands.h"

int main() {
    const ar_cmdtab_cmd *c = ar_cmdtab_lookup("Client|Kill", (size_t)-1);
    th_ok(c && std::strcmp(c->fullname, "client|kill") == 0, "C++: lookup of a subcommand");

    const char *argv[] = { "ZUNIONSTORE", "d", "2", "a", "b", "WEIGHTS", "1", "2" };
    int pos[8];
    unsigned kf[8];
    int n = ar_cmdtab_getkeys(ar_cmdtab_lookup_argv(8, argv, NULL), 8, argv, NULL, pos, kf, 8);
    th_ok(n == 3 && pos[0] == 1 && pos[1] == 3 && pos[2] == 4, "C++: ZUNIONSTORE keys 1, 3, 4");

    const char *out[8];
    size_t outlen[8], need = 0;
    char buf[128];
    const char *why = NULL;
    int rc = ar_cmdtab_prefix_argv("p:", 2, 0, 8, argv, NULL, out, outlen, buf, sizeof buf, &need, &why);
    th_ok(rc == 3 && outlen[1] == 3 && std::memcmp(out[1], "p:d", 3) == 0 && out[2] == argv[2],
          "C++: prefixing");

    ar_info_iter it;
    ar_info_field f;
    const char *text = "# S\r\nk:v\r\n";
    ar_info_init(&it, text, std::strlen(text));
    th_ok(ar_info_next(&it, &f) == 1 && f.key_len == 1 && f.value_len == 1, "C++: INFO iterator");
    return th_done();
}
