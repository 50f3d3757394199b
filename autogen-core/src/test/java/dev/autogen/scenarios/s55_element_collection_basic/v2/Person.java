package dev.autogen.scenarios.s55_element_collection_basic.v2;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@Entity
@Table(name = "person")
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    Long id;

    @Column(name = "name", length = 100, nullable = false)
    String name;

    @ElementCollection
    @CollectionTable(name = "person_nickname", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "nickname", length = 50, nullable = false)
    Set<String> nicknames = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "person_score", joinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "position")
    @Column(name = "score")
    List<Integer> scores = new ArrayList<>();

    @ElementCollection
    Set<String> tags = new HashSet<>();
}
