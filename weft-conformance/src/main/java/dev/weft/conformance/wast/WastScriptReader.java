package dev.weft.conformance.wast;

import dev.weft.conformance.sexpr.Atom;
import dev.weft.conformance.sexpr.SExpr;
import dev.weft.conformance.sexpr.SExprException;
import dev.weft.conformance.sexpr.SExprReader;
import dev.weft.conformance.sexpr.SList;
import dev.weft.conformance.sexpr.Str;
import dev.weft.value.Val;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a {@code .wast} script into classified {@link Directive}s. A directive whose shape cannot be read becomes
 * {@link Directive.Unreadable} (the rest of the script is still read); only text that cannot be split into
 * s-expressions at all fails the whole script.
 */
public final class WastScriptReader {
    private final FormReader forms;

    private WastScriptReader(String source) {
        this.forms = new FormReader(source);
    }

    public static WastScript read(String source) throws SExprException {
        List<SExpr> top = SExprReader.readAll(source);
        WastScriptReader reader = new WastScriptReader(source);
        List<Directive> directives = new ArrayList<>(top.size());
        for (SExpr expr : top) {
            directives.add(reader.directive(expr));
        }
        return new WastScript(ScriptHeader.read(source), directives);
    }

    private Directive directive(SExpr expr) {
        int line = expr.span().line();
        if (!(expr instanceof SList list) || list.head().isEmpty()) {
            return new Directive.Unreadable(DirectiveKind.OTHER, "expected a directive, found " + expr.describe(),
                    line);
        }
        String keyword = list.head().orElseThrow();
        DirectiveKind kind = kindOf(list);
        if (kind == DirectiveKind.OTHER) {
            return new Directive.Unknown(keyword, line);
        }
        try {
            return directive(kind, list, line);
        } catch (WastSyntaxException e) {
            return new Directive.Unreadable(kind, e.getMessage(), line);
        }
    }

    private static DirectiveKind kindOf(SList list) {
        String keyword = list.head().orElseThrow();
        boolean instance = list.size() > 1 && list.get(1).isAtom("instance");
        boolean definition = list.size() > 1 && list.get(1).isAtom("definition");
        return switch (keyword) {
            case "component" -> instance ? DirectiveKind.COMPONENT_INSTANCE
                    : definition ? DirectiveKind.COMPONENT_DEFINITION : DirectiveKind.COMPONENT;
            case "module" -> instance ? DirectiveKind.MODULE_INSTANCE
                    : definition ? DirectiveKind.MODULE_DEFINITION : DirectiveKind.MODULE;
            case "assert_return" -> DirectiveKind.ASSERT_RETURN;
            case "assert_trap" -> DirectiveKind.ASSERT_TRAP;
            case "assert_invalid" -> DirectiveKind.ASSERT_INVALID;
            case "assert_malformed" -> DirectiveKind.ASSERT_MALFORMED;
            case "assert_unlinkable" -> DirectiveKind.ASSERT_UNLINKABLE;
            case "assert_exhaustion" -> DirectiveKind.ASSERT_EXHAUSTION;
            case "register" -> DirectiveKind.REGISTER;
            case "invoke" -> DirectiveKind.INVOKE;
            default -> DirectiveKind.OTHER;
        };
    }

    private Directive directive(DirectiveKind kind, SList list, int line) throws WastSyntaxException {
        return switch (kind) {
            case COMPONENT, COMPONENT_DEFINITION, MODULE, MODULE_DEFINITION -> {
                FormReader.Read read = forms.read(list);
                yield new Directive.Define(read.form(), read.definitionOnly(), line);
            }
            case COMPONENT_INSTANCE, MODULE_INSTANCE -> instance(list, line);
            case ASSERT_INVALID -> {
                expectSize(list, 3);
                yield new Directive.AssertInvalid(plainForm(list.get(1)), message(list.get(2)), line);
            }
            case ASSERT_MALFORMED -> {
                expectSize(list, 3);
                yield new Directive.AssertMalformed(plainForm(list.get(1)), message(list.get(2)), line);
            }
            case ASSERT_UNLINKABLE -> {
                expectSize(list, 3);
                yield new Directive.AssertUnlinkable(plainForm(list.get(1)), message(list.get(2)), line);
            }
            case ASSERT_RETURN -> {
                if (list.size() < 2) {
                    throw new WastSyntaxException("`assert_return` needs an action", list);
                }
                List<Val> expected = new ArrayList<>();
                for (SExpr result : list.items().subList(2, list.size())) {
                    expected.add(ValueConstReader.read(result));
                }
                yield new Directive.AssertReturn(action(list.get(1)), expected, line);
            }
            case ASSERT_TRAP -> {
                expectSize(list, 3);
                yield new Directive.AssertTrap(action(list.get(1)), message(list.get(2)), line);
            }
            case ASSERT_EXHAUSTION -> {
                expectSize(list, 3);
                if (!(action(list.get(1)) instanceof Action.Invoke invoke)) {
                    throw new WastSyntaxException("`assert_exhaustion` needs an `(invoke …)`", list.get(1));
                }
                yield new Directive.AssertExhaustion(invoke, message(list.get(2)), line);
            }
            case REGISTER -> register(list, line);
            case INVOKE -> new Directive.Invoke(invoke(list), line);
            case OTHER -> throw new IllegalStateException("unknown directives are handled by the caller");
        };
    }

