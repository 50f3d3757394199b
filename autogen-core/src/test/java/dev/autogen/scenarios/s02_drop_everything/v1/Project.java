package dev.autogen.scenarios.s02_drop_everything.v1;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "project")
public class Project {

    @Id
    @Column(name = "code", length = 20)
    String code;

    @Column(name = "title", length = 200)
    String title;
}
