// pace: a constant-rate (open-loop) HTTP/1.1 load generator for bench/serve.sh's half-rate latency runs.
//   pace HOST PORT PATH RATE CONNS SECONDS
// Sends GET PATH to HOST:PORT at RATE requests per second for SECONDS over CONNS keep-alive connections, from one
// thread (epoll), with request i due at start + i/RATE (an evenly spaced schedule, microsecond timers: timerfd with
// 1 ns timer slack). A due request goes out on any idle connection; when none is idle it waits for the first one
// to free up and counts as late if it leaves more than 1 ms after its slot. Latency is taken from the slot, not
// from the actual send, so a server that stalls the generator still pays for the wait (no coordinated omission).
// Prints the achieved rate, p50/p90/p99/p99.9/max latency and errors; the last line is machine-readable:
//   RATE asked=R achieved=R p50_us=N p90_us=N p99_us=N p999_us=N max_us=N requests=N errors=N late=N
//   max_late_us=N lag_p99_us=N
// It also prints how late the sends left after their slots (p50/p99/p99.9): the generator's own wake-up lag, which
// is part of every latency it reports.
// With PACE_SLOW_LOG=FILE (and PACE_SLOW_US, default 1000) every request slower than that is written to FILE as
// "slot-ns latency-us", slot on CLOCK_MONOTONIC (= Java's System.nanoTime(), -Xlog's "tn" decorator), to line slow
// requests up with GC pauses or safepoints.
// Build: cc -O2 -o pace bench/pace.c (bench/serve.sh does this on first use).
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/timerfd.h>
#include <time.h>
#include <unistd.h>

#define MAX_US 10000000        // histogram range: 10 s at 1 µs
#define BUF 65536

typedef struct {
    int fd;
    int busy;                   // a request is out
    uint64_t due_ns;            // its slot
    size_t have;                // bytes in buf
    char buf[BUF];
} conn;

static uint32_t *hist;
static uint32_t *lag_hist;      // how late each send left after its slot (µs): the generator's own wake-up lag
static uint64_t over;           // latencies past the histogram
static uint64_t done_n, errors, late, max_late_ns, max_ns;
static struct sockaddr_in addr;
static char req[1024];
static size_t req_len;
static int ep;
static FILE *slow_log;
static uint64_t slow_ns = 1000000;

static uint64_t now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (uint64_t) t.tv_sec * 1000000000u + (uint64_t) t.tv_nsec;
}

static void die(const char *what) {
    perror(what);
    exit(2);
}

