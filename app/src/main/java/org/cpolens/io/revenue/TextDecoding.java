package org.cpolens.io.revenue;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.cpolens.model.InputException;

/**
 * Bytes to text for revenue files. The server sends no charset, so the bytes decide: a UTF-8 BOM
 * or valid UTF-8 is UTF-8; otherwise valid Big5 (the encoding of MOPS's historical pages, read
 * through the MS950 table the JDK ships) is Big5; anything else is rejected with a hint.
 */
public final class TextDecoding {
    /** Big5 as Windows writes it (code page 950), a superset of plain Big5. */
    static final Charset BIG5 = Charset.forName("x-windows-950");

    private TextDecoding() {
    }

    /** The decoded text (without BOM) and the name of the encoding found. */
    public record Decoded(String text, String encoding) {
    }

    public static Decoded decode(String name, byte[] bytes) {
        int n = bytes.length;
        if (n >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            throw new InputException(name, null, null, "the file is UTF-16, not UTF-8 or Big5",
                    "save it as UTF-8 (the exchange's download already is)");
        }
        int start = n >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        String utf8 = strict(StandardCharsets.UTF_8, bytes, start);
        if (utf8 != null) {
            return new Decoded(utf8, "UTF-8");
        }
        if (start == 0) {
            String big5 = strict(BIG5, bytes, 0);
            if (big5 != null) {
                return new Decoded(big5, "Big5");
            }
        }
        throw new InputException(name, null, null,
                start == 3 ? "the file starts with a UTF-8 BOM but is not valid UTF-8"
                        : "the file is neither UTF-8 nor Big5 text",
                "download the CSV again from MOPS, or the JSON from the TWSE/TPEx OpenAPI");
    }

    private static String strict(Charset cs, byte[] bytes, int start) {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
