package dev.autogen.scenarios.s76_function_defaults.v2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.hibernate.annotations.ColumnDefault;

@Entity
@Table(name = "stamp")
public class Stamp {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ColumnDefault("date_trunc('day', now())")
    @Column(name = "day_start")
    LocalDateTime dayStart;

    @ColumnDefault("concat('a', 'b')")
    @Column(name = "code", length = 20)
    String code;

    @ColumnDefault("(now() at time zone 'utc')")
    @Column(name = "utc_now")
    LocalDateTime utcNow;

    @ColumnDefault("lower('ABC')")
    @Column(name = "label", columnDefinition = "text")
    String label;
}
