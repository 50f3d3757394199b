package dev.autogen.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The rows of the targets table that {@code bin/benchmark} prints at the end (columns: work,
 * target, autogen, peers, load, verdict): each driver appends its rows, as markdown after the
 * row's place in the table and a tab, to the file the system property {@code bench.rows} names
 * (when it is unset, a driver run alone prints them only). A row carries the machine's load
 * average before and after its measurement, read from {@code /proc/loadavg}.
 */
final class Rows {

    private Rows() {
    }

    /** The one-minute load average, or {@code ?} where {@code /proc/loadavg} is missing. */
    static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    /** Appends one row; {@code met} is the verdict against the target. */
    static void add(int place, String work, String target, String autogen, String peers, String loadBefore,
                    boolean met) throws IOException {
        add(place, work, target, autogen, peers, loadBefore, met ? "met" : "**missed**");
    }

    /** Appends one row with the verdict as written. */
    static void add(int place, String work, String target, String autogen, String peers, String loadBefore,
                    String verdict) throws IOException {
        String row = "| " + work + " | " + target + " | " + autogen + " | " + (peers.isEmpty() ? "—" : peers)
                + " | " + loadBefore + " → " + load() + " | " + verdict + " |";
        System.out.println("ROW " + row);
        String file = System.getProperty("bench.rows");
        if (file != null && !file.isBlank()) {
            Files.writeString(Path.of(file), place + "\t" + row + "\n", StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        }
    }
}
