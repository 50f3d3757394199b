package dev.autogen.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.autogen.AutogenException;

/**
 * The {@code --json} output of {@code check}, {@code current}, {@code history} and {@code heads}:
 * records written by Jackson with snake_case keys in the records' declared order, pretty-printed,
 * one document per run (the schemas are in docs/commands.md); a run that fails prints
 * {@link JsonDocuments.Error} instead.
 */
final class Json {

    /** Two-space indents, one value a line, {@code "key": value}, \n line ends on every platform. */
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(
            Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private static final ObjectWriter WRITER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build()
            .writer(PRETTY);

    private Json() {
    }

    /** Prints {@code document} as the whole of stdout. */
    static void print(Context context, Object document) {
        context.out().print(text(document));
    }

    /** {@code document} as printed: pretty JSON and a final line end. */
    static String text(Object document) {
        try {
            return WRITER.writeValueAsString(document) + "\n";
        } catch (JsonProcessingException e) {
            throw new AutogenException("cannot write the JSON output: " + e.getOriginalMessage(), e);
        }
    }
}
