package dev.autogen.scenarios.s36_no_changes.v1;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnDefault;

import java.math.BigDecimal;
import java.time.LocalDate;

@Entity
@Table(name = "shop")
public class Shop {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    Long id;

    @Column(name = "name", length = 100, nullable = false, unique = true)
    String name;

    @Column(name = "opened_on", nullable = false)
    @ColumnDefault("current_date")
    LocalDate openedOn;

    @Column(name = "status", length = 20, nullable = false)
    @ColumnDefault("'open'")
    String status;

    @Column(name = "rating", precision = 3, scale = 1)
    @ColumnDefault("0.0")
    BigDecimal rating;
}
