package dev.autogen.scenarios.s80_readable_constraint_names.v2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import java.time.Instant;

/** The same in v1 and v2: only the naming convention changes, so only the names Hibernate chose do. */
@Entity
@Table(name = "post",
        indexes = {
                @Index(columnList = "published_at"),
                @Index(name = "ix_post_title", columnList = "title")
        },
        uniqueConstraints = @UniqueConstraint(columnNames = {"author_id", "slug"}))
public class Post {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    Long id;

    @ManyToOne
    @JoinColumn(name = "author_id")
    Author author;

    @ManyToOne
    @JoinColumn(name = "editor_id", foreignKey = @ForeignKey(name = "fk_post_editor"))
    Author editor;

    @Column(name = "slug", length = 80, nullable = false)
    String slug;

    @Column(name = "title", length = 200)
    String title;

    @Column(name = "published_at")
    Instant publishedAt;
}
