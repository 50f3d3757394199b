package dev.autogen.spring.sample;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The customers, through Spring Data JPA. */
public interface CustomerRepository extends JpaRepository<Customer, Long> {

    Optional<Customer> findByEmailAddress(String emailAddress);
}
