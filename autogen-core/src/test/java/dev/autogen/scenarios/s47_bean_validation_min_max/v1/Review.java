package dev.autogen.scenarios.s47_bean_validation_min_max.v1;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

@Entity
@Table(name = "review")
public class Review {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    Long id;

    @Min(1)
    @Max(5)
    @Column(name = "stars", nullable = false)
    Integer stars;

    @Column(name = "votes")
    Integer votes;

    @Max(100)
    @Column(name = "weight")
    Integer weight;
}
