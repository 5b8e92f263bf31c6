// asyncredis_commands.h compiled as C++11 (-Wall -Wextra -Werror): the
// table, key extraction and prefixing work the same; the wrappers take their
// options structs zero-initialised (= {}) and filled field by field, the C++
// way, and build the argv they must (recorded at the submission seam) that a
// real redis-server answers (TAP). The header is included three times: for
// its declarations, with the implementation, and again, to check its include
// guard and that the implementation comes once.
#include "harness.h"
#include <cstring>
#include <string>
#include "../asyncredis_commands.h"

static std::string sent;
static int rec_submit(ar_client *c, const ar_cmd_opts *co, ar_callback *cb, void *ud, int argc,
                      const char *const *argv, const size_t *argvlen) {
    sent.clear();
    for (int i = 0; i < argc; i++) {
        if (i) sent += ' ';
        for (size_t k = 0; k < argvlen[i]; k++) sent += argv[i][k] ? argv[i][k] : '0';
    }
    return ar_command_argv_ex(c, co, cb, ud, argc, argv, argvlen);
}
#define ARCMD__SUBMIT rec_submit
#define ASYNCREDIS_IMPLEMENTATION
#include "../asyncredis_commands.h"
#include "../asyncredis_commands.h"

static ar_loop *loop;
static ar_reply *last;
static int fired;

static void on_reply(ar_client *, const ar_reply *r, void *) {
    if (last) ar_reply_free(last);
    last = ar_reply_dup(r, NULL);
    fired++;
}

static const ar_reply *run(const char *want, int rc) {
    long long deadline = th_now_ms() + 5000;
    if (rc != AR_OK) { th_diag("refused: %s", ar_strerror(rc)); return NULL; }
    while (!fired && th_now_ms() < deadline) ar_loop_run_once(loop, 50);
    if (!fired) return NULL;
    fired = 0;
    if (sent != want) { th_diag("sent '%s', expected '%s'", sent.c_str(), want); return NULL; }
    return last;
}

static bool is(const ar_reply *r, const char *s) {
    return r && (r->type == AR_REPLY_STRING || r->type == AR_REPLY_STATUS) && r->len == std::strlen(s) &&
           std::memcmp(r->str, s, r->len) == 0;
}

static void wrappers(ar_client *c) {
    arcmd_set_opts so = {};
    long long ttl = 100;
    so.ex = &ttl;
    so.nx = 1;
    th_ok(is(run("SET cxx:k v NX EX 100", arcmd_set(c, on_reply, NULL, "cxx:k", "v", &so)), "OK"),
          "C++: SET with options = {} and fields assigned");
    arcmd_get_opts go = {};
    size_t kl = 5;
    go.key_len = &kl;
    th_ok(is(run("GET cxx:k", arcmd_get(c, on_reply, NULL, "cxx:kXYZ", &go)), "v"), "C++: GET with an explicit key length");
    th_ok(is(run("GET cxx:k", arcmd_get(c, on_reply, NULL, "cxx:k", NULL)), "v"), "C++: GET with NULL options");
    arcmd_zadd_opts zo = {};
    zo.ch = 1;
    zo.gt = 1;
    const char *sm[] = { "1", "a", "2", "b" };
    const ar_reply *r = run("ZADD cxx:z GT CH 1 a 2 b", arcmd_zadd(c, on_reply, NULL, "cxx:z", 4, sm, &zo));
    th_ok(r && r->type == AR_REPLY_INTEGER && r->integer == 2, "C++: ZADD GT CH score/member pairs");
    arcmd_geoadd_opts ga = {};
    const char *pts[] = { "13.361389", "38.115556", "Palermo" };
    run("GEOADD cxx:g 13.361389 38.115556 Palermo", arcmd_geoadd(c, on_reply, NULL, "cxx:g", 3, pts, &ga));
    arcmd_geosearch_opts gs = {};
    double lon = 13, lat = 38, rad = 200;
    long long cnt = 1;
    gs.fromlonlat_longitude = &lon;
    gs.fromlonlat_latitude = &lat;
    gs.byradius = &rad;
    gs.circle_unit = "km";
    gs.count = &cnt;
    gs.asc = 1;
    r = run("GEOSEARCH cxx:g FROMLONLAT 13 38 BYRADIUS 200 km ASC COUNT 1",
            arcmd_geosearch(c, on_reply, NULL, "cxx:g", &gs));
    th_ok(r && r->type == AR_REPLY_ARRAY && r->elements == 1 && is(&r->element[0], "Palermo"),
          "C++: GEOSEARCH FROMLONLAT BYRADIUS ASC COUNT (doubles by pointer)");
    ar_cmd_opts call = {};
    call.flags = AR_CMD_IDEMPOTENT;
    arcmd_del_opts dopt = {};
    dopt.call = &call;
    const char *keys[] = { "cxx:k", "cxx:z", "cxx:g" };
    r = run("DEL cxx:k cxx:z cxx:g", arcmd_del(c, on_reply, NULL, 3, keys, &dopt));
    th_ok(r && r->type == AR_REPLY_INTEGER && r->integer == 3, "C++: DEL several keys with per-call options");
    so = arcmd_set_opts();
    so.nx = so.xx = 1;
    sent.clear();
    th_ok(arcmd_set(c, on_reply, NULL, "cxx:k", "v", &so) == AR_ERR_INVALID && sent.empty(),
          "C++: NX with XX refused at once, nothing sent");
}

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

    th_server srv;
    th_watchdog(60);
    if (th_server_start(&srv, NULL) != 0) th_bail("cannot start redis-server");
    loop = ar_loop_new(NULL);
    ar_options o = {};
    o.port = srv.port;
    o.loop = loop;
    ar_client *cl = ar_connect_sync(&o, 5000, &why);
    if (!cl) th_bail("connect: %s", why);
    wrappers(cl);
    ar_client_free(cl);
    ar_loop_free(loop);
    if (last) ar_reply_free(last);
    th_server_stop(&srv);
    return th_done();
}
