package dev.weft.runtime.abi;

import dev.weft.error.Trap;
import dev.weft.error.TrapKind;
import dev.weft.value.StringOrigin;
import dev.weft.value.StringVal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Loading strings from and storing strings into guest memory in the three encodings (CanonicalABI.md
 * {@code load_string_from_range}, {@code store_string_into_range} and its transcoding helpers), with exactly
 * the spec's sequence of {@code realloc} calls and traps.
 */
public final class StringCodec {
    /** {@code MAX_STRING_BYTE_LENGTH}. */
    public static final long MAX_STRING_BYTE_LENGTH = (1L << 28) - 1;
    /** {@code REALLOC_I32_MAX}. */
    static final long REALLOC_I32_MAX = 0xFFFF_FFFFL;
    private static final long TAG = StringEncoding.UTF16_TAG;

    /** A stored string: its pointer and (tagged) code-unit count, both unsigned. */
    public record Stored(long ptr, long taggedCodeUnits) {
    }

    private record SourceRange(int alignment, long byteLength, Charset charset) {
    }

    private StringCodec() {
    }

    /** {@code load_string}: reads the (ptr, tagged length) pair at {@code ptr}. */
    public static String load(LiftLowerContext cx, long ptr) throws Trap {
        return loadValue(cx, ptr).value();
    }

    /** {@code load_string_from_range}: the string alone. */
    public static String loadFromRange(LiftLowerContext cx, long ptr, long taggedCodeUnits) throws Trap {
        return loadValueFromRange(cx, ptr, taggedCodeUnits).value();
    }

    /** {@code load_string}: the string at the (ptr, tagged length) pair at {@code ptr}, with its origin. */
    public static StringVal loadValue(LiftLowerContext cx, long ptr) throws Trap {
        GuestMemory m = cx.memory();
        long begin = Integer.toUnsignedLong(m.readI32(ptr));
        long units = Integer.toUnsignedLong(m.readI32(ptr + 4));
        return loadValueFromRange(cx, begin, units);
    }

    /**
     * {@code load_string_from_range}: the spec's {@code String} triple, as a value whose
     * {@link StringVal#origin() origin} is this context's encoding and {@code taggedCodeUnits}.
     */
    public static StringVal loadValueFromRange(LiftLowerContext cx, long ptr, long taggedCodeUnits) throws Trap {
        long tagged = taggedCodeUnits & TAG;
        long untagged = taggedCodeUnits ^ tagged;
        SourceRange range = switch (cx.options().encoding()) {
            case UTF8 -> new SourceRange(1, taggedCodeUnits, StandardCharsets.UTF_8);
            case UTF16 -> new SourceRange(2, 2 * taggedCodeUnits, StandardCharsets.UTF_16LE);
            case LATIN1_UTF16 -> tagged != 0 ? new SourceRange(2, 2 * untagged, StandardCharsets.UTF_16LE)
                    : new SourceRange(2, taggedCodeUnits, StandardCharsets.ISO_8859_1);
        };
        int alignment = range.alignment();
        long byteLength = range.byteLength();
        Charset charset = range.charset();
        if (byteLength > MAX_STRING_BYTE_LENGTH) {
            throw new Trap(TrapKind.COMPONENT_MODEL,
                    "string of " + byteLength + " bytes exceeds the maximum of " + MAX_STRING_BYTE_LENGTH);
        }
        LiftLowerContext.checkAlignment(ptr, alignment, "string");
        cx.checkBounds(ptr, byteLength, "string");
        byte[] bytes = cx.memory().read(ptr, (int) byteLength);
        if (charset == StandardCharsets.UTF_8 && isAscii(bytes)) {
            // ASCII is valid UTF-8 and decodes to the same chars as latin1, without a decoder
            String decoded = new String(bytes, StandardCharsets.ISO_8859_1);
            return StringVal.lifted(decoded, new StringOrigin(cx.options().encoding().canonOpt(), taggedCodeUnits));
        }
        try {
            String decoded = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return StringVal.lifted(decoded, new StringOrigin(cx.options().encoding().canonOpt(), taggedCodeUnits));
        } catch (CharacterCodingException e) {
            throw new Trap(TrapKind.COMPONENT_MODEL,
                    "string at " + ptr + " is not valid " + charset.name() + ": " + e.getMessage());
        }
    }

    /** {@code store_string}: stores {@code s} and writes its (ptr, tagged length) pair at {@code ptr}. */
    public static void store(LiftLowerContext cx, SourceString s, long ptr) throws Trap {
        Stored st = storeIntoRange(cx, s);
        GuestMemory m = cx.memory();
        m.writeI32(ptr, (int) st.ptr());
        m.writeI32(ptr + 4, (int) st.taggedCodeUnits());
    }

