package dev.autogen.scenarios.s45_table_check_added.v2;

import jakarta.persistence.CheckConstraint;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Check;

import java.math.BigDecimal;

@Entity
@Table(name = "product",
        check = @CheckConstraint(name = "ck_product_stock", constraint = "stock >= 0"))
@Check(name = "ck_product_price_positive", constraints = "price >= 0")
@Check(constraints = "discount <= price")
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
