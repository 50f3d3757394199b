package dev.autogen.scenarios.s15_unique_multi_column.v2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

@Entity
@Table(name = "enrollment",
        uniqueConstraints = {
                @UniqueConstraint(name = "uk_enrollment_student_term", columnNames = {"student_id", "term"}),
                @UniqueConstraint(columnNames = {"course_id", "term", "seat"})
        })
public class Enrollment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    Long id;

    @Column(name = "student_id", nullable = false)
    Long studentId;

    @Column(name = "course_id", nullable = false)
    Long courseId;

    @Column(name = "term", length = 10, nullable = false)
    String term;

    @Column(name = "seat")
    Integer seat;
}
