package dev.autogen.scenarios.s62_embedded_id_with_fk.v1;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "purchase_order")
public class PurchaseOrder {

    @Id
    @Column(name = "order_no", length = 20)
    String orderNo;

    @Column(name = "placed_on")
    java.time.LocalDate placedOn;
}
