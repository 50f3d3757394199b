package dev.autogen.scenarios.s66_numbers_and_chars.v2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnDefault;

import java.math.BigDecimal;
import java.math.BigInteger;

@Entity
@Table(name = "measure")
public class Measure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    Long id;

    @Column(name = "amount", precision = 12, scale = 2)
    BigDecimal amount;

    @ColumnDefault("0.00")
    @Column(name = "plain_decimal")
    BigDecimal plainDecimal;

    @Column(name = "whole", precision = 20, scale = 0)
    BigDecimal whole;

    @ColumnDefault("0.5")
    @Column(name = "fraction", precision = 5, scale = 5)
    BigDecimal fraction;

    @ColumnDefault("-1")
    @Column(name = "big_int")
    BigInteger bigInt;

    @Column(name = "big_int_sized", precision = 30)
    BigInteger bigIntSized;

    @Column(name = "initial")
    Character initial;

    @ColumnDefault("'A'")
    @Column(name = "grade", nullable = false)
    char grade;

    @ColumnDefault("1")
    @Column(name = "tiny")
    Byte tiny;

    @Column(name = "letters")
    char[] letters;

    @Column(name = "chars_boxed")
    Character[] charsBoxed;

    @ColumnDefault("'ABC'")
    @Column(name = "fixed_code", columnDefinition = "char(3)")
    String fixedCode;

    @Column(name = "long_text", length = 100000)
    String longText;

    @ColumnDefault("''")
    @Column(name = "huge_text", length = org.hibernate.Length.LONG32)
    String hugeText;

    @ColumnDefault("1.5")
    @Column(name = "ratio")
    Float ratio;

    @Column(name = "url")
    java.net.URL url;

    @Column(name = "locale")
    java.util.Locale locale;

    @Column(name = "currency")
    java.util.Currency currency;

    @ColumnDefault("'{}'")
    @Column(name = "def_int4_array", columnDefinition = "int4[]")
    int[] defInt4Array;

    @Column(name = "def_varchar_array", columnDefinition = "varchar(10) ARRAY")
    String[] defVarcharArray;

    @Column(name = "def_text_array_2d", columnDefinition = "text[][]")
    String[] defTextArray2d;

    @ColumnDefault("now()")
    @Column(name = "def_timestamptz3", columnDefinition = "timestamptz(3)")
    java.time.Instant defTimestamptz3;

    @Column(name = "def_timetz", columnDefinition = "timetz(2)")
    java.time.OffsetTime defTimetz;

    @Column(name = "def_time_with_zone", columnDefinition = "TIME WITH TIME ZONE")
    java.time.OffsetTime defTimeWithZone;

    @Column(name = "def_numeric_bare", columnDefinition = "numeric")
    BigDecimal defNumericBare;

    @Column(name = "def_decimal8", columnDefinition = "decimal(8)")
    BigDecimal defDecimal8;

    @Column(name = "def_float10", columnDefinition = "float(10)")
    Float defFloat10;

    @ColumnDefault("'1 day'")
    @Column(name = "def_interval", columnDefinition = "interval")
    java.time.Duration defInterval;

    @Column(name = "def_interval_second", columnDefinition = "interval second(3)")
    java.time.Duration defIntervalSecond;

    @Column(name = "def_interval_day_to_second", columnDefinition = "INTERVAL DAY TO SECOND(0)")
    java.time.Duration defIntervalDayToSecond;

    @ColumnDefault("B'00000000'")
    @Column(name = "def_bit8", columnDefinition = "bit(8)")
    String defBit8;

    @Column(name = "def_varbit", columnDefinition = "varbit(16)")
    String defVarbit;

    @Column(name = "def_bpchar", columnDefinition = "bpchar(4)")
    String defBpchar;

    @Column(name = "def_char_varying", columnDefinition = "char varying(7)")
    String defCharVarying;

    @Column(name = "def_serial4", columnDefinition = "int4")
    Integer defSerial4;

    @ColumnDefault("'127.0.0.1'")
    @Column(name = "def_inet", columnDefinition = "inet")
    String defInet;

    @ColumnDefault("0")
    @Column(name = "def_money", columnDefinition = "money")
    BigDecimal defMoney;

    @Column(name = "def_xml", columnDefinition = "xml")
    String defXml;

    @ColumnDefault("'[]'")
    @Column(name = "def_json", columnDefinition = "json")
    String defJson;

    @Column(name = "def_tsvector", columnDefinition = "tsvector")
    String defTsvector;

    @Column(name = "def_double", columnDefinition = "float8")
    Double defDouble;

    @Column(name = "def_ts_without", columnDefinition = "timestamp(0) WITHOUT time zone")
    java.time.LocalDateTime defTsWithout;

    @Column(name = "def_numeric_neg_scale", columnDefinition = "numeric(5, -2)")
    BigDecimal defNumericNegScale;

    @Column(name = "def_char_plain", columnDefinition = "character")
    Character defCharPlain;

    @ColumnDefault("'t'")
    @Column(name = "def_bool", columnDefinition = "bool")
    Boolean defBool;

    @Column(name = "def_int8_array_sized", columnDefinition = "int8[3]")
    long[] defInt8ArraySized;

    @Column(name = "def_timestamp_array", columnDefinition = "timestamp(3)[]")
    java.time.LocalDateTime[] defTimestampArray;
}
