package dev.autogen.spring.adopted;

import org.springframework.data.jpa.repository.JpaRepository;

/** The books, through Spring Data JPA. */
public interface BookRepository extends JpaRepository<Book, Long> {
}
