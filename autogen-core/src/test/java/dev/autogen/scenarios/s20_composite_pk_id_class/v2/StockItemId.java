package dev.autogen.scenarios.s20_composite_pk_id_class.v2;

import jakarta.persistence.IdClass;

import java.io.Serializable;
import java.util.Objects;

/** The {@code @IdClass} of {@link StockItem}; not an entity. */
public class StockItemId implements Serializable {

    String warehouseCode;
    String sku;

    @Override
    public boolean equals(Object o) {
        return o instanceof StockItemId other
                && Objects.equals(warehouseCode, other.warehouseCode) && Objects.equals(sku, other.sku);
    }

    @Override
    public int hashCode() {
        return Objects.hash(warehouseCode, sku);
    }
}
