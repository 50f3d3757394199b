package dev.autogen.scenarios.s54_everything_shop.v1;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "legacy_coupon")
public class LegacyCoupon {

    @Id
    @GeneratedValue
    @Column(name = "id")
    Long id;

    @Column(name = "code", length = 20, nullable = false)
    String code;
}