static void open_conn(conn *c) {
    c->fd = socket(AF_INET, SOCK_STREAM, 0);
    if (c->fd < 0) die("socket");
    int one = 1;
    setsockopt(c->fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    if (connect(c->fd, (struct sockaddr *) &addr, sizeof addr) < 0) die("connect");
    struct epoll_event ev = {.events = EPOLLIN, .data.ptr = c};
    if (epoll_ctl(ep, EPOLL_CTL_ADD, c->fd, &ev) < 0) die("epoll_ctl");
    c->busy = 0;
    c->have = 0;
}

static void record(uint64_t ns) {
    uint64_t us = ns / 1000;
    if (us < MAX_US) hist[us]++; else over++;
    if (ns > max_ns) max_ns = ns;
    done_n++;
}

// Length of one complete response at the start of buf (0: not complete yet, -1: malformed); *status gets its code.
static long parse(const char *buf, size_t have, int *status) {
    const char *end = memmem(buf, have, "\r\n\r\n", 4);
    if (!end) return have >= BUF ? -1 : 0;
    size_t head = (size_t) (end - buf) + 4;
    if (have < 12 || memcmp(buf, "HTTP/1.", 7) != 0) return -1;
    *status = atoi(buf + 9);
    long length = -1;
    int chunked = 0;
    const char *p = (const char *) memchr(buf, '\n', head) + 1;
    while (p < end) {                // header lines up to the blank line
        const char *le = memchr(p, '\n', (size_t) (end + 2 - p));
        if (strncasecmp(p, "content-length:", 15) == 0) length = atol(p + 15);
        else if (strncasecmp(p, "transfer-encoding:", 18) == 0 && memmem(p, (size_t) (le - p), "chunked", 7)) chunked = 1;
        p = le + 1;
    }
    if (!chunked) {
        if (length < 0) length = 0;   // (HEAD-like or 204/304; our servers always frame)
        return head + (size_t) length <= have ? (long) (head + (size_t) length) : 0;
    }
    size_t at = head;
    for (;;) {                       // chunks: SIZE\r\n DATA\r\n ... 0\r\n [trailers] \r\n
        const char *nl = memmem(buf + at, have - at, "\r\n", 2);
        if (!nl) return 0;
        long size = strtol(buf + at, NULL, 16);
        at = (size_t) (nl - buf) + 2;
        if (size == 0) {
            const char *fin = at + 2 <= have && memcmp(buf + at, "\r\n", 2) == 0 ? buf + at
                                                                                : memmem(buf + at, have - at, "\r\n\r\n", 4);
            if (!fin) return 0;
            return (long) ((size_t) (fin - buf) + (fin == buf + at ? 2 : 4));
        }
        if (at + (size_t) size + 2 > have) return 0;
        at += (size_t) size + 2;
    }
}

static long percentile_of(const uint32_t *h, uint64_t n, double q) {
    uint64_t want = (uint64_t) (q / 100.0 * (double) n + 0.5), seen = 0;
    if (want < 1) want = 1;
    for (long us = 0; us < MAX_US; us++) {
        seen += h[us];
        if (seen >= want) return us;
    }
    return (long) (max_ns / 1000);
}

static long percentile(double q) {
    return percentile_of(hist, done_n, q);
}

int main(int argc, char **argv) {
    if (argc != 7) {
        fprintf(stderr, "usage: pace HOST PORT PATH RATE CONNS SECONDS\n");
        return 2;
    }
    double rate = atof(argv[4]), seconds = atof(argv[6]);
    int nconns = atoi(argv[5]);
    if (rate <= 0 || seconds <= 0 || nconns < 1) {
        fprintf(stderr, "pace: RATE, CONNS and SECONDS must be positive\n");
        return 2;
    }
    struct addrinfo hints = {.ai_family = AF_INET, .ai_socktype = SOCK_STREAM}, *ai;
    if (getaddrinfo(argv[1], argv[2], &hints, &ai) != 0) die("getaddrinfo");
    memcpy(&addr, ai->ai_addr, sizeof addr);
    freeaddrinfo(ai);
    req_len = (size_t) snprintf(req, sizeof req, "GET %s HTTP/1.1\r\nHost: %s:%s\r\n\r\n", argv[3], argv[1], argv[2]);
    hist = calloc(MAX_US, sizeof *hist);
    lag_hist = calloc(MAX_US, sizeof *lag_hist);
    conn *conns = calloc((size_t) nconns, sizeof *conns);
    if (!hist || !lag_hist || !conns) die("calloc");
    prctl(PR_SET_TIMERSLACK, 1UL, 0, 0, 0);
    if (getenv("PACE_SLOW_LOG")) {
        slow_log = fopen(getenv("PACE_SLOW_LOG"), "w");
        if (!slow_log) die("PACE_SLOW_LOG");
        if (getenv("PACE_SLOW_US")) slow_ns = (uint64_t) atol(getenv("PACE_SLOW_US")) * 1000;
    }
    ep = epoll_create1(0);
    for (int i = 0; i < nconns; i++) open_conn(&conns[i]);
    int tfd = timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK);
    struct epoll_event tev = {.events = EPOLLIN, .data.ptr = NULL};
    epoll_ctl(ep, EPOLL_CTL_ADD, tfd, &tev);

    double interval_ns = 1e9 / rate;
    uint64_t total = (uint64_t) (rate * seconds + 0.5), sent = 0;
    uint64_t start = now_ns() + 1000000;    // first slot 1 ms from now
    uint64_t stop_wait = 0;                   // after the last slot: give stragglers 5 s
    int outstanding = 0, armed = 0;
    struct epoll_event evs[64];
    for (;;) {
        uint64_t now = now_ns();
        // send every slot that is due, as long as a connection is idle
        while (sent < total) {
            uint64_t due = start + (uint64_t) ((double) sent * interval_ns);
            if (due > now) break;
            conn *c = NULL;
            for (int i = 0; i < nconns; i++) if (!conns[i].busy) { c = &conns[i]; break; }
            if (!c) break;                    // all busy: the slot waits for a response, then counts as late
            uint64_t lag = now_ns() - due;
            lag_hist[lag / 1000 < MAX_US ? lag / 1000 : MAX_US - 1]++;
            if (lag > 1000000) { late++; if (lag > max_late_ns) max_late_ns = lag; }
            if (write(c->fd, req, req_len) != (ssize_t) req_len) { errors++; close(c->fd); open_conn(c); continue; }
            c->busy = 1;
            c->due_ns = due;
            sent++;
            outstanding++;
        }
        if (sent >= total && outstanding == 0) break;
        if (sent >= total && !stop_wait) stop_wait = now + 5000000000u;
        if (stop_wait && now > stop_wait) { errors += (uint64_t) outstanding; break; }
        if (sent < total && !armed) {
            uint64_t due = start + (uint64_t) ((double) sent * interval_ns);
            if (due > now) {
                struct itimerspec its = {.it_value = {.tv_sec = (time_t) (due / 1000000000u),
                                                       .tv_nsec = (long) (due % 1000000000u)}};
                timerfd_settime(tfd, TFD_TIMER_ABSTIME, &its, NULL);
                armed = 1;
            }
        }
        int n = epoll_wait(ep, evs, 64, 100);
        if (n < 0 && errno != EINTR) die("epoll_wait");
        for (int i = 0; i < n; i++) {
            conn *c = evs[i].data.ptr;
            if (!c) {
                uint64_t x;
                if (read(tfd, &x, sizeof x) < 0 && errno != EAGAIN) die("timerfd");
                armed = 0;
                continue;
            }
            ssize_t r = read(c->fd, c->buf + c->have, BUF - c->have);
            if (r <= 0) {                     // closed (or reset): a request out on it failed
                if (c->busy) { errors++; outstanding--; }
                epoll_ctl(ep, EPOLL_CTL_DEL, c->fd, NULL);
                close(c->fd);
                open_conn(c);
                continue;
            }
            c->have += (size_t) r;
            int status = 0;
            long len = parse(c->buf, c->have, &status);
            if (len < 0 || (len > 0 && !c->busy)) {
                errors++;
                if (c->busy) outstanding--;
                epoll_ctl(ep, EPOLL_CTL_DEL, c->fd, NULL);
                close(c->fd);
                open_conn(c);
                continue;
            }
            if (len == 0) continue;
            uint64_t took = now_ns() - c->due_ns;
            record(took);
            if (slow_log && took > slow_ns) fprintf(slow_log, "%lu %lu\n", (unsigned long) c->due_ns,
                                                     (unsigned long) (took / 1000));
            if (status < 200 || status > 299) errors++;
            memmove(c->buf, c->buf + len, c->have - (size_t) len);
            c->have -= (size_t) len;
            c->busy = 0;
            outstanding--;
        }
    }
    if (slow_log) fclose(slow_log);
    double elapsed = (double) (now_ns() - start) / 1e9;
    double achieved = (double) done_n / (elapsed > seconds ? elapsed : seconds);
    long p50 = percentile(50), p90 = percentile(90), p99 = percentile(99), p999 = percentile(99.9);
    printf("asked %.0f req/s, achieved %.1f req/s (%.1f%%) over %.2f s, %lu responses, %d connections\n", rate,
           achieved, 100 * achieved / rate, elapsed, (unsigned long) done_n, nconns);
    printf("latency from each request's slot: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, p99.9 %.2f ms, max %.2f ms\n",
           p50 / 1e3, p90 / 1e3, p99 / 1e3, p999 / 1e3, (double) max_ns / 1e6);
    printf("send lag behind the slot (the generator's own wake-up, or no idle connection): p50 %.3f ms, p99 %.3f ms, "
           "p99.9 %.3f ms\n", percentile_of(lag_hist, sent, 50) / 1e3, percentile_of(lag_hist, sent, 99) / 1e3,
           percentile_of(lag_hist, sent, 99.9) / 1e3);
    printf("errors %lu; late sends %lu (%.3f%%), latest %.1f ms behind its slot\n", (unsigned long) errors,
           (unsigned long) late, 100.0 * (double) late / (double) (sent ? sent : 1), (double) max_late_ns / 1e6);
    printf("RATE asked=%.0f achieved=%.1f p50_us=%ld p90_us=%ld p99_us=%ld p999_us=%ld max_us=%lu requests=%lu "
           "errors=%lu late=%lu max_late_us=%lu lag_p99_us=%ld\n", rate, achieved, p50, p90, p99, p999,
           (unsigned long) (max_ns / 1000), (unsigned long) done_n, (unsigned long) errors, (unsigned long) late,
           (unsigned long) (max_late_ns / 1000), percentile_of(lag_hist, sent, 99));
    return 0;
}
