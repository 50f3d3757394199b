package dev.autogen.dialect;

import dev.autogen.files.AtomicFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A {@link SpellingCache} kept in a directory (the project's {@code .autogen/cache}), one file a
 * context: {@code canonical-LABEL-HASH.txt}, {@code HASH} from the context's fingerprint. A file
 * holds a format line, the fingerprint, one {@code key TAB spelling} line an entry (backslash,
 * tab and line breaks escaped) and the SHA-256 of all that: a file whose fingerprint differs, or
 * that is damaged in any way, is ignored and written anew. Files are written whole
 * ({@link AtomicFile}), so two runs at once never leave half a file (the last one to write wins),
 * 0600 in a 0700 directory; beyond {@value #KEPT} files, those used longest ago are deleted.
 */
public final class SpellingFiles implements SpellingCache {

    /** The first line; changes when what an entry means changes (a key or a spelling). */
    static final String FORMAT = "autogen canonical spellings 1";

    /** How many contexts (files) are kept; more are rare: a database whose own objects change. */
    static final int KEPT = 8;

    private static final String PREFIX = "canonical-";

    private final Path directory;
    private final Map<Context, Map<String, String>> loaded = new HashMap<>();

    /** The cache in {@code directory}, created when first written. */
    public SpellingFiles(Path directory) {
        this.directory = directory;
    }

    @Override
    public synchronized Map<String, String> read(Context context) {
        return Map.copyOf(entries(context));
    }

    @Override
    public synchronized void add(Context context, Map<String, String> spellings) {
        Map<String, String> entries = entries(context);
        if (entries.entrySet().containsAll(spellings.entrySet())) {
            return;
        }
        entries.putAll(spellings);
        try {
            Files.createDirectories(directory);
            privately(directory, "rwx------");
            Path file = file(context);
            AtomicFile.write(file, text(context, entries), true);
            privately(file, "rw-------");
            prune();
        } catch (IOException | RuntimeException e) {
            // only a cache: what could not be written is asked of the database again next time
        }
    }

    private Map<String, String> entries(Context context) {
        return loaded.computeIfAbsent(context, c -> load(file(c), c));
    }

    Path file(Context context) {
        return directory.resolve(PREFIX + context.label() + "-" + sha256(FORMAT + "\n" + context.fingerprint())
                .substring(0, 16) + ".txt");
    }

    private static Map<String, String> load(Path file, Context context) {
        Map<String, String> entries = new TreeMap<>();
        try {
            if (!Files.isRegularFile(file)) {
                return entries;
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int last = text.lastIndexOf('\n', text.length() - 2) + 1;
            if (!text.endsWith("\n") || !text.startsWith("sha256 ", last)
                    || !text.substring(last + 7, text.length() - 1).equals(sha256(text.substring(0, last)))) {
                return entries;
            }
            String[] lines = text.substring(0, last).split("\n", -1);
            if (lines.length < 3 || !lines[0].equals(FORMAT) || !unescape(lines[1]).equals(context.fingerprint())) {
                return entries;
            }
            for (int i = 2; i < lines.length - 1; i++) {
                int tab = lines[i].indexOf('\t');
                if (tab < 0) {
                    entries.clear();
                    return entries;
                }
                entries.put(unescape(lines[i].substring(0, tab)), unescape(lines[i].substring(tab + 1)));
            }
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException | RuntimeException e) {
            entries.clear();
        }
        return entries;
    }

    static String text(Context context, Map<String, String> entries) {
        StringBuilder text = new StringBuilder(FORMAT).append('\n').append(escape(context.fingerprint())).append('\n');
        new TreeMap<>(entries).forEach((key, value) -> text.append(escape(key)).append('\t').append(escape(value))
                .append('\n'));
        return text + "sha256 " + sha256(text.toString()) + "\n";
    }

    /** Deletes the files beyond the {@value #KEPT} used last. */
    private void prune() throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory, PREFIX + "*.txt")) {
            stream.forEach(files::add);
        }
        if (files.size() <= KEPT) {
            return;
        }
        Map<Path, FileTime> times = new HashMap<>();
        for (Path file : files) {
            times.put(file, Files.getLastModifiedTime(file));
        }
        files.sort(Comparator.comparing(times::get, Comparator.reverseOrder()));
        for (Path old : files.subList(KEPT, files.size())) {
            Files.deleteIfExists(old);
        }
    }

    private static void privately(Path path, String permissions) throws IOException {
        if (Files.getFileStore(path).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        }
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char next = s.charAt(++i);
            out.append(switch (next) {
                case '\\' -> '\\';
                case 'n' -> '\n';
                case 'r' -> '\r';
                case 't' -> '\t';
                default -> throw new IllegalArgumentException("bad escape \\" + next);
            });
        }
        return out.toString();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
