package dev.autogen.runtime.compile;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of a source text in lower-case hex, with CRLF read as LF so checkouts on Windows agree. */
public final class SourceChecksum {

    private SourceChecksum() {
    }

    public static String of(byte[] source) {
        byte[] normalised = new byte[source.length];
        int length = 0;
        for (int i = 0; i < source.length; i++) {
            if (source[i] == '\r' && i + 1 < source.length && source[i + 1] == '\n') {
                continue;
            }
            normalised[length++] = source[i];
        }
        MessageDigest sha256 = sha256();
        sha256.update(normalised, 0, length);
        return HexFormat.of().formatHex(sha256.digest());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
