package dev.weft.wit.resolve;

import java.util.List;
import java.util.Optional;

/** A resolved package: its named interfaces and worlds in declaration order. */
public record WitPackage(PackageName name, String docs, List<Interface> interfaces, List<World> worlds) {
    public WitPackage {
        interfaces = List.copyOf(interfaces);
        worlds = List.copyOf(worlds);
    }

    public Optional<Interface> iface(String name) {
        return interfaces.stream()
                .filter(i -> i.ref() instanceof InterfaceRef.Named n && n.name().equals(name)).findFirst();
    }

    public Optional<World> world(String name) {
        return worlds.stream().filter(w -> w.name().equals(name)).findFirst();
    }
}
