package dev.weft.wave;

import dev.weft.wave.UntypedValue.BoolNode;
import dev.weft.wave.UntypedValue.CharNode;
import dev.weft.wave.UntypedValue.ErrNode;
import dev.weft.wave.UntypedValue.FieldNode;
import dev.weft.wave.UntypedValue.FlagsNode;
import dev.weft.wave.UntypedValue.LabelNode;
import dev.weft.wave.UntypedValue.ListNode;
import dev.weft.wave.UntypedValue.NoneNode;
import dev.weft.wave.UntypedValue.NumberNode;
import dev.weft.wave.UntypedValue.OkNode;
import dev.weft.wave.UntypedValue.RecordNode;
import dev.weft.wave.UntypedValue.SomeNode;
import dev.weft.wave.UntypedValue.StringNode;
import dev.weft.wave.UntypedValue.TupleNode;
import dev.weft.wave.UntypedValue.VariantNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Parses WAVE text into {@link UntypedValue} trees (the grammar of wasm-wave's {@code wave_ebnf.md}). */
final class WaveSyntaxParser {
    static final int MAX_DEPTH = 100;

    private final WaveSource src;
    private final WaveLexer lex;
    private WaveToken curr;
    private int depth;

    WaveSyntaxParser(WaveSource src, int position) {
        this.src = src;
        this.lex = new WaveLexer(src, position);
    }

    UntypedValue parseValue() throws WaveException {
        if (depth >= MAX_DEPTH) {
            int at = curr == null ? 0 : curr.span().start();
            throw src.error(WaveErrorKind.NESTING_TOO_DEEP, "values may nest at most " + MAX_DEPTH + " deep",
                    curr == null ? WaveSpan.of(at, at) : curr.span());
        }
        depth++;
        try {
            return parseValueInner();
        } finally {
            depth--;
        }
    }

    /** Requires that only whitespace and comments remain. */
    void finish() throws WaveException {
        int start = lex.position();
        WaveToken t;
        try {
            t = lex.next();
        } catch (WaveException e) {
            throw src.error(WaveErrorKind.TRAILING_CHARACTERS, "expected end of input", e.span());
        }
        if (t != null) {
            throw src.error(WaveErrorKind.TRAILING_CHARACTERS, "found " + t.describe() + "; expected end of input",
                    t.span());
        }
        lex.reset(start);
    }

    /** Parses {@code (value, …)} after the opening parenthesis was consumed; may be empty. */
    List<UntypedValue> parseArguments() throws WaveException {
        return commaSeparated(WaveTokenKind.PAREN_CLOSE);
    }

    WaveToken advance(String expected) throws WaveException {
        WaveToken t = lex.next();
        if (t == null) {
            int end = src.length();
            throw src.error(WaveErrorKind.UNEXPECTED_END, "expected " + expected, WaveSpan.of(end, end));
        }
        curr = t;
        return t;
    }

    WaveToken current() {
        return curr;
    }

    private UntypedValue parseValueInner() throws WaveException {
        WaveToken t = advance("a value");
        return switch (t.kind()) {
            case NUMBER -> new NumberNode(t.text(), t.span());
            case CHAR -> new CharNode(t.codePoint(), t.span());
            case STRING -> new StringNode(t.text(), t.span());
            case PAREN_OPEN -> parseTuple(t);
            case BRACKET_OPEN -> new ListNode(commaSeparated(WaveTokenKind.BRACKET_CLOSE), t.span().to(curr.span()));
            case BRACE_OPEN -> parseRecordOrFlags(t);
            case LABEL -> parseLabelValue(t);
            case BRACE_CLOSE, PAREN_CLOSE, BRACKET_CLOSE, COLON, COMMA -> throw unexpected(t, "a value");
        };
    }

    private UntypedValue parseTuple(WaveToken open) throws WaveException {
        List<UntypedValue> elements = commaSeparated(WaveTokenKind.PAREN_CLOSE);
        WaveSpan span = open.span().to(curr.span());
        if (elements.isEmpty()) {
            throw src.error(WaveErrorKind.EMPTY_TUPLE, "tuples have at least one element", span);
        }
        return new TupleNode(elements, span);
    }

    private UntypedValue parseLabelValue(WaveToken t) throws WaveException {
        String text = t.text();
        return switch (text) {
            case "true" -> new BoolNode(true, t.span());
            case "false" -> new BoolNode(false, t.span());
            case "inf", "nan" -> new NumberNode(text, t.span());
            case "none" -> new NoneNode(t.span());
            case "some" -> {
                expect(advance("`(` after `some`"), WaveTokenKind.PAREN_OPEN, "`(` after `some`");
                UntypedValue payload = parseValue();
                expect(advance("`)`"), WaveTokenKind.PAREN_CLOSE, "`)`");
                yield new SomeNode(payload, t.span().to(curr.span()));
            }
            case "ok", "err" -> {
                Optional<UntypedValue> payload = Optional.empty();
                if (peekIs(WaveTokenKind.PAREN_OPEN)) {
                    advance("`(`");
                    payload = Optional.of(parseValue());
                    expect(advance("`)`"), WaveTokenKind.PAREN_CLOSE, "`)`");
                }
                WaveSpan span = t.span().to(curr.span());
                yield text.equals("ok") ? new OkNode(payload, span) : new ErrNode(payload, span);
            }
            default -> {
                LabelNode label = label(t);
                if (!peekIs(WaveTokenKind.PAREN_OPEN)) {
                    yield label;
                }
                advance("`(`");
                UntypedValue payload = parseValue();
                expect(advance("`)`"), WaveTokenKind.PAREN_CLOSE, "`)`");
                yield new VariantNode(label, payload, t.span().to(curr.span()));
            }
        };
    }

    private UntypedValue parseRecordOrFlags(WaveToken open) throws WaveException {
        WaveToken t = advance("a label, `:` or `}`");
        if (t.kind() == WaveTokenKind.COLON) {
            expect(advance("`}`"), WaveTokenKind.BRACE_CLOSE, "`}` after `{:`");
            return new RecordNode(List.of(), open.span().to(curr.span()));
        }
        if (t.kind() == WaveTokenKind.BRACE_CLOSE) {
            return new FlagsNode(List.of(), open.span().to(t.span()));
        }
        return peekIs(WaveTokenKind.COLON) ? finishRecord(open) : finishFlags(open);
    }

    private UntypedValue finishRecord(WaveToken open) throws WaveException {
        List<FieldNode> fields = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        while (true) {
            LabelNode name = label(expect(curr, WaveTokenKind.LABEL, "a field name"));
            if (!seen.add(name.name())) {
                throw src.error(WaveErrorKind.DUPLICATE_FIELD, "`" + name.name() + "`", name.span());
            }
            expect(advance("`:`"), WaveTokenKind.COLON, "`:` after field name");
            fields.add(new FieldNode(name, parseValue()));
            if (endOfEntry("`,` or `}` after record field")) {
                return new RecordNode(fields, open.span().to(curr.span()));
            }
        }
    }

    private UntypedValue finishFlags(WaveToken open) throws WaveException {
        List<LabelNode> flags = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        while (true) {
            LabelNode flag = label(expect(curr, WaveTokenKind.LABEL, "a flag name"));
            if (!seen.add(flag.name())) {
                throw src.error(WaveErrorKind.DUPLICATE_FLAG, "`" + flag.name() + "`", flag.span());
            }
            flags.add(flag);
            if (endOfEntry("`,` or `}` after flag")) {
                return new FlagsNode(flags, open.span().to(curr.span()));
            }
        }
    }

    /** After a record field or flag: consumes {@code ,} and/or {@code }}; true when the braces closed. */
    private boolean endOfEntry(String expected) throws WaveException {
        WaveToken t = advance(expected);
        if (t.kind() == WaveTokenKind.COMMA) {
            t = advance("a label or `}`");
            return t.kind() == WaveTokenKind.BRACE_CLOSE;
        }
        expect(t, WaveTokenKind.BRACE_CLOSE, expected);
        return true;
    }

    private List<UntypedValue> commaSeparated(WaveTokenKind end) throws WaveException {
        List<UntypedValue> nodes = new ArrayList<>();
        if (peekIs(end)) {
            advance(end.description());
            return nodes;
        }
        String expected = "`,` or " + end.description();
        while (true) {
            nodes.add(parseValue());
            WaveToken t = advance(expected);
            if (t.kind() == WaveTokenKind.COMMA) {
                if (peekIs(end)) {
                    advance(end.description());
                    return nodes;
                }
            } else {
                expect(t, end, expected);
                return nodes;
            }
        }
    }

    private LabelNode label(WaveToken t) {
        String text = t.text();
        boolean escaped = text.startsWith("%");
        return new LabelNode(escaped ? text.substring(1) : text, escaped, t.span());
    }

    boolean peekIs(WaveTokenKind kind) {
        int saved = lex.position();
        try {
            WaveToken t = lex.next();
            return t != null && t.kind() == kind;
        } catch (WaveException e) {
            return false;
        } finally {
            lex.reset(saved);
        }
    }

    WaveToken expect(WaveToken t, WaveTokenKind kind, String expected) throws WaveException {
        if (t.kind() != kind) {
            throw unexpected(t, expected);
        }
        return t;
    }

    private WaveException unexpected(WaveToken t, String expected) {
        return src.error(WaveErrorKind.UNEXPECTED_TOKEN, "found " + t.describe() + "; expected " + expected,
                t.span());
    }
}
