package dev.autogen.scenarios.s20_composite_pk_id_class.v2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnDefault;

@Entity
@Table(name = "stock_item")
@IdClass(StockItemId.class)
public class StockItem {

    @Id
    @Column(name = "warehouse_code", length = 10)
    String warehouseCode;

    @Id
    @Column(name = "sku", length = 40)
    String sku;

    @Column(name = "quantity", nullable = false)
    @ColumnDefault("0")
    int quantity;

    @ManyToOne
    @JoinColumn(name = "warehouse_code", insertable = false, updatable = false,
            foreignKey = @ForeignKey(name = "fk_stock_item_warehouse"))
    Warehouse warehouse;
}