    private ModuleForm plainForm(SExpr expr) throws WastSyntaxException {
        FormReader.Read read = forms.read(expr);
        if (read.definitionOnly()) {
            throw new WastSyntaxException("`definition` is not allowed inside an assertion", expr);
        }
        return read.form();
    }

    private static Directive instance(SList list, int line) throws WastSyntaxException {
        List<String> ids = new ArrayList<>();
        for (SExpr item : list.items().subList(2, list.size())) {
            if (!(item instanceof Atom atom) || !atom.isId()) {
                throw new WastSyntaxException("expected `$id`, found " + item.describe(), item);
            }
            ids.add(atom.text());
        }
        if (ids.size() > 2) {
            throw new WastSyntaxException("expected `(component instance $instance? $definition?)`", list);
        }
        FormKind kind = FormReader.kindOf(list);
        Optional<String> instance = ids.isEmpty() ? Optional.empty() : Optional.of(ids.get(0));
        Optional<String> definition = ids.size() < 2 ? Optional.empty() : Optional.of(ids.get(1));
        return new Directive.Instance(kind, instance, definition, line);
    }

    private static Directive register(SList list, int line) throws WastSyntaxException {
        if (list.size() < 2 || list.size() > 3) {
            throw new WastSyntaxException("expected `(register \"name\" $instance?)`", list);
        }
        return new Directive.Register(message(list.get(1)), optionalId(list, 2), line);
    }

    private Action action(SExpr expr) throws WastSyntaxException {
        if (!(expr instanceof SList list) || list.head().isEmpty()) {
            throw new WastSyntaxException("expected an action, found " + expr.describe(), expr);
        }
        return switch (list.head().orElseThrow()) {
            case "invoke" -> invoke(list);
            case "get" -> {
                int index = list.size() > 1 && list.get(1) instanceof Atom atom && atom.isId() ? 2 : 1;
                if (list.size() != index + 1) {
                    throw new WastSyntaxException("expected `(get $instance? \"name\")`", list);
                }
                yield new Action.Get(optionalId(list, 1), message(list.get(index)));
            }
            case "component", "module" -> new Action.Instantiate(plainForm(list));
            default -> throw new WastSyntaxException("unknown action `" + list.head().orElseThrow() + "`", list);
        };
    }

    private static Action.Invoke invoke(SList list) throws WastSyntaxException {
        Optional<String> instance = optionalId(list, 1);
        int nameIndex = instance.isPresent() ? 2 : 1;
        if (list.size() <= nameIndex) {
            throw new WastSyntaxException("`invoke` needs an export name", list);
        }
        String name = message(list.get(nameIndex));
        List<Val> args = new ArrayList<>();
        for (SExpr arg : list.items().subList(nameIndex + 1, list.size())) {
            args.add(ValueConstReader.read(arg));
        }
        return new Action.Invoke(instance, name, args);
    }

    private static Optional<String> optionalId(SList list, int index) {
        return index < list.size() && list.get(index) instanceof Atom atom && atom.isId()
                ? Optional.of(atom.text()) : Optional.empty();
    }

    private static String message(SExpr expr) throws WastSyntaxException {
        if (!(expr instanceof Str)) {
            throw new WastSyntaxException("expected a string, found " + expr.describe(), expr);
        }
        return ValueConstReader.text(expr);
    }

    private static void expectSize(SList list, int size) throws WastSyntaxException {
        if (list.size() != size) {
            throw new WastSyntaxException("`" + list.head().orElse("?") + "` expects " + (size - 1)
                    + " arguments, found " + (list.size() - 1), list);
        }
    }
}
