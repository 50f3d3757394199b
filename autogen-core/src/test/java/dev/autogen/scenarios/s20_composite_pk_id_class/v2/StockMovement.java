package dev.autogen.scenarios.s20_composite_pk_id_class.v2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

@Entity
@Table(name = "stock_movement")
public class StockMovement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    Long id;

    @ManyToOne(optional = false)
    @JoinColumns(value = {
            @JoinColumn(name = "item_warehouse_code", referencedColumnName = "warehouse_code", nullable = false),
            @JoinColumn(name = "item_sku", referencedColumnName = "sku", nullable = false)
    }, foreignKey = @ForeignKey(name = "fk_stock_movement_item"))
    StockItem item;

    @Column(name = "delta", nullable = false)
    int delta;

    @Column(name = "moved_at")
    Instant movedAt;
}
