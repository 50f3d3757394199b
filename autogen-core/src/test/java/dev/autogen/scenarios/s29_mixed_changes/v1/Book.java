package dev.autogen.scenarios.s29_mixed_changes.v1;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnDefault;

@Entity
@Table(name = "book")
public class Book {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    Long id;

    @Column(name = "title", length = 200, nullable = false)
    String title;

    @Column(name = "isbn", length = 20)
    String isbn;

    @Column(name = "legacy_flag", nullable = false)
    @ColumnDefault("false")
    boolean legacyFlag;

    @ManyToOne
    @JoinColumn(name = "library_id", foreignKey = @ForeignKey(name = "fk_book_library"))
    Library library;
}
