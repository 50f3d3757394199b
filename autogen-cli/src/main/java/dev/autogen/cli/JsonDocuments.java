package dev.autogen.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.autogen.workflow.MigrationReview;
import java.util.List;

/**
 * The documents {@code --json} prints; keys are these records' components in snake_case, in this
 * order. Part of the command-line contract (docs/commands.md): add fields, never rename or remove.
 */
final class JsonDocuments {

    private JsonDocuments() {
    }

    /**
     * {@code check --json}: whether entities and migrations agree, what a new migration would do,
     * and with {@code --since} or {@code --git-base} the migrations the change adds.
     */
    record Check(boolean inSync, String head, List<CheckOperation> operations,
                 @JsonInclude(JsonInclude.Include.NON_NULL) List<Added> added) {
    }

    /** A migration a change adds, as a reviewer reads it; {@code *_uses_jdbc} when code goes on past the shown. */
    record Added(String revision, List<String> parents, String message, String file, boolean transactional,
                 List<Step> upgrade, boolean upgradeUsesJdbc, List<Step> downgrade, boolean downgradeUsesJdbc) {

        static Added of(MigrationReview review) {
            return new Added(review.revision(), review.parents(), review.message(), review.origin(),
                    review.transactional(), steps(review.upgrade()), review.upgrade().stoppedAtJdbc(),
                    steps(review.downgrade()), review.downgrade().stoppedAtJdbc());
        }

        private static List<Step> steps(MigrationReview.Body body) {
            return body.changes().stream().map(change -> new Step(change.summary(), change.sql())).toList();
        }
    }

    /** One operation of an added migration: its one-line summary and SQL. */
    record Step(String summary, List<String> sql) {
    }

    /** One operation {@code check} found: its kind ({@code add_column}), table, one-line summary and SQL. */
    record CheckOperation(String kind, String table, String summary, List<String> sql) {
    }

    /** {@code current --json}: the revisions the database stands at (none: base). */
    record Current(List<CurrentRevision> current, boolean atHead) {
    }

    /** One revision the database stands at, with its version-table row. */
    record CurrentRevision(String revision, List<String> parents, String message, boolean head, String appliedAt,
                           String appliedBy, long executionMs) {
    }

    /** {@code history --json}: the migrations, newest first. */
    record History(List<HistoryRevision> revisions) {
    }

    /**
     * One migration in the history; {@code applied} and {@code current} are null unless the
     * database was read ({@code --indicate-current}, or {@code current} in the range).
     */
    record HistoryRevision(String revision, List<String> parents, String message, String created, boolean head,
                           Boolean applied, Boolean current) {
    }

    /** {@code heads --json}: the revisions no other revision follows (several: branches to merge). */
    record Heads(List<Head> heads) {
    }

    /** One head revision. */
    record Head(String revision, String message, String created) {
    }

    /**
     * What any {@code --json} run prints instead when it fails (exit 2): the same one line as the
     * {@code error:} line on stderr, without that prefix.
     */
    record Error(String error) {
    }
}
