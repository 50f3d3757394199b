package dev.autogen.entities;

import java.util.Set;
import java.util.TreeSet;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.ImplicitAnyDiscriminatorColumnNameSource;
import org.hibernate.boot.model.naming.ImplicitAnyKeyColumnNameSource;
import org.hibernate.boot.model.naming.ImplicitBasicColumnNameSource;
import org.hibernate.boot.model.naming.ImplicitCollectionTableNameSource;
import org.hibernate.boot.model.naming.ImplicitConstraintNameSource;
import org.hibernate.boot.model.naming.ImplicitDiscriminatorColumnNameSource;
import org.hibernate.boot.model.naming.ImplicitEntityNameSource;
import org.hibernate.boot.model.naming.ImplicitForeignKeyNameSource;
import org.hibernate.boot.model.naming.ImplicitIdentifierColumnNameSource;
import org.hibernate.boot.model.naming.ImplicitIndexColumnNameSource;
import org.hibernate.boot.model.naming.ImplicitIndexNameSource;
import org.hibernate.boot.model.naming.ImplicitJoinColumnNameSource;
import org.hibernate.boot.model.naming.ImplicitJoinTableNameSource;
import org.hibernate.boot.model.naming.ImplicitMapKeyColumnNameSource;
import org.hibernate.boot.model.naming.ImplicitNamingStrategy;
import org.hibernate.boot.model.naming.ImplicitPrimaryKeyJoinColumnNameSource;
import org.hibernate.boot.model.naming.ImplicitTenantIdColumnNameSource;
import org.hibernate.boot.model.naming.ImplicitUniqueKeyNameSource;

/**
 * The configured implicit naming strategy, unchanged, noting which foreign key and index names
 * were chosen on purpose: given in an annotation ({@code @ForeignKey(name = ...)},
 * {@code @Index(name = ...)}), or decided by the readable naming convention. Hibernate keeps no
 * such mark on its {@code ForeignKey} and {@code Index} once named; it does on {@code UniqueKey}
 * ({@code isNameExplicit}) and {@code CheckConstraint} ({@code isNamed}).
 */
final class ExplicitNameRecorder implements ImplicitNamingStrategy {

    private final ImplicitNamingStrategy delegate;
    private final boolean readable;
    private final Set<String> foreignKeys = new TreeSet<>();
    private final Set<String> indexes = new TreeSet<>();
    private final Set<String> madeUp = new TreeSet<>();

    ExplicitNameRecorder(ImplicitNamingStrategy delegate) {
        this.delegate = delegate;
        this.readable = delegate instanceof ReadableNamingStrategy || delegate instanceof SpringReadableNamingStrategy;
    }

    /** Foreign key names as Hibernate holds them ({@code ForeignKey.getName()}) that were chosen on purpose. */
    Set<String> foreignKeys() {
        return foreignKeys;
    }

    /** Index names as Hibernate holds them ({@code Index.getName()}) that were chosen on purpose. */
    Set<String> indexes() {
        return indexes;
    }

    @Override
    public Identifier determineForeignKeyName(ImplicitForeignKeyNameSource source) {
        return record(source, delegate.determineForeignKeyName(source), foreignKeys);
    }

    /** Whether the readable naming convention names the constraints. */
    boolean readable() {
        return readable;
    }

    @Override
    public Identifier determineIndexName(ImplicitIndexNameSource source) {
        return record(source, delegate.determineIndexName(source), indexes);
    }

    @Override
    public Identifier determineUniqueKeyName(ImplicitUniqueKeyNameSource source) {
        return delegate.determineUniqueKeyName(source);
    }

    /**
     * Hibernate may ask again for a name it was given before (a foreign key met twice): then the
     * "user-provided" name is the one the strategy made up the first time, not one chosen on purpose.
     */
    private Identifier record(ImplicitConstraintNameSource source, Identifier name, Set<String> into) {
        if (name == null) {
            return null;
        }
        String rendered = name.render(source.getBuildingContext().getMetadataCollector().getDatabase().getDialect());
        if (readable) {
            into.add(rendered);
        } else if (source.getUserProvidedIdentifier() == null) {
            madeUp.add(rendered);
        } else if (!madeUp.contains(rendered)) {
            into.add(rendered);
        }
        return name;
    }

    @Override
    public Identifier determinePrimaryTableName(ImplicitEntityNameSource source) {
        return delegate.determinePrimaryTableName(source);
    }

    @Override
    public Identifier determineJoinTableName(ImplicitJoinTableNameSource source) {
        return delegate.determineJoinTableName(source);
    }

    @Override
    public Identifier determineCollectionTableName(ImplicitCollectionTableNameSource source) {
        return delegate.determineCollectionTableName(source);
    }

    @Override
    public Identifier determineDiscriminatorColumnName(ImplicitDiscriminatorColumnNameSource source) {
        return delegate.determineDiscriminatorColumnName(source);
    }

    @Override
    public Identifier determineTenantIdColumnName(ImplicitTenantIdColumnNameSource source) {
        return delegate.determineTenantIdColumnName(source);
    }

    @Override
    public Identifier determineIdentifierColumnName(ImplicitIdentifierColumnNameSource source) {
        return delegate.determineIdentifierColumnName(source);
    }

    @Override
    public Identifier determineBasicColumnName(ImplicitBasicColumnNameSource source) {
        return delegate.determineBasicColumnName(source);
    }

    @Override
    public Identifier determineJoinColumnName(ImplicitJoinColumnNameSource source) {
        return delegate.determineJoinColumnName(source);
    }

    @Override
    public Identifier determinePrimaryKeyJoinColumnName(ImplicitPrimaryKeyJoinColumnNameSource source) {
        return delegate.determinePrimaryKeyJoinColumnName(source);
    }

    @Override
    public Identifier determineAnyDiscriminatorColumnName(ImplicitAnyDiscriminatorColumnNameSource source) {
        return delegate.determineAnyDiscriminatorColumnName(source);
    }

    @Override
    public Identifier determineAnyKeyColumnName(ImplicitAnyKeyColumnNameSource source) {
        return delegate.determineAnyKeyColumnName(source);
    }

    @Override
    public Identifier determineMapKeyColumnName(ImplicitMapKeyColumnNameSource source) {
        return delegate.determineMapKeyColumnName(source);
    }

    @Override
    public Identifier determineListIndexColumnName(ImplicitIndexColumnNameSource source) {
        return delegate.determineListIndexColumnName(source);
    }
}
