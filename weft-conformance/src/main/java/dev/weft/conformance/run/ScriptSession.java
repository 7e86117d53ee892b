package dev.weft.conformance.run;

import dev.weft.conformance.wast.Action;
import dev.weft.error.WeftException;
import dev.weft.value.Val;
import java.util.List;
import java.util.Optional;

/**
 * The state of one script while it runs: defined components, instances (named by their {@code $id}s; an unnamed
 * {@code invoke} addresses the latest instance) and registered names. Every binary handed in has already passed
 * {@link ComponentChecker#check}. Methods throw the {@link WeftException} the runtime raised (a {@code Trap},
 * {@code LinkException}, …), which the harness compares with what the directive expects.
 */
public interface ScriptSession extends AutoCloseable {

    /** {@code (component definition $id …)}: remember a component for later {@code component instance}s. */
    void define(Optional<String> id, byte[] component) throws WeftException, NotSupportedException;

    /** {@code (component $id …)}: define and instantiate at once; the instance is then the latest one. */
    void instantiate(Optional<String> id, byte[] component) throws WeftException, NotSupportedException;

    /** {@code (component instance $instance $definition)}: instantiate an earlier definition. */
    void instantiateDefinition(Optional<String> instance, Optional<String> definition)
            throws WeftException, NotSupportedException;

    /** {@code (register "name" $instance?)}: make an instance's exports importable under {@code name}. */
    void register(String name, Optional<String> instance) throws WeftException, NotSupportedException;

    /**
     * {@code (invoke $instance? "name" arg*)}: call an export. The arguments are untyped {@link Val}s as written in
     * the script (a {@code list.const} is a {@code ListVal} even for a fixed-length list); converting them to the
     * export's parameter types is the session's job. Returns the results.
     */
    List<Val> invoke(Action.Invoke invoke) throws WeftException, NotSupportedException;

    @Override
    void close();
}
