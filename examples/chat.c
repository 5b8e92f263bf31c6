/* chat.c - a tiny chat room on pub/sub.

   Shows: ar_subscribe with a channel (the room) and a pattern (direct
   messages to one user), on_message getting the channel, pattern and
   payload, on_confirm telling when the server holds the subscription, and
   ar_publish from a second client (a subscribed connection only listens:
   publishing goes through another one). Alice and Bob join, talk, and the
   program ends when all 5 lines were heard (at most 5 s).

   Usage: chat [HOST [PORT]]     (default 127.0.0.1 6379) */
#define ASYNCREDIS_IMPLEMENTATION
#include "asyncredis.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct user { const char *name; ar_client *sub; int joined; } user;
static user alice = { "alice", NULL, 0 }, bob = { "bob", NULL, 0 };
static ar_client *mouth;            /* the publishing connection everyone shares */
static ar_loop *loop;
static int lines;                   /* lines heard; the script below makes 5 */

static void say(const char *from, const char *channel, const char *text) {
    char msg[128];
    snprintf(msg, sizeof msg, "%s: %s", from, text);
    ar_publish(mouth, channel, 0, msg, strlen(msg), NULL, NULL);
}

static void on_message(ar_client *c, ar_sub *s, const ar_message *m, void *ud) {
    user *u = (user *)ud;
    (void)c; (void)s;
    lines++;
    printf("[%s hears on %.*s%s%.*s] %.*s\n", u->name, (int)m->channel_len, m->channel,
           m->pattern ? " via " : "", (int)m->pattern_len, m->pattern ? m->pattern : "",
           (int)m->payload_len, m->payload);
    /* the script: bob answers alice's greeting with a direct message */
    if (u == &bob && m->payload_len == 17 && memcmp(m->payload, "alice: hello bob!", 17) == 0)
        say("bob", "chat:dm:alice", "hi alice, just you and me here");
    if (u == &alice && m->pattern)
        say("alice", "chat:room", "bye everyone");
    if (lines == 5) ar_loop_stop(loop);   /* everyone heard everything */
}

static void on_joined(ar_client *c, const ar_reply *r, void *ud) {
    user *u = (user *)ud;
    (void)c;
    if (r->err || r->type == AR_REPLY_ERROR) { fprintf(stderr, "%s could not join: %s\n", u->name, r->str); ar_loop_stop(loop); return; }
    u->joined = 1;
    if (alice.joined && bob.joined) say("alice", "chat:room", "hello bob!");   /* both are listening now */
}

static ar_client *join(user *u, const char *host, int port) {
    ar_options o;
    char dm[64];
    const char *room = "chat:room", *mine = dm;
    memset(&o, 0, sizeof o);
    o.host = host; o.port = port; o.loop = loop;
    snprintf(dm, sizeof dm, "chat:dm:%s*", u->name);   /* a pattern: chat:dm:alice, chat:dm:alice:... */
    u->sub = ar_client_new(&o, NULL);
    if (!u->sub) return NULL;
    /* one handle for the room (a channel), one for direct messages (a pattern) */
    ar_subscribe(u->sub, AR_SUB_CHANNEL, 1, &room, NULL, on_message, NULL, u, NULL);
    ar_subscribe(u->sub, AR_SUB_PATTERN, 1, &mine, NULL, on_message, on_joined, u, NULL);
    return u->sub;
}

static void too_late(ar_timer *t, void *ud) { (void)t; (void)ud; ar_loop_stop(loop); }

int main(int argc, char **argv) {
    const char *host = argc > 1 ? argv[1] : "127.0.0.1";
    int port = argc > 2 ? atoi(argv[2]) : 6379;
    ar_options o;
    ar_timer deadline;
    loop = ar_loop_new(NULL);
    memset(&o, 0, sizeof o);
    o.host = host; o.port = port; o.loop = loop;
    mouth = ar_client_new(&o, NULL);
    if (!mouth || !join(&alice, host, port) || !join(&bob, host, port)) { fprintf(stderr, "cannot create clients\n"); return 1; }
    ar_timer_init(loop, &deadline);
    ar_timer_start(&deadline, 5000, 0, too_late, NULL);   /* never hang */
    ar_loop_run(loop);
    ar_timer_stop(&deadline);
    printf("%d lines heard (5 expected)\n", lines);
    ar_client_free(alice.sub); ar_client_free(bob.sub); ar_client_free(mouth);
    ar_loop_free(loop);
    return lines == 5 ? 0 : 1;
}
