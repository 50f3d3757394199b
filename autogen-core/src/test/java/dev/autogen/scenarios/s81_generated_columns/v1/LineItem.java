package dev.autogen.scenarios.s81_generated_columns.v1;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.annotations.GeneratedColumn;

@Entity
@Table(name = "line_item")
public class LineItem {

    @Id
    @Column(name = "id")
    Long id;

    @Column(name = "sku", length = 20, nullable = false)
    String sku;

    @Column(name = "price", precision = 10, scale = 2, nullable = false)
    BigDecimal price;

    @Column(name = "qty", nullable = false)
    int qty;

    @Column(name = "total", precision = 12, scale = 2)
    @GeneratedColumn("price * qty")
    BigDecimal total;
}
