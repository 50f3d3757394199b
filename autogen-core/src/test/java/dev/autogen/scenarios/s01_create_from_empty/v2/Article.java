package dev.autogen.scenarios.s01_create_from_empty.v2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnDefault;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

@Entity
@Table(name = "article",
        indexes = @Index(columnList = "published_at"))
public class Article {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    Long id;

    @Column(name = "title", length = 200, nullable = false)
    String title;

    @Column(name = "body", length = 4000)
    String body;

    @Column(name = "published_at")
    Instant publishedAt;

    @Column(name = "views", nullable = false)
    @ColumnDefault("0")
    int views;

    @Column(name = "rating", precision = 4, scale = 2)
    BigDecimal rating;

    @ManyToOne(optional = false)
    @JoinColumn(name = "writer_id", nullable = false)
    Writer writer;

    @ManyToMany
    @JoinTable(name = "article_tag",
            joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "tag_id"))
    Set<Tag> tags = new HashSet<>();
}
