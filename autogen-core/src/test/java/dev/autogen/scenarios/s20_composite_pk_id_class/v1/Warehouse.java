package dev.autogen.scenarios.s20_composite_pk_id_class.v1;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "warehouse")
public class Warehouse {

    @Id
    @Column(name = "code", length = 10)
    String code;

    @Column(name = "name", length = 100)
    String name;
}
