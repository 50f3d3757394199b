package dev.autogen.scenarios.s32_all_column_types.v2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnDefault;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Table(name = "sample")
public class Sample {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    Long id;

    @Column(name = "name", length = 100)
    String name;

    @Column(name = "int_value")
    Integer intValue;

    @Column(name = "long_value")
    Long longValue;

    @Column(name = "short_value")
    Short shortValue;

    @Column(name = "bool_value")
    Boolean boolValue;

    @Column(name = "decimal_value", precision = 19, scale = 4)
    BigDecimal decimalValue;

    @Column(name = "double_value")
    Double doubleValue;

    @Column(name = "float_value")
    Float floatValue;

    @Column(name = "instant_value")
    Instant instantValue;

    @Column(name = "date_value")
    LocalDate dateValue;

    @Column(name = "datetime_value")
    LocalDateTime datetimeValue;

    @Column(name = "offset_value")
    OffsetDateTime offsetValue;

    @Column(name = "time_value")
    LocalTime timeValue;

    @Column(name = "uuid_value")
    UUID uuidValue;

    @Column(name = "bytes_value", length = 1024)
    byte[] bytesValue;

    @Column(name = "prim_int", nullable = false)
    @ColumnDefault("0")
    int primInt;

    @Column(name = "prim_long", nullable = false)
    @ColumnDefault("0")
    long primLong;

    @Column(name = "prim_short", nullable = false)
    @ColumnDefault("0")
    short primShort;

    @Column(name = "prim_bool", nullable = false)
    @ColumnDefault("false")
    boolean primBool;

    @Column(name = "prim_double", nullable = false)
    @ColumnDefault("0")
    double primDouble;

    @Column(name = "prim_float", nullable = false)
    @ColumnDefault("0")
    float primFloat;
}
