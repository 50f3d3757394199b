package dev.autogen.scenarios.s62_embedded_id_with_fk.v2;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "order_line")
public class OrderLine {

    @EmbeddedId
    OrderLineId id;

    @Column(name = "product", length = 80, nullable = false)
    String product;

    @Column(name = "quantity", nullable = false)
    int quantity;
}
