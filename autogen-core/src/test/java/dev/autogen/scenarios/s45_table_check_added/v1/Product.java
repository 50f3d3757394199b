package dev.autogen.scenarios.s45_table_check_added.v1;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;

@Entity
@Table(name = "product")
public class Product {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    Long id;

    @Column(name = "price", precision = 10, scale = 2, nullable = false)
    BigDecimal price;

    @Column(name = "discount", precision = 10, scale = 2)
    BigDecimal discount;

    @Column(name = "stock", nullable = false)
    Integer stock;
}
