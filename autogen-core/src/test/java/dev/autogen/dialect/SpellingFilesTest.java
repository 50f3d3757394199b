package dev.autogen.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache file: read back as written, by context; anything damaged or foreign ignored; private. */
class SpellingFilesTest {

    private static final SpellingCache.Context PG16 = new SpellingCache.Context("postgresql-16", "settings A");

    @TempDir
    Path dir;

    @Test
    void aLaterRunReadsWhatAnEarlierOneAdded() {
        Map<String, String> odd = Map.of("a\tb\nc\\d", "x\r\ny\\n", "plain", "(qty >= 1)", "", "");
        new SpellingFiles(dir).add(PG16, odd);
        assertThat(new SpellingFiles(dir).read(PG16)).isEqualTo(odd);
        assertThat(new SpellingFiles(dir).read(new SpellingCache.Context("postgresql-16", "settings B"))).isEmpty();
        assertThat(new SpellingFiles(dir).read(new SpellingCache.Context("postgresql-17", "settings A"))).isEmpty();
    }

    @Test
    void addingKeepsWhatWasThere() {
        new SpellingFiles(dir).add(PG16, Map.of("a", "1"));
        SpellingFiles later = new SpellingFiles(dir);
        later.add(PG16, Map.of("b", "2"));
        assertThat(new SpellingFiles(dir).read(PG16)).isEqualTo(Map.of("a", "1", "b", "2"));
    }

    @Test
    void aDamagedOrForeignFileIsIgnoredAndWrittenAnew() throws Exception {
        SpellingFiles files = new SpellingFiles(dir);
        files.add(PG16, Map.of("a", "1", "b", "2"));
        Path file = files.file(PG16);
        String text = Files.readString(file);
        for (String damaged : List.of(text.replace("\t1", "\t7"), text.substring(0, text.length() / 2), "",
                "\u0000garbage", text.replace(SpellingFiles.FORMAT, "autogen canonical spellings 0"))) {
            Files.writeString(file, damaged);
            assertThat(new SpellingFiles(dir).read(PG16)).as(damaged).isEmpty();
        }
        new SpellingFiles(dir).add(PG16, Map.of("c", "3"));
        assertThat(new SpellingFiles(dir).read(PG16)).isEqualTo(Map.of("c", "3"));
    }

    @Test
    void theFileIsPrivateInAPrivateDirectory() throws Exception {
        Path cache = dir.resolve("cache");
        SpellingFiles files = new SpellingFiles(cache);
        files.add(PG16, Map.of("a", "1"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cache))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(files.file(PG16))))
                .isEqualTo("rw-------");
    }

    @Test
    void onlyTheContextsUsedLastAreKept() throws Exception {
        SpellingFiles files = new SpellingFiles(dir);
        for (int i = 0; i < SpellingFiles.KEPT + 3; i++) {
            SpellingCache.Context context = new SpellingCache.Context("postgresql-16", "settings " + i);
            files.add(context, Map.of("a", "1"));
            Files.setLastModifiedTime(files.file(context), FileTime.fromMillis(1_000_000L * (i + 1)));
        }
        try (var listed = Files.list(dir)) {
            assertThat(listed.filter(f -> f.getFileName().toString().startsWith("canonical-"))).hasSize(SpellingFiles.KEPT);
        }
        SpellingCache.Context newest = new SpellingCache.Context("postgresql-16", "settings " + (SpellingFiles.KEPT + 2));
        assertThat(new SpellingFiles(dir).read(newest)).containsEntry("a", "1");
        assertThat(new SpellingFiles(dir).read(new SpellingCache.Context("postgresql-16", "settings 0"))).isEmpty();
    }

    @Test
    void runsWritingAtOnceLeaveAWholeFile() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                int writer = w;
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < 20; i++) {
                        new SpellingFiles(dir).add(PG16, Map.of("w" + writer + "-" + i, "spelling " + i));
                    }
                }));
            }
            for (Future<?> f : writers) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        Map<String, String> read = new SpellingFiles(dir).read(PG16);
        assertThat(read).isNotEmpty().allSatisfy((k, v) -> assertThat(v).isEqualTo("spelling " + k.substring(k.indexOf('-') + 1)));
        try (var listed = Files.list(dir)) {
            assertThat(listed.map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }
}
