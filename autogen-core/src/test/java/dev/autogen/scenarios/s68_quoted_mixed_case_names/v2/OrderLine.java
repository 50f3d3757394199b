package dev.autogen.scenarios.s68_quoted_mixed_case_names.v2;

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

import java.math.BigDecimal;

@Entity
@Table(name = "\"OrderLine\"",
        indexes = @Index(name = "ix_OrderLine_select", columnList = "\"select\", \"LineTotal\""),
        uniqueConstraints = @UniqueConstraint(name = "uk_OrderLine_user_from", columnNames = {"\"user\"", "\"from\""}))
public class OrderLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "\"LineId\"")
    Long id;

    @ManyToOne
    @JoinColumn(name = "\"OrderId\"", foreignKey = @ForeignKey(name = "fk_OrderLine_Order"))
    Order order;

    @Column(name = "\"user\"", length = 60)
    String user;

    @Column(name = "\"select\"", length = 30)
    String select;

    @Column(name = "\"from\"", length = 30)
    String from;

    @Column(name = "\"LineTotal\"", precision = 12, scale = 2)
    BigDecimal lineTotal;

    @Column(name = "\"Mixed Case With Spaces\"")
    Integer spaced;
}