    /** {@code store_string_into_range}: dispatches on (source encoding, destination encoding). */
    public static Stored storeIntoRange(LiftLowerContext cx, SourceString s) throws Trap {
        String src = s.value();
        StringEncoding srcEncoding = s.encoding();
        long srcTagged = s.taggedCodeUnits();
        // the spec's src_simple_encoding: latin1+utf16 splits into latin1 and utf16 by the tag
        boolean srcLatin1 = false;
        boolean srcUtf16;
        long srcUnits;
        if (srcEncoding == StringEncoding.LATIN1_UTF16) {
            srcUtf16 = (srcTagged & TAG) != 0;
            srcLatin1 = !srcUtf16;
            srcUnits = srcUtf16 ? srcTagged ^ TAG : srcTagged;
        } else {
            srcUtf16 = srcEncoding == StringEncoding.UTF16;
            srcUnits = srcTagged;
        }
        boolean srcUtf8 = srcEncoding == StringEncoding.UTF8;
        return switch (cx.options().encoding()) {
            case UTF8 -> srcUtf8 ? copy(cx, src, srcUnits, 1, 1, StandardCharsets.UTF_8)
                    : srcUtf16 ? toUtf8(cx, src, srcUnits, srcUnits * 3)
                    : toUtf8(cx, src, srcUnits, srcUnits * 2);
            case UTF16 -> srcUtf8 ? utf8ToUtf16(cx, src, srcUnits)
                    : copy(cx, src, srcUnits, 2, 2, StandardCharsets.UTF_16LE);
            case LATIN1_UTF16 -> srcEncoding != StringEncoding.LATIN1_UTF16 ? toLatin1OrUtf16(cx, src, srcUnits)
                    : srcLatin1 ? copy(cx, src, srcUnits, 1, 2, StandardCharsets.ISO_8859_1)
                    : probablyUtf16ToLatin1OrUtf16(cx, src, srcUnits);
        };
    }

    /** {@code store_string_copy}. */
    private static Stored copy(LiftLowerContext cx, String src, long srcUnits, int unitSize, int alignment,
                               Charset dst) throws Trap {
        long byteLength = unitSize * srcUnits;
        checkReallocSize(byteLength);
        long ptr = cx.allocate(alignment, byteLength);
        LiftLowerContext.checkAlignment(ptr, alignment, "realloc result for string");
        cx.checkBounds(ptr, byteLength, "string");
        byte[] encoded = src.getBytes(dst);
        if (encoded.length != byteLength) {
            throw new Trap(TrapKind.COMPONENT_MODEL,
                    "string code-unit count " + srcUnits + " does not match its contents");
        }
        cx.memory().write(ptr, encoded, 0, encoded.length);
        return new Stored(ptr, srcUnits);
    }

    /** {@code store_string_to_utf8} (from utf16 or latin1 sources). */
    private static Stored toUtf8(LiftLowerContext cx, String src, long srcUnits, long worstCaseSize) throws Trap {
        checkReallocSize(srcUnits);
        long ptr = cx.allocate(1, srcUnits);
        cx.checkBounds(ptr, srcUnits, "string");
        int ascii = asciiPrefix(src);
        GuestMemory m = cx.memory();
        byte[] prefix = src.substring(0, ascii).getBytes(StandardCharsets.ISO_8859_1);
        m.write(ptr, prefix, 0, ascii);
        if (ascii == src.length()) {
            return new Stored(ptr, srcUnits);
        }
        checkReallocSize(worstCaseSize);
        ptr = cx.reallocate(ptr, srcUnits, 1, worstCaseSize);
        cx.checkBounds(ptr, worstCaseSize, "string");
        byte[] encoded = src.getBytes(StandardCharsets.UTF_8);
        m.write(ptr + ascii, encoded, ascii, encoded.length - ascii);
        if (worstCaseSize > encoded.length) {
            ptr = cx.reallocate(ptr, worstCaseSize, 1, encoded.length);
            cx.checkBounds(ptr, encoded.length, "string");
        }
        return new Stored(ptr, encoded.length);
    }

