package dev.autogen.scenarios.s29_mixed_changes.v2;

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
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

@Entity
@Table(name = "book",
        indexes = @Index(name = "ux_book_isbn", columnList = "isbn", unique = true))
public class Book {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    Long id;

    @Column(name = "title", length = 300, nullable = false)
    String title;

    @Column(name = "isbn", length = 20)
    String isbn;

    @Column(name = "published_year")
    Integer publishedYear;

    @ManyToOne
    @JoinColumn(name = "library_id", foreignKey = @ForeignKey(name = "fk_book_library"))
    @OnDelete(action = OnDeleteAction.CASCADE)
    Library library;
}
