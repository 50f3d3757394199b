package dev.autogen.scenarios.s65_java_time_types.v2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnDefault;
import jakarta.persistence.Temporal;
import jakarta.persistence.TemporalType;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.Date;
import java.util.TimeZone;

@Entity
@Table(name = "schedule")
public class Schedule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    Long id;

    @ColumnDefault("CURRENT_TIMESTAMP")
    @Column(name = "instant_at")
    Instant instantAt;

    @ColumnDefault("current_date")
    @Column(name = "local_date")
    LocalDate localDate;

    @ColumnDefault("LOCALTIME")
    @Column(name = "local_time")
    LocalTime localTime;

    @ColumnDefault("'2000-01-01 00:00:00'")
    @Column(name = "local_date_time")
    LocalDateTime localDateTime;

    @ColumnDefault("now()")
    @Column(name = "offset_date_time")
    OffsetDateTime offsetDateTime;

    @Column(name = "offset_time")
    OffsetTime offsetTime;

    @ColumnDefault("statement_timestamp()")
    @Column(name = "zoned_date_time")
    ZonedDateTime zonedDateTime;

    @ColumnDefault("0")
    @Column(name = "duration")
    Duration duration;

    @ColumnDefault("2024")
    @Column(name = "year")
    Year year;

    @Column(name = "year_month")
    YearMonth yearMonth;

    @Column(name = "month_day")
    MonthDay monthDay;

    @Column(name = "zone_id")
    ZoneId zoneId;

    @ColumnDefault("'+00:00'")
    @Column(name = "zone_offset")
    ZoneOffset zoneOffset;

    @Column(name = "time_zone")
    TimeZone timeZone;

    @Column(name = "precise_at", precision = 3)
    Instant preciseAt;

    @Column(name = "coarse_time", precision = 0)
    LocalTime coarseTime;

    @Temporal(TemporalType.TIMESTAMP)
    @ColumnDefault("LOCALTIMESTAMP")
    @Column(name = "legacy_timestamp")
    Date legacyTimestamp;

    @Temporal(TemporalType.DATE)
    @ColumnDefault("'1970-01-01'")
    @Column(name = "legacy_date")
    Date legacyDate;

    @Temporal(TemporalType.TIME)
    @Column(name = "legacy_time")
    Date legacyTime;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "legacy_calendar")
    Calendar legacyCalendar;

    @Column(name = "sql_timestamp")
    java.sql.Timestamp sqlTimestamp;

    @Column(name = "sql_date")
    java.sql.Date sqlDate;
}
