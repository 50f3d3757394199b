package dev.autogen.scenarios.views_raw_sql.v2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.Subselect;
import org.hibernate.annotations.Synchronize;

/** A query, not a relation: nothing to create. */
@Entity
@Immutable
@Subselect("select id, name from account where balance > 1000")
@Synchronize("account")
public class RichAccount {

    @Id
    @Column(name = "id")
    Long id;

    @Column(name = "name")
    String name;
}
