package dev.autogen.entities;

import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.ImplicitForeignKeyNameSource;
import org.hibernate.boot.model.naming.ImplicitIndexNameSource;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;
import org.hibernate.boot.model.naming.ImplicitUniqueKeyNameSource;

/**
 * JPA's implicit naming with readable constraint names ({@code fk_}, {@code uq_}, {@code ix_}); set
 * it as {@code hibernate.implicit_naming_strategy} in the application too, so that Hibernate's own
 * DDL and autogen's migrations use the same names.
 */
public class ReadableNamingStrategy extends ImplicitNamingStrategyJpaCompliantImpl {

    @Override
    public Identifier determineForeignKeyName(ImplicitForeignKeyNameSource source) {
        return ReadableNames.foreignKey(source);
    }

    @Override
    public Identifier determineUniqueKeyName(ImplicitUniqueKeyNameSource source) {
        return ReadableNames.uniqueKey(source);
    }

    @Override
    public Identifier determineIndexName(ImplicitIndexNameSource source) {
        return ReadableNames.index(source);
    }
}
