package dev.autogen.scenarios.s36_no_changes.v2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

@Entity
@Table(name = "shop_item",
        uniqueConstraints = @UniqueConstraint(columnNames = {"shop_id", "sku"}),
        indexes = @Index(name = "ix_shop_item_sku", columnList = "sku"))
public class ShopItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "shop_id", nullable = false, foreignKey = @ForeignKey(name = "fk_shop_item_shop"))
    @OnDelete(action = OnDeleteAction.CASCADE)
    Shop shop;

    @Column(name = "sku", length = 40, nullable = false)
    String sku;

    @Column(name = "price", precision = 10, scale = 2)
    BigDecimal price;

    @Column(name = "updated_at")
    @ColumnDefault("now()")
    OffsetDateTime updatedAt;
}
