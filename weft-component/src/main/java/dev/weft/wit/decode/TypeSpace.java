package dev.weft.wit.decode;

import dev.weft.wit.SourceLocation;
import dev.weft.wit.WitException;
import java.util.ArrayList;
import java.util.List;

/** A type index space (of a component, a nested component or an instance type), with its enclosing space. */
final class TypeSpace {
    private final List<Slot> slots = new ArrayList<>();
    private final TypeSpace outer;

    TypeSpace(TypeSpace outer) {
        this.outer = outer;
    }

    void add(Slot slot) {
        slots.add(slot);
    }

    Slot get(long index, long offset) throws WitException {
        if (index < 0 || index >= slots.size()) {
            throw at(offset, "type index " + index + " is out of bounds (" + slots.size() + " types)");
        }
        return slots.get((int) index);
    }

    TypeSpace outer(long count, long offset) throws WitException {
        TypeSpace s = this;
        for (long i = 0; i < count; i++) {
            if (s.outer == null) {
                throw at(offset, "outer alias count " + count + " is too large");
            }
            s = s.outer;
        }
        return s;
    }

    static WitException at(long offset, String reason) {
        return new WitException(SourceLocation.of(String.format("component@0x%x", offset)), reason);
    }
}
