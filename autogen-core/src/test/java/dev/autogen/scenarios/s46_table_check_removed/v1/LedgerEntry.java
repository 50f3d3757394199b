package dev.autogen.scenarios.s46_table_check_removed.v1;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Check;

import java.math.BigDecimal;

@Entity
@Table(name = "ledger_entry")
@Check(name = "ck_ledger_entry_one_side", constraints = "debit = 0 or credit = 0")
@Check(constraints = "debit >= 0")
@Check(constraints = "credit >= 0")
public class LedgerEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    Long id;

    @Column(name = "debit", precision = 12, scale = 2, nullable = false)
    BigDecimal debit;

    @Column(name = "credit", precision = 12, scale = 2, nullable = false)
    BigDecimal credit;
}
