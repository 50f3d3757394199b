package dev.autogen.scenarios.s54_everything_shop.v2;

import jakarta.persistence.CheckConstraint;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Min;
import org.hibernate.annotations.Comment;

import java.math.BigDecimal;

@Entity
@Table(name = "product",
        check = @CheckConstraint(name = "ck_product_price", constraint = "price > 0"))
public class Product {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    Long id;

    @Column(name = "sku", length = 40, nullable = false, unique = true)
    String sku;

    @Min(0)
    @Column(name = "stock", nullable = false)
    Integer stock;

    @Comment("Unit price in euros, VAT included")
    @Column(name = "price", precision = 10, scale = 2, nullable = false)
    BigDecimal price;
}
