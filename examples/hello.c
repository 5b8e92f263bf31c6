/* hello.c - the smallest complete asyncredis program.

   Shows: the built-in loop (ar_loop), a non-blocking connect, SET with a
   binary value (%b: pointer + length, so NUL and CR/LF bytes are fine), GET,
   reading the reply view in a callback, and a graceful ar_client_close()
   after which ar_loop_run() returns by itself.

   Usage: hello [HOST [PORT]]     (or REDIS_HOST / REDIS_PORT in the
                                   environment; default 127.0.0.1 6379) */
#define ASYNCREDIS_IMPLEMENTATION
#include "asyncredis.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char value[] = "hello\0world\r\n\xff"; /* a NUL, a CRLF, a 0xff byte */
static int exit_status = 1;

static void on_set(ar_client *c, const ar_reply *r, void *ud) {
    (void)c; (void)ud;
    if (r->err) fprintf(stderr, "SET failed: %s\n", r->str);   /* typed client failure */
    else printf("SET -> %s\n", r->str);                          /* status reply "OK" */
}

static void on_get(ar_client *c, const ar_reply *r, void *ud) {
    (void)ud;
    if (r->err) {
        fprintf(stderr, "GET failed: %s (%s)\n", ar_strerror(r->err), r->str);
    } else if (r->type == AR_REPLY_STRING) {
        int same = r->len == sizeof value - 1 && memcmp(r->str, value, r->len) == 0;
        printf("GET -> %u bytes, %s\n", (unsigned)r->len, same ? "identical to what was stored" : "DIFFERENT");
        if (same) exit_status = 0;
    } else {
        printf("GET -> unexpected %s reply: %s\n", ar_reply_type_name(r->type), r->str ? r->str : "");
    }
    ar_client_close(c); /* graceful: nothing is pending, so the client is freed next turn */
}

int main(int argc, char **argv) {
    const char *host = argc > 1 ? argv[1] : getenv("REDIS_HOST");
    const char *port = argc > 2 ? argv[2] : getenv("REDIS_PORT");
    const char *why = NULL;
    ar_loop *loop = ar_loop_new(NULL);
    ar_options o;
    ar_client *c;

    if (!loop) { fprintf(stderr, "cannot create the loop\n"); return 1; }
    memset(&o, 0, sizeof o);              /* zero means default */
    o.host = host ? host : "127.0.0.1";
    o.port = port ? atoi(port) : 6379;
    o.loop = loop;
    c = ar_client_new(&o, &why);
    if (!c) { fprintf(stderr, "bad options: %s\n", why); ar_loop_free(loop); return 1; }

    /* Both commands are queued while the connect is still in progress; they
       go out together in one write once the socket is connected. */
    ar_command(c, on_set, NULL, "SET %s %b", "hello:key", value, sizeof value - 1);
    ar_command(c, on_get, NULL, "GET %s", "hello:key");

    ar_loop_run(loop);                    /* returns when the client is gone */
    ar_loop_free(loop);
    return exit_status;
}
