package dev.weft.runtime;

import dev.weft.component.Component;
import dev.weft.component.ast.CoreModuleSection;
import dev.weft.error.InstantiationException;
import dev.weft.error.LinkException;
import dev.weft.error.Trap;
import dev.weft.runtime.engine.CoreModule;
import dev.weft.runtime.link.InstantiationCache;
import dev.weft.runtime.link.Instantiator;
import dev.weft.runtime.link.RtItem;
import dev.weft.component.types.ResourceType;
import dev.weft.runtime.resource.Destructor;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** A component whose imports are resolved and whose code is compiled: instantiate it many times, from any thread. */
public final class InstancePre {
    private final Component component;
    private final Map<CoreModuleSection, CoreModule> modules;
    private final Map<String, RtItem> imports;
    private final AtomicLong instances = new AtomicLong();
    private final InstantiationCache cache = new InstantiationCache();

    private final Map<ResourceType, Destructor> hostDestructors;

    InstancePre(Component component, Map<CoreModuleSection, CoreModule> modules, Map<String, RtItem> imports,
            Map<ResourceType, Destructor> hostDestructors) {
        this.component = component;
        this.hostDestructors = hostDestructors;
        this.modules = Map.copyOf(modules);
        this.imports = Map.copyOf(imports);
    }

    public Component component() {
        return component;
    }

    /** A fresh instance: its own memories, tables and handle tables. */
    public ComponentInstance instantiate() throws LinkException, InstantiationException, Trap {
        String name = "instance#" + instances.incrementAndGet();
        Instantiator instantiator = new Instantiator(component.validated(), modules, hostDestructors, cache);
        RtItem.Instance instance = instantiator.instantiate(name, imports);
        return new ComponentInstance(instance, instantiator::destructorOf);
    }
}
