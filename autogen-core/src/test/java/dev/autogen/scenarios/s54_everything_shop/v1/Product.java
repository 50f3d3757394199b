package dev.autogen.scenarios.s54_everything_shop.v1;

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

    @Column(name = "sku", length = 40, nullable = false, unique = true)
    String sku;

    @Column(name = "stock", nullable = false)
    Integer stock;

    @Column(name = "price", precision = 10, scale = 2, nullable = false)
    BigDecimal price;
}
