package dev.weft.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The overhead of the meters as a ratio that survives a loaded machine: one JVM runs {@link FuelBenchmark}'s
 * workloads for {@code none}, {@code fuel} and {@code fuel+depth} in turn, round after round, and prints each
 * variant's median and its ratio to {@code none}. Usage:
 * {@code java -Dweft.repo.root=. -cp benchmarks.jar dev.weft.bench.FuelOverhead [ROUNDS]}.
 */
public final class FuelOverhead {
    private FuelOverhead() {
    }

    @FunctionalInterface
    private interface Work {
        void run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        Map<String, FuelBenchmark> variants = new LinkedHashMap<>();
        for (String meters : new String[] {"none", "fuel", "fuel+depth"}) {
            var bench = new FuelBenchmark();
            bench.meters = meters;
            bench.setUp();
            variants.put(meters, bench);
        }
        report("countLoop (count(1_000_000), ms)", rounds, variants, b -> b::countLoop, 20);
        report("cCompute (SHA-256 1 MiB + fannkuch 8, ms)", rounds, variants, b -> b::cCompute, 1);
    }

    private interface Pick {
        Work of(FuelBenchmark bench);
    }

    private static void report(String title, int rounds, Map<String, FuelBenchmark> variants, Pick pick, int reps)
            throws Exception {
        Map<String, double[]> times = new LinkedHashMap<>();
        variants.keySet().forEach(k -> times.put(k, new double[rounds]));
        for (int warm = 0; warm < 3; warm++) {
            for (var e : variants.entrySet()) {
                for (int i = 0; i < reps; i++) {
                    pick.of(e.getValue()).run();
                }
            }
        }
        for (int round = 0; round < rounds; round++) {
            for (var e : variants.entrySet()) {
                long start = System.nanoTime();
                for (int i = 0; i < reps; i++) {
                    pick.of(e.getValue()).run();
                }
                times.get(e.getKey())[round] = (System.nanoTime() - start) / 1e6 / reps;
            }
        }
        System.out.println(title);
        double base = median(times.get("none"));
        for (var e : times.entrySet()) {
            double m = median(e.getValue());
            System.out.printf("  %-11s median %9.2f   ratio to none %.2f%n", e.getKey(), m, m / base);
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
