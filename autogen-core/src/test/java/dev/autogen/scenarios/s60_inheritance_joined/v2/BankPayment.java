package dev.autogen.scenarios.s60_inheritance_joined.v2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;

@Entity
@Table(name = "bank_payment")
@PrimaryKeyJoinColumn(name = "payment_id")
public class BankPayment extends Payment {

    @Column(name = "iban", length = 34)
    String iban;
}
