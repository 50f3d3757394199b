package dev.autogen.config;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding of URL parts (RFC 3986), strict: {@code %} must start two hex digits and the
 * bytes must be UTF-8. Its failures name the problem, never the text.
 */
final class PercentCoding {

    private PercentCoding() {
    }

    /** The text with {@code %XX} decoded (failures: a message with {@code {}} where the part's name goes); {@code plusIsSpace}: {@code +} means a space (pgjdbc's reading). */
    static String decode(String text, boolean plusIsSpace) {
        if (text.indexOf('%') < 0 && !(plusIsSpace && text.indexOf('+') >= 0)) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (c == '%') {
                int high = i + 2 < text.length() ? Character.digit(text.charAt(i + 1), 16) : -1;
                int low = high < 0 ? -1 : Character.digit(text.charAt(i + 2), 16);
                if (low < 0) {
                    throw new IllegalArgumentException("a '%' in {} that does not start a %XX escape; "
                            + "write a literal % as %25");
                }
                bytes.write(high * 16 + low);
                i += 3;
            } else {
                int cp = text.codePointAt(i);
                String s = plusIsSpace && c == '+' ? " " : new String(Character.toChars(cp));
                bytes.writeBytes(s.getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(cp);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("%XX escapes in {} that are not UTF-8; percent-encode the text's "
                    + "UTF-8 bytes");
        }
    }

    /** Every character but {@code A-Z a-z 0-9 - . _ ~} as {@code %XX} of its UTF-8 bytes. */
    static String encode(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (unreserved(c)) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    static boolean unreserved(int c) {
        return c < 0x80 && (Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '_' || c == '~');
    }
}
