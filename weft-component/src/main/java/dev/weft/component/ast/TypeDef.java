package dev.weft.component.ast;

import java.util.List;
import java.util.Optional;

/** {@code type ::= deftype}: one component type definition, each appending one type index. */
public sealed interface TypeDef {

    long offset();

    /** {@code defvaltype}. */
    record Defined(DefValType type, long offset) implements TypeDef {}

    /**
     * {@code 0x40 ps:paramlist rs:resultlist} or (🔀) {@code 0x43 …} for {@code async}.
     *
     * @param result empty for {@code resultlist ::= 0x01 0x00}
     */
    record Func(boolean async, List<NamedValType> params, Optional<ComponentValType> result, long offset)
            implements TypeDef {
        public Func {
            params = List.copyOf(params);
        }
    }

    /** {@code 0x41 cd*:vec(componentdecl)}. */
    record ComponentType(List<Declarator> declarators, long offset) implements TypeDef {
        public ComponentType {
            declarators = List.copyOf(declarators);
        }
    }

    /** {@code 0x42 id*:vec(instancedecl)}; never holds a {@link Declarator.Import}. */
    record InstanceType(List<Declarator> declarators, long offset) implements TypeDef {
        public InstanceType {
            declarators = List.copyOf(declarators);
        }
    }

    /**
     * {@code 0x3f t:core:valtype f?:core:funcidx?}: {@code (resource (rep t) (dtor f)?)}.
     *
     * @param destructor core function index of the destructor
     */
    record Resource(CoreValType rep, Optional<Long> destructor, long offset) implements TypeDef {}
}
