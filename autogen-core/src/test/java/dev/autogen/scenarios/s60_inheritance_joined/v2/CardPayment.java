package dev.autogen.scenarios.s60_inheritance_joined.v2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "card_payment")
public class CardPayment extends Payment {

    @Column(name = "last4", length = 4, nullable = false)
    String last4;
}
