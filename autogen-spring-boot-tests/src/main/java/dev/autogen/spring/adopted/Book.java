package dev.autogen.spring.adopted;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A book of the library; {@code pages} came after the switch from Flyway. */
@Entity
@Table(name = "books")
public class Book {

    @Id
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    private Integer pages;

    protected Book() {
    }

    public Book(Long id, String title, Integer pages) {
        this.id = id;
        this.title = title;
        this.pages = pages;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public Integer getPages() {
        return pages;
    }
}