    /** {@code store_utf8_to_utf16}. */
    private static Stored utf8ToUtf16(LiftLowerContext cx, String src, long srcUnits) throws Trap {
        long worstCaseSize = 2 * srcUnits;
        checkReallocSize(worstCaseSize);
        long ptr = cx.allocate(2, worstCaseSize);
        LiftLowerContext.checkAlignment(ptr, 2, "realloc result for string");
        cx.checkBounds(ptr, worstCaseSize, "string");
        byte[] encoded = src.getBytes(StandardCharsets.UTF_16LE);
        cx.memory().write(ptr, encoded, 0, encoded.length);
        if (encoded.length < worstCaseSize) {
            ptr = cx.reallocate(ptr, worstCaseSize, 2, encoded.length);
            LiftLowerContext.checkAlignment(ptr, 2, "realloc result for string");
            cx.checkBounds(ptr, encoded.length, "string");
        }
        return new Stored(ptr, encoded.length / 2);
    }

    /** {@code store_string_to_latin1_or_utf16} (from utf8 or utf16 sources). */
    private static Stored toLatin1OrUtf16(LiftLowerContext cx, String src, long srcUnits) throws Trap {
        checkReallocSize(srcUnits);
        long ptr = cx.allocate(2, srcUnits);
        LiftLowerContext.checkAlignment(ptr, 2, "realloc result for string");
        cx.checkBounds(ptr, srcUnits, "string");
        GuestMemory m = cx.memory();
        int latin1 = latin1Prefix(src);
        byte[] latin1Bytes = src.substring(0, latin1).getBytes(StandardCharsets.ISO_8859_1);
        m.write(ptr, latin1Bytes, 0, latin1);
        if (latin1 == src.length()) {
            if (latin1 < srcUnits) {
                ptr = cx.reallocate(ptr, srcUnits, 2, latin1);
                LiftLowerContext.checkAlignment(ptr, 2, "realloc result for string");
                cx.checkBounds(ptr, latin1, "string");
            }
            return new Stored(ptr, latin1);
        }
        long worstCaseSize = 2 * srcUnits;
        checkReallocSize(worstCaseSize);
        ptr = cx.reallocate(ptr, srcUnits, 2, worstCaseSize);
        LiftLowerContext.checkAlignment(ptr, 2, "realloc result for string");
        cx.checkBounds(ptr, worstCaseSize, "string");
        // inflate the latin1 bytes already written (as moved by realloc) to UTF-16 in place
        byte[] written = m.read(ptr, latin1);
        byte[] inflated = new byte[2 * latin1];
        for (int j = 0; j < latin1; j++) {
            inflated[2 * j] = written[j];
        }
        m.write(ptr, inflated, 0, inflated.length);
        byte[] encoded = src.getBytes(StandardCharsets.UTF_16LE);
        m.write(ptr + 2L * latin1, encoded, 2 * latin1, encoded.length - 2 * latin1);
        if (worstCaseSize > encoded.length) {
            ptr = cx.reallocate(ptr, worstCaseSize, 2, encoded.length);
            LiftLowerContext.checkAlignment(ptr, 2, "realloc result for string");
            cx.checkBounds(ptr, encoded.length, "string");
        }
        return new Stored(ptr, (encoded.length / 2) | TAG);
    }

    /** {@code store_probably_utf16_to_latin1_or_utf16}. */
    private static Stored probablyUtf16ToLatin1OrUtf16(LiftLowerContext cx, String src, long srcUnits)
            throws Trap {
        long srcByteLength = 2 * srcUnits;
        checkReallocSize(srcByteLength);
        long ptr = cx.allocate(2, srcByteLength);
        LiftLowerContext.checkAlignment(ptr, 2, "realloc result for string");
        cx.checkBounds(ptr, srcByteLength, "string");
        byte[] encoded = src.getBytes(StandardCharsets.UTF_16LE);
        GuestMemory m = cx.memory();
        m.write(ptr, encoded, 0, encoded.length);
        if (latin1Prefix(src) < src.length()) {
            return new Stored(ptr, (encoded.length / 2) | TAG);
        }
        int latin1Size = encoded.length / 2;
        byte[] compressed = new byte[latin1Size];
        for (int i = 0; i < latin1Size; i++) {
            compressed[i] = encoded[2 * i];
        }
        m.write(ptr, compressed, 0, latin1Size);
        ptr = cx.reallocate(ptr, srcByteLength, 1, latin1Size);
        cx.checkBounds(ptr, latin1Size, "string");
        return new Stored(ptr, latin1Size);
    }

    private static void checkReallocSize(long size) throws Trap {
        if (size > REALLOC_I32_MAX) {
            throw new Trap(TrapKind.COMPONENT_MODEL,
                    "string needs " + size + " bytes, more than a 32-bit realloc can provide");
        }
    }

    /** Number of leading chars below U+0080 (the spec's loop over code points stops at the first other one). */
    private static int asciiPrefix(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) < 0x80) {
            i++;
        }
        return i;
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    private static int latin1Prefix(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) < 0x100) {
            i++;
        }
        return i;
    }
}
