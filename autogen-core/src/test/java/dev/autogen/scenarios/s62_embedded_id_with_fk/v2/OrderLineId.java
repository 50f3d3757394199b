package dev.autogen.scenarios.s62_embedded_id_with_fk.v2;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import java.io.Serializable;
import java.util.Objects;

/** A key with a many-to-one inside it: the FK columns are part of the primary key. */
@Embeddable
public class OrderLineId implements Serializable {

    @ManyToOne
    @JoinColumn(name = "order_no")
    PurchaseOrder order;

    @Column(name = "line_no")
    int lineNo;

    @Override
    public boolean equals(Object o) {
        return o instanceof OrderLineId other && lineNo == other.lineNo && Objects.equals(order, other.order);
    }

    @Override
    public int hashCode() {
        return Objects.hash(order, lineNo);
    }
}
