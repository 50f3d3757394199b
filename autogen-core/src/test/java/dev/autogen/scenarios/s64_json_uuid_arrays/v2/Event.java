package dev.autogen.scenarios.s64_json_uuid_arrays.v2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.List;
import java.util.Map;
import java.util.UUID;

@Entity
@Table(name = "event")
public class Event {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    @Column(name = "id")
    UUID id;

    @JdbcTypeCode(SqlTypes.JSON)
    @ColumnDefault("'{}'")
    @Column(name = "payload")
    String payload;

    @JdbcTypeCode(SqlTypes.JSON)
    @ColumnDefault("'{}'::jsonb")
    @Column(name = "attributes")
    Map<String, Object> attributes;

    @ColumnDefault("'{}'")
    @Column(name = "labels")
    @JdbcTypeCode(SqlTypes.ARRAY)
    String[] labels;

    @ColumnDefault("ARRAY[1,2]")
    @Column(name = "counts")
    @JdbcTypeCode(SqlTypes.ARRAY)
    int[] counts;

    @Column(name = "recipients")
    List<String> recipients;

    @ColumnDefault("'{1,2,3}'")
    @Column(name = "scores")
    Long[] scores;

    @ColumnDefault("gen_random_uuid()")
    @Column(name = "correlation_id", nullable = false)
    UUID correlationId;
}
