package dev.autogen.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.workflow.MigrationReview.Body;
import dev.autogen.workflow.MigrationReview.Change;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * The pull-request comment bodies: golden files for each kind, and read back by a CommonMark parser
 * so that what a reviewer sees is what the migration does: the summaries as list items, each
 * statement inside a fenced SQL block, no text from a migration turned into markup.
 */
class ReviewMarkdownTest {

    private static final Parser PARSER = Parser.builder().build();

    private static final MigrationReview ADD_ARCHIVED_AT = new MigrationReview("3f2a9c1b7d0e41aa", "add archived_at",
            List.of("1a2b3c4d5e6f"), "src/main/java/com/acme/migrations/M20261203_101500_add_archived_at.java", true,
            new Body(List.of(new Change("add column 'interviews.archived_at' timestamp(6)",
                    List.of("ALTER TABLE interviews ADD COLUMN archived_at timestamp(6)"))), false),
            new Body(List.of(new Change("drop column 'interviews.archived_at'",
                    List.of("ALTER TABLE interviews DROP COLUMN archived_at"))), false));

    private static final MigrationReview BACKFILL = new MigrationReview("9e8d7c6b5a4f", "backfill *status* [x](http://e)",
            List.of("3f2a9c1b7d0e41aa"), "src/main/java/com/acme/migrations/M20261203_110000_backfill.java", false,
            new Body(List.of(new Change("execute SQL", List.of("UPDATE orders SET note = '```' WHERE id < 10"))), true),
            new Body(List.of(), false));

    @Test
    void agreeingCheckWithAddedMigrationsMatchesItsGoldenFile() throws IOException {
        String md = ReviewMarkdown.check("9e8d7c6b5a4f", List.of(), List.of(ADD_ARCHIVED_AT, BACKFILL), "origin/main");

        assertThat(md).isEqualTo(golden("check-agree-added.md"));
        Node doc = PARSER.parse(md);
        assertThat(headings(doc)).containsExactly("autogen check: entities and migrations agree",
                "2 migrations added since origin/main", "3f2a9c1b7d0e add archived_at",
                "9e8d7c6b5a4f backfill *status* [x](http://e)");
        assertThat(codeBlocks(doc)).containsExactly(
                "-- upgrade\nALTER TABLE interviews ADD COLUMN archived_at timestamp(6);\n",
                "-- downgrade\nALTER TABLE interviews DROP COLUMN archived_at;\n",
                "-- upgrade\nUPDATE orders SET note = '```' WHERE id < 10;\n",
                "-- downgrade\n-- no statements\n");
        assertThat(listItems(doc)).contains("add column 'interviews.archived_at' timestamp(6)",
                "drop column 'interviews.archived_at'", "execute SQL",
                "then JDBC code through op.connection(), not shown: read the migration", "nothing");
        assertThat(nodes(doc, Link.class)).as("a message's [x](y) stays text").isEmpty();
        assertThat(md.lines().findFirst()).hasValue(ReviewMarkdown.MARKER);
    }

    @Test
    void differingCheckListsWhatANewMigrationWouldDoWithItsSqlFolded() throws IOException {
        String md = ReviewMarkdown.check("3f2a9c1b7d0e41aa", List.of(
                new Change("add column 'orders.note' text", List.of("ALTER TABLE orders ADD COLUMN note text")),
                new Change("add index 'ix_orders_note' on 'orders' (note)",
                        List.of("CREATE INDEX ix_orders_note ON orders (note)"))), null, null);

        assertThat(md).isEqualTo(golden("check-differ.md"));
        Node doc = PARSER.parse(md);
        assertThat(headings(doc)).containsExactly("autogen check: entities and migrations differ");
        assertThat(listItems(doc)).containsExactly("add column 'orders.note' text",
                "add index 'ix_orders_note' on 'orders' (note)");
        assertThat(codeBlocks(doc)).containsExactly(
                "ALTER TABLE orders ADD COLUMN note text;\nCREATE INDEX ix_orders_note ON orders (note);\n");
        assertThat(htmlBlocks(doc)).anyMatch(html -> html.contains("<summary>SQL it would run (2 statements)</summary>"));
    }

    @Test
    void showMatchesItsGoldenFile() throws IOException {
        String md = ReviewMarkdown.show(ADD_ARCHIVED_AT);

        assertThat(md).isEqualTo(golden("show.md"));
        assertThat(headings(PARSER.parse(md))).containsExactly("3f2a9c1b7d0e add archived_at");
    }

    @Test
    void nothingFromAMigrationBecomesMarkup() {
        String hostile = "</details><script>x</script> **b** _i_ `c` <!-- x --> \\ | ~s~ &amp; [l]: http://e";
        MigrationReview review = new MigrationReview("abc", hostile, List.of(), "M`1`.java", true,
                new Body(List.of(new Change(hostile, List.of("SELECT '````'"))), false), new Body(List.of(), false));

        Node doc = PARSER.parse(ReviewMarkdown.show(review));

        assertThat(headings(doc)).containsExactly("abc " + hostile);
        assertThat(listItems(doc)).contains(hostile);
        assertThat(nodes(doc, HtmlInline.class)).isEmpty();
        assertThat(htmlBlocks(doc)).noneMatch(html -> html.contains("script"));
        assertThat(codeBlocks(doc).get(0)).isEqualTo("-- upgrade\nSELECT '````';\n");
        assertThat(nodes(doc, Code.class)).extracting(Code::getLiteral).contains("M`1`.java");
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = ReviewMarkdownTest.class.getResourceAsStream("/review/" + name)) {
            assertThat(in).as("golden file %s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Headings as plain text: code spans keep their literal, escapes are gone. */
    private static List<String> headings(Node doc) {
        return nodes(doc, Heading.class).stream().map(ReviewMarkdownTest::plain).toList();
    }

    private static List<String> listItems(Node doc) {
        List<String> items = new ArrayList<>();
        nodes(doc, BulletList.class).forEach(list -> {
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                items.add(plain((ListItem) item));
            }
        });
        return items;
    }

    private static List<String> codeBlocks(Node doc) {
        List<FencedCodeBlock> blocks = nodes(doc, FencedCodeBlock.class);
        blocks.forEach(block -> assertThat(block.getInfo()).isEqualTo("sql"));
        return blocks.stream().map(FencedCodeBlock::getLiteral).toList();
    }

    private static List<String> htmlBlocks(Node doc) {
        return nodes(doc, HtmlBlock.class).stream().map(HtmlBlock::getLiteral).toList();
    }

    private static String plain(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                text.append(t.getLiteral());
            }

            @Override
            public void visit(Code c) {
                text.append(c.getLiteral());
            }
        });
        return text.toString();
    }

    private static <T extends Node> List<T> nodes(Node doc, Class<T> type) {
        List<T> found = new ArrayList<>();
        collect(doc, type, found);
        return found;
    }

    private static <T extends Node> void collect(Node node, Class<T> type, List<T> found) {
        if (type.isInstance(node)) {
            found.add(type.cast(node));
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            collect(child, type, found);
        }
    }
}
