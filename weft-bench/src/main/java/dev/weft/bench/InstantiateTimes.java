package dev.weft.bench;

import dev.weft.component.Component;
import dev.weft.runtime.Engine;
import dev.weft.runtime.InstancePre;
import dev.weft.runtime.Linker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Fresh-instance cost of several components in one JVM (so their ratios are comparable on a loaded machine):
 * each is prepared once (imports it needs are defined as traps), then instantiated in rounds of about one second;
 * prints the median of the rounds. Usage: {@code java -Xss512m -cp benchmarks.jar dev.weft.bench.InstantiateTimes
 * [seconds] component.wasm...}.
 */
public final class InstantiateTimes {
    private InstantiateTimes() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = Integer.parseInt(args[0]);
        Engine engine = Engine.create();
        List<Path> paths = new ArrayList<>();
        List<InstancePre> pres = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            Path path = Path.of(args[i]);
            Component component = Component.decode(Files.readAllBytes(path));
            paths.add(path);
            pres.add(new Linker().defineUnknownImportsAsTraps(component).prepare(engine, component));
        }
        for (int round = 0; round < seconds; round++) {
            StringBuilder line = new StringBuilder("round " + round + ":");
            for (int i = 0; i < pres.size(); i++) {
                line.append(String.format("  %s %.2f us", paths.get(i).getFileName(), perInstanceMicros(pres.get(i))));
            }
            System.out.println(line);
        }
    }

    private static double perInstanceMicros(InstancePre pre) throws Exception {
        long start = System.nanoTime();
        long deadline = start + 1_000_000_000L / 2;
        int n = 0;
        long now;
        do {
            pre.instantiate();
            n++;
            now = System.nanoTime();
        } while (now < deadline);
        return (now - start) / 1e3 / n;
    }
}
