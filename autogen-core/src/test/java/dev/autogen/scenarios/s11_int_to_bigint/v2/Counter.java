package dev.autogen.scenarios.s11_int_to_bigint.v2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnDefault;

@Entity
@Table(name = "counter")
public class Counter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    Long id;

    @Column(name = "hits", nullable = false)
    long hits;

    @Column(name = "total")
    Long total;

    @Column(name = "small", nullable = false)
    @ColumnDefault("0")
    int small;
}
