package dev.autogen.dialect.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.diff.SchemaDiff;
import dev.autogen.schema.CheckConstraint;
import dev.autogen.schema.Column;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import dev.autogen.schema.TableName;
import dev.autogen.testing.TestDatabase;
import dev.autogen.testing.TestDatabases;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Checks that differ only in the order of their top-level {@code AND}-ed terms compare equal (Hibernate
 * writes {@code @Min(1) @Max(5)} as {@code stars>=1 and stars<=5} or the reverse, from one JVM run to
 * the next); checks that differ otherwise, however alike their text, stay different.
 */
class CheckTermsTest {

    private static final TableName REVIEW = TableName.of("review");

    @Test
    void termsAreReadFromPostgresNonPrettySpellingOnly() {
        assertThat(PgCheckTerms.terms("((stars <= 5) AND (stars >= 1))")).containsExactly("(stars <= 5)", "(stars >= 1)");
        assertThat(PgCheckTerms.terms("(((a > 0) AND (b > 0)) AND (c IS NOT NULL))"))
                .containsExactly("(a > 0)", "(b > 0)", "(c IS NOT NULL)");
        assertThat(PgCheckTerms.terms("((a > 0) OR (b > 0))")).isEmpty();
        assertThat(PgCheckTerms.terms("(((a > 0) AND (b > 0)) OR (c > 0))")).isEmpty();
        assertThat(PgCheckTerms.terms("((name)::text <> 'x AND y'::text)")).isEmpty();
        assertThat(PgCheckTerms.terms("(((name)::text <> 'it''s) AND (x'::text) AND (n > 0))"))
                .containsExactly("((name)::text <> 'it''s) AND (x'::text)", "(n > 0)");
        assertThat(PgCheckTerms.terms("((\"a AND b\" > 0) AND (c > 0))")).containsExactly("(\"a AND b\" > 0)", "(c > 0)");
        assertThat(PgCheckTerms.terms("((a > 0) AND (b > 0)")).isEmpty();
        assertThat(PgCheckTerms.terms("(a > 0) AND (b > 0)")).isEmpty();
        assertThat(PgCheckTerms.terms("(CASE WHEN ((a > 0) AND (b > 0)) THEN true ELSE false END)")).isEmpty();
    }

    /** As a Flyway script or Hibernate would have written them, each way round, on real PostgreSQL. */
    @Test
    void theOrderOfAndedTermsIsNoDifference() throws Exception {
        assertThat(diff(List.of("stars >= 1 AND stars <= 5"), List.of("stars<=5 and stars>=1"))).isEmpty();
        assertThat(diff(List.of("(stars >= 1 AND votes >= 0) AND stars <= 5"),
                List.of("stars <= 5 AND (votes >= 0 AND stars >= 1)"))).isEmpty();
        assertThat(diff(List.of("stars BETWEEN 1 AND 5"), List.of("stars <= 5 AND stars >= 1"))).isEmpty();
        assertThat(diff(List.of("((stars >= 1)) AND ((title <> 'a AND b'))"),
                List.of("title <> 'a AND b' AND stars >= 1"))).isEmpty();
    }

    @Test
    void expressionsThatDifferOtherwiseStayDifferent() throws Exception {
        assertThat(diff(List.of("stars >= 1 AND stars <= 5 OR votes > 0"),
                List.of("stars >= 1 AND (stars <= 5 OR votes > 0)"))).hasSize(2);
        assertThat(diff(List.of("stars >= 1 AND votes > 0 OR stars <= 5"),
                List.of("stars <= 5 OR votes > 0 AND stars >= 1"))).hasSize(2);
        assertThat(diff(List.of("title <> 'a AND b' AND stars >= 1"), List.of("title <> 'b AND a' AND stars >= 1")))
                .hasSize(2);
        assertThat(diff(List.of("stars >= 1 AND stars <= 5"), List.of("stars >= 1 AND stars <= 6"))).hasSize(2);
    }

    /** The diff between a table created with {@code existing} checks by raw SQL and one that wants {@code wanted}. */
    private static List<?> diff(List<String> existing, List<String> wanted) throws Exception {
        try (TestDatabase db = TestDatabases.create(); Connection c = db.connect()) {
            StringBuilder ddl = new StringBuilder("CREATE TABLE review (stars integer, votes integer, title text");
            for (int i = 0; i < existing.size(); i++) {
                ddl.append(", CONSTRAINT review_check").append(i).append(" CHECK (").append(existing.get(i)).append(')');
            }
            db.execute(ddl.append(')').toString());
            List<CheckConstraint> checks = new java.util.ArrayList<>();
            for (int i = 0; i < wanted.size(); i++) {
                checks.add(new CheckConstraint("review_check" + i, wanted.get(i)));
            }
            Table desired = new Table(REVIEW, List.of(Column.of("stars", "integer"), Column.of("votes", "integer"),
                    Column.of("title", "text")), null, List.of(), checks, List.of(), List.of(), null);
            Schema current = Pg.DIALECT.canonicalize(c, Pg.introspect(db));
            return SchemaDiff.compare(current, Pg.DIALECT.canonicalize(c, Schema.of(List.of(desired))));
        }
    }
}
