package dev.weft.wasi.http.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.testkit.Fixtures;
import dev.weft.value.OptionVal;
import dev.weft.value.RecordVal;
import dev.weft.value.U64Val;
import dev.weft.value.VariantVal;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every {@code error-code} case of the wasi:http 0.2.12 WIT, with its payload shape. */
class ErrorCodeTest {
    /** One of each case, with payloads present. */
    static List<ErrorCode> everyCase() {
        List<ErrorCode> all = new ArrayList<>(List.of(ErrorCode.Simple.values()));
        all.add(new ErrorCode.DnsError(Optional.of("NXDOMAIN"), Optional.of(3)));
        all.add(new ErrorCode.TlsAlertReceived(Optional.of(40), Optional.of("handshake failure")));
        for (ErrorCode.BodyKind k : ErrorCode.BodyKind.values()) {
            all.add(new ErrorCode.BodySize(k, Optional.of(12L)));
        }
        for (ErrorCode.SectionKind k : ErrorCode.SectionKind.values()) {
            all.add(new ErrorCode.SectionSize(k, Optional.of(100L)));
        }
        for (ErrorCode.FieldKind k : ErrorCode.FieldKind.values()) {
            all.add(new ErrorCode.FieldSize(k, Optional.of("x-big"), Optional.of(9000L)));
        }
        for (ErrorCode.CodingKind k : ErrorCode.CodingKind.values()) {
            all.add(new ErrorCode.Coding(k, Optional.of("br")));
        }
        all.add(ErrorCode.InternalError.of("boom"));
        return all;
    }

    /** Case name → payload type text ("" for none), from the WIT. */
    static Map<String, String> witCases() throws Exception {
        String wit = Files.readString(Fixtures.repoRoot().resolve(
                "fixtures/node_modules/@bytecodealliance/jco/lib/wit/builtin/0.2.12/wasi-http/package.wit"));
        Matcher variant = Pattern.compile("variant error-code \\{(.*?)\\n\\s*}", Pattern.DOTALL).matcher(wit);
        assertTrue(variant.find(), "error-code variant in the WIT");
        Map<String, String> cases = new LinkedHashMap<>();
        for (String line : variant.group(1).split("\\n")) {
            String t = line.trim();
            if (t.isEmpty() || t.startsWith("//")) {
                continue;
            }
            t = t.endsWith(",") ? t.substring(0, t.length() - 1) : t;
            int paren = t.indexOf('(');
            cases.put(paren < 0 ? t : t.substring(0, paren), paren < 0 ? "" : t.substring(paren + 1, t.length() - 1));
        }
        return cases;
    }

    @Test
    void coversEveryWitCaseWithItsPayloadShape() throws Exception {
        Map<String, String> wit = witCases();
        assertEquals(39, wit.size());
        List<ErrorCode> all = everyCase();
        assertEquals(wit.keySet(), new java.util.HashSet<>(all.stream().map(ErrorCode::caseName).toList()));
        assertEquals(wit.size(), all.size());
        for (ErrorCode code : all) {
            VariantVal v = assertInstanceOf(VariantVal.class, code.toVal());
            assertEquals(code.caseName(), v.caseName());
            String payload = wit.get(code.caseName());
            assertEquals(!payload.isEmpty(), v.payload().isPresent(), code.caseName());
            if (payload.startsWith("option<")) {
                OptionVal option = assertInstanceOf(OptionVal.class, v.payload().get(), code.caseName());
                if (payload.contains("payload")) {
                    assertInstanceOf(RecordVal.class, option.value().orElseThrow(), code.caseName());
                }
            } else if (payload.endsWith("payload")) {
                assertInstanceOf(RecordVal.class, v.payload().get(), code.caseName());
            }
        }
    }

    @Test
    void bodySizeCarriesTheCount() {
        VariantVal v = (VariantVal) new ErrorCode.BodySize(ErrorCode.BodyKind.RESPONSE, Optional.of(4L)).toVal();
        assertEquals("HTTP-response-body-size", v.caseName());
        assertEquals(new OptionVal(Optional.of(new U64Val(4))), v.payload().orElseThrow());
    }
}
