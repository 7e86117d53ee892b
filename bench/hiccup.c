// hiccup: how late a lone thread wakes from a 1 ms sleep, a floor under any server's latency on this machine.
//   hiccup SECONDS      prints p50/p90/p99/p99.9/max of the oversleep in microseconds
//   hiccup SECONDS spin  instead spins on the clock and counts the gaps in which this thread did not run (taken
//                        off its vCPU by another thread, or its vCPU by the host: steal): with nothing else running,
//                        what no server can hide, since a request caught in such a gap waits it out
// Build: cc -O2 -o hiccup bench/hiccup.c (bench/tail.sh does this on first use). Run it in the same scheduler
// session and nice level as the server to see what that server's threads get.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <time.h>

static long long now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1000000000LL + t.tv_nsec;
}

static int spin(int seconds) {
    long long end = now_ns() + seconds * 1000000000LL;
    long long prev = now_ns(), lost = 0, longest = 0;
    long over_100us = 0, over_1ms = 0, over_5ms = 0;
    for (long long t = prev; t < end; prev = t) {
        t = now_ns();
        long long gap = t - prev;
        if (gap > 100000) { over_100us++; lost += gap; }
        if (gap > 1000000) over_1ms++;
        if (gap > 5000000) over_5ms++;
        if (gap > longest) longest = gap;
    }
    printf("spinning %d s: gaps over 0.1 ms %ld, over 1 ms %ld, over 5 ms %ld, longest %.2f ms; time in gaps over"
           " 0.1 ms %.2f %%\n", seconds, over_100us, over_1ms, over_5ms, longest / 1e6, lost * 100.0 / (seconds * 1e9));
    return 0;
}

int main(int argc, char **argv) {
    int seconds = argc > 1 ? atoi(argv[1]) : 5;
    if (argc > 2 && strcmp(argv[2], "spin") == 0) return spin(seconds);
    static int hist[100001];            // µs of oversleep, the last bucket holds 100 ms and more
    long n = 0;
    prctl(PR_SET_TIMERSLACK, 1UL, 0, 0, 0);
    long long end = now_ns() + seconds * 1000000000LL;
    while (now_ns() < end) {
        long long a = now_ns();
        struct timespec d = {0, 1000000};
        nanosleep(&d, NULL);
        long long late = (now_ns() - a - 1000000) / 1000;
        if (late < 0) late = 0;
        if (late > 100000) late = 100000;
        hist[late]++;
        n++;
    }
    double q[] = {50, 90, 99, 99.9, 100};
    const char *name[] = {"p50", "p90", "p99", "p99.9", "max"};
    long seen = 0;
    int qi = 0;
    printf("wake-up lateness after a 1 ms sleep (%ld sleeps):", n);
    for (int i = 0; i <= 100000 && qi < 5; i++) {
        seen += hist[i];
        while (qi < 5 && seen >= q[qi] / 100 * n) printf(" %s %d us", name[qi++], i);
    }
    printf("\n");
    return 0;
}
