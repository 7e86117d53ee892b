// hiccup: how late a lone thread wakes from a 1 ms sleep, a floor under any server's latency on this machine.
//   hiccup SECONDS      prints p50/p90/p99/p99.9/max of the oversleep in microseconds
// Build: cc -O2 -o hiccup bench/hiccup.c (bench/tail.sh does this on first use). Run it in the same scheduler
// session and nice level as the server to see what that server's threads get.
#include <stdio.h>
#include <stdlib.h>
#include <sys/prctl.h>
#include <time.h>

static long long now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1000000000LL + t.tv_nsec;
}

int main(int argc, char **argv) {
    int seconds = argc > 1 ? atoi(argv[1]) : 5;
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
