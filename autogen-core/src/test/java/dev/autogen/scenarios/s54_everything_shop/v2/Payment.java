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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Min;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.Comment;

import java.time.Instant;

@Entity
@Table(name = "payment", schema = "billing")
@Comment("Money received for an order")
public class Payment {

    public enum Method { CARD, TRANSFER, CASH }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_gen")
    @SequenceGenerator(name = "payment_gen", schema = "billing", sequenceName = "payment_seq",
            initialValue = 100, allocationSize = 10)
    @Column(name = "id")
    Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "order_id", nullable = false, foreignKey = @ForeignKey(name = "fk_payment_order"))
    ShopOrder order;

    @Enumerated(EnumType.STRING)
    @Column(name = "method", length = 10, nullable = false)
    Method method;

    @Min(1)
    @Column(name = "amount_cents", nullable = false)
    Long amountCents;

    @Column(name = "received_at", nullable = false)
    @ColumnDefault("now()")
    Instant receivedAt;
}
