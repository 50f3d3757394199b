package dev.autogen.scenarios.s54_everything_shop.v2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Check;
import org.hibernate.annotations.Comment;

import java.math.BigDecimal;

@Entity
@Table(name = "shop_order")
@Check(constraints = "total >= 0")
public class ShopOrder {

    public enum Status { NEW, PAID, SHIPPED, CANCELLED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "customer_id", nullable = false, foreignKey = @ForeignKey(name = "fk_shop_order_customer"))
    Customer customer;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20, nullable = false)
    @Comment("Where the order is in its life")
    Status status;

    @Column(name = "total", precision = 12, scale = 2, nullable = false)
    BigDecimal total;

    @Check(constraints = "length(note) <= 500")
    @Column(name = "note", length = 1000)
    String note;
}
