package dev.autogen.scenarios.s47_bean_validation_min_max.v2;

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

    @Min(0)
    @Max(10)
    @Column(name = "stars", nullable = false)
    Integer stars;

    @Min(0)
    @Column(name = "votes")
    Integer votes;

    @Column(name = "weight")
    Integer weight;
}
