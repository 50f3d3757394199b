package dev.autogen.scenarios.s34_one_to_one.v2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "passport")
public class Passport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    Long id;

    @Column(name = "number", length = 20, nullable = false)
    String number;

    @OneToOne
    @JoinColumn(name = "citizen_id", foreignKey = @ForeignKey(name = "fk_passport_citizen"))
    Citizen citizen;
}
