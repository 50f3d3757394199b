package dev.autogen.scenarios.s29_mixed_changes.v2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnDefault;

import java.time.Instant;

@Entity
@Table(name = "loan",
        indexes = @Index(columnList = "book_id, loaned_at"))
public class Loan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "book_id", nullable = false)
    Book book;

    @Column(name = "borrower", length = 100, nullable = false)
    String borrower;

    @Column(name = "loaned_at", nullable = false)
    @ColumnDefault("now()")
    Instant loanedAt;
}
