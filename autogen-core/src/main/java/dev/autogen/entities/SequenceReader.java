package dev.autogen.entities;

import dev.autogen.schema.Sequence;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.boot.model.relational.QualifiedSequenceName;

/**
 * The sequences Hibernate's schema export would create: those its generators registered in the
 * boot model, e.g. {@code autothing_seq} (start 1, increment 50) for a bare {@code @GeneratedValue},
 * or a {@code @SequenceGenerator}'s name, {@code initialValue} and {@code allocationSize}.
 * A {@code @TableGenerator}'s table is a table and comes with the others.
 */
final class SequenceReader {

    private final Metadata metadata;
    private final StoredNames names;

    SequenceReader(Metadata metadata, StoredNames names) {
        this.metadata = metadata;
        this.names = names;
    }

    List<Sequence> sequences() {
        List<Sequence> out = new ArrayList<>();
        for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
            for (org.hibernate.boot.model.relational.Sequence sequence : namespace.getSequences()) {
                QualifiedSequenceName name = sequence.getName();
                out.add(new Sequence(names.qualified(name.getSchemaName(), name.getSequenceName()),
                        sequence.getInitialValue(), sequence.getIncrementSize()));
            }
        }
        return out;
    }
}
