package dev.autogen.scenarios.s51_new_schema_with_tables.v2;

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
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

import java.math.BigDecimal;

@Entity
@Table(name = "invoice_line", schema = "billing",
        indexes = @Index(name = "ix_invoice_line_invoice", columnList = "invoice_id"))
public class InvoiceLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "invoice_id", nullable = false, foreignKey = @ForeignKey(name = "fk_invoice_line_invoice"))
    @OnDelete(action = OnDeleteAction.CASCADE)
    Invoice invoice;

    @Column(name = "amount", precision = 12, scale = 2, nullable = false)
    BigDecimal amount;
}
