package dev.autogen.entities;

import dev.autogen.entities.Attribute.Role;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.Comment;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.hibernate.validator.constraints.Length;
import org.hibernate.validator.constraints.Range;

/**
 * The rule behind each aspect of a column, read from the annotations of the attribute it maps:
 * one phrase naming the annotation (or the Java type, or Hibernate's default) and the attribute,
 * e.g. {@code "@Column(length = 100) on User.email"}, in the order Hibernate gives them precedence.
 */
final class AttributeRules {

    private static final String HIBERNATE_CHECK = "org.hibernate.annotations.Check";

    private AttributeRules() {
    }

    /** Why the column has its type; {@code sqlType} is Hibernate's, lower case. */
    static String type(Attribute a, org.hibernate.mapping.Column column, String sqlType) {
        Column c = a.get(Column.class);
        if (c != null && !c.columnDefinition().isBlank()) {
            return "@Column(columnDefinition = \"" + c.columnDefinition() + "\")" + a.on();
        }
        JdbcTypeCode code = a.get(JdbcTypeCode.class);
        if (code != null) {
            return "@JdbcTypeCode(SqlTypes." + sqlTypeName(code.value()) + ")" + a.on();
        }
        if (a.role() == Role.JOINED_KEY) {
            return "the primary key of JOINED subclass " + a.label() + ", typed as its parent's";
        }
        if (a.role() == Role.INDEX) {
            for (String name : List.of("OrderColumn", "MapKeyColumn", "MapKeyEnumerated", "MapKeyJoinColumn")) {
                if (a.has("jakarta.persistence." + name)) {
                    return "@" + name + a.on();
                }
            }
            return "the map key or list index of " + associationOn(a);
        }
        if (a.role() == Role.JOIN || (a.role() == Role.ELEMENT && a.javaType() == Object.class)) {
            return "the type of the key it references, for " + associationOn(a);
        }
        if (a.role() == Role.COLLECTION_KEY) {
            return "the type of the owner's key, for " + associationOn(a);
        }
        if (a.role() == Role.DISCRIMINATOR) {
            return "the discriminator of " + a.label() + " (@DiscriminatorColumn, by default DTYPE varchar(31))";
        }
        if (a.get(Lob.class) != null) {
            return "@Lob" + a.on() + " (" + a.javaType().getSimpleName() + ")";
        }
        if (a.javaType().isEnum()) {
            Enumerated enumerated = a.get(Enumerated.class);
            return enumerated != null ? "@Enumerated(" + enumerated.value() + ")" + a.on()
                    : "enum " + a.javaType().getSimpleName() + a.on() + ", stored as its ordinal (no @Enumerated)";
        }
        if (sqlType.startsWith("varchar") || sqlType.startsWith("character varying") || sqlType.startsWith("char")) {
            Long length = column.getLength();
            Size size = a.get(Size.class);
            if (size != null && length != null && size.max() == length) {
                return "@Size(max = " + size.max() + ")" + a.on();
            }
            Length hvLength = a.get(Length.class);
            if (hvLength != null && length != null && hvLength.max() == length) {
                return "@Length(max = " + hvLength.max() + ")" + a.on();
            }
            if (c != null && length != null && c.length() == length && c.length() != 255) {
                return "@Column(length = " + c.length() + ")" + a.on();
            }
            if (length == null ? sqlType.endsWith("(255)") : length == 255) {
                return "the Java type " + a.javaType().getSimpleName() + " of " + a.label()
                        + ", with the default length 255 of @Column(length)";
            }
        }
        if (sqlType.startsWith("numeric") || sqlType.startsWith("decimal")) {
            if (c != null && c.precision() > 0) {
                return "@Column(precision = " + c.precision() + ", scale = " + c.scale() + ")" + a.on();
            }
            Digits digits = a.get(Digits.class);
            if (digits != null) {
                return "@Digits(integer = " + digits.integer() + ", fraction = " + digits.fraction() + ")" + a.on();
            }
            return "the Java type " + a.javaType().getSimpleName() + " of " + a.label()
                    + ", with Hibernate's default precision 38 and scale 2";
        }
        return "the Java type " + a.javaType().getSimpleName() + " of " + a.label();
    }

    /** Why the column is NOT NULL, or why it allows NULL. */
    static String nullability(Attribute a, boolean nullable, boolean inPrimaryKey, boolean singleTableSubclass) {
        if (nullable) {
            if (singleTableSubclass) {
                for (Class<? extends java.lang.annotation.Annotation> type : List.of(NotNull.class, NotBlank.class,
                        NotEmpty.class)) {
                    if (a.get(type) != null) {
                        return "@" + type.getSimpleName() + a.on() + " is not applied to the table: it is a column of "
                                + "a SINGLE_TABLE subclass, NULL in the other classes' rows";
                    }
                }
            }
            return "nothing on " + a.label() + " asks for NOT NULL: no @Id, nullable = false, optional = false, "
                    + "@NotNull or primitive type";
        }
        String rule = notNullRule(a);
        if (rule != null) {
            return rule;
        }
        if (inPrimaryKey) {
            return "part of the primary key, for " + associationOn(a);
        }
        return "Hibernate's mapping of " + a.label();
    }

    private static String notNullRule(Attribute a) {
        switch (a.role()) {
            case ID -> {
                if (a.get(jakarta.persistence.Id.class) != null) {
                    return "@Id" + a.on();
                }
                return a.get(EmbeddedId.class) != null ? "@EmbeddedId" + a.on() : "part of the @EmbeddedId, " + a.label();
            }
            case VERSION -> {
                return "@Version" + a.on();
            }
            case DISCRIMINATOR -> {
                return "the discriminator of " + a.label() + ", which is never NULL";
            }
            case JOINED_KEY -> {
                return "the primary key of JOINED subclass " + a.label();
            }
            default -> {
                // read the annotations below
            }
        }
        Column c = a.get(Column.class);
        if (c != null && !c.nullable() && a.role() != Role.JOIN) {
            return "@Column(nullable = false)" + a.on();
        }
        JoinColumn join = a.get(JoinColumn.class);
        if (join != null && !join.nullable()) {
            return "@JoinColumn(nullable = false)" + a.on();
        }
        ManyToOne manyToOne = a.get(ManyToOne.class);
        if (manyToOne != null && !manyToOne.optional()) {
            return "@ManyToOne(optional = false)" + a.on();
        }
        OneToOne oneToOne = a.get(OneToOne.class);
        if (oneToOne != null && !oneToOne.optional()) {
            return "@OneToOne(optional = false)" + a.on();
        }
        Basic basic = a.get(Basic.class);
        if (basic != null && !basic.optional()) {
            return "@Basic(optional = false)" + a.on();
        }
        if (a.role() == Role.BASIC || a.role() == Role.JOIN) {
            for (Class<? extends java.lang.annotation.Annotation> type : List.of(NotNull.class, NotBlank.class,
                    NotEmpty.class)) {
                if (a.get(type) != null) {
                    return "@" + type.getSimpleName() + a.on();
                }
            }
            if (a.javaType().isPrimitive()) {
                return "the primitive type " + a.javaType().getName() + " of " + a.label();
            }
        }
        if (a.role() == Role.COLLECTION_KEY) {
            return "the key of " + associationOn(a) + ", which Hibernate makes NOT NULL";
        }
        if (a.role() == Role.ELEMENT && a.get(jakarta.persistence.ManyToMany.class) != null) {
            return "the target of " + associationOn(a) + ", which each row of its join table names (NOT NULL)";
        }
        return null;
    }

    static String defaultValue(Attribute a) {
        ColumnDefault d = a.get(ColumnDefault.class);
        return d != null ? "@ColumnDefault(\"" + d.value() + "\")" + a.on() : "Hibernate's mapping of " + a.label();
    }

    static String comment(Attribute a) {
        return a.get(Comment.class) != null ? "@Comment" + a.on() : "Hibernate's mapping of " + a.label();
    }

    static String generation(Attribute a) {
        org.hibernate.annotations.GeneratedColumn g = a.get(org.hibernate.annotations.GeneratedColumn.class);
        return g != null ? "@GeneratedColumn(\"" + g.value() + "\")" + a.on() : "Hibernate's mapping of " + a.label();
    }

    static String identity(Attribute a, boolean identity) {
        GeneratedValue generated = a.get(GeneratedValue.class);
        if (identity) {
            return generated != null ? "@GeneratedValue(strategy = IDENTITY)" + a.on() : "Hibernate's mapping of "
                    + a.label();
        }
        return a.label() + " has no @GeneratedValue(strategy = IDENTITY)";
    }

    /**
     * What asked for the anonymous check on a column: {@code "@Enumerated(STRING) on Task.status"},
     * {@code "@Min(0) and @Max(99) on Item.quantity"}.
     */
    static String check(Attribute a) {
        if (a.role() == Role.DISCRIMINATOR) {
            return "check from the discriminator values of " + a.label() + " and its subclasses";
        }
        if (a.role() == Role.INDEX) {
            return "check from " + (a.has("jakarta.persistence.OrderColumn") ? "@OrderColumn" + a.on()
                    : "the list index of " + associationOn(a)) + " (positions are never negative)";
        }
        List<String> reasons = new ArrayList<>();
        if (a.javaType().isEnum()) {
            Enumerated enumerated = a.get(Enumerated.class);
            reasons.add(enumerated != null ? "@Enumerated(" + enumerated.value() + ")"
                    : "enum " + a.javaType().getSimpleName() + " stored as its ordinal");
        }
        Min min = a.get(Min.class);
        if (min != null) {
            reasons.add("@Min(" + min.value() + ")");
        }
        Max max = a.get(Max.class);
        if (max != null) {
            reasons.add("@Max(" + max.value() + ")");
        }
        DecimalMin decimalMin = a.get(DecimalMin.class);
        if (decimalMin != null) {
            reasons.add("@DecimalMin(\"" + decimalMin.value() + "\")");
        }
        DecimalMax decimalMax = a.get(DecimalMax.class);
        if (decimalMax != null) {
            reasons.add("@DecimalMax(\"" + decimalMax.value() + "\")");
        }
        Range range = a.get(Range.class);
        if (range != null) {
            reasons.add("@Range(min = " + range.min() + ", max = " + range.max() + ")");
        }
        Column c = a.get(Column.class);
        if (c != null && c.check().length > 0) {
            reasons.add("@Column(check)");
        }
        if (a.has(HIBERNATE_CHECK)) {
            reasons.add("@Check");
        }
        return reasons.isEmpty() ? "a check Hibernate writes for " + a.label()
                : "check from " + String.join(" and ", reasons) + a.on();
    }

    /** {@code "@ManyToOne on Order.customer"}: the association annotation of an attribute. */
    static String associationOn(Attribute a) {
        for (String name : List.of("ManyToOne", "OneToOne", "ManyToMany", "OneToMany", "ElementCollection")) {
            if (a.has("jakarta.persistence." + name)) {
                return "@" + name + a.on();
            }
        }
        return a.label();
    }

    /** The constant of {@link SqlTypes} with this code, e.g. {@code JSON} for 3001 (the first by name). */
    static String sqlTypeName(int code) {
        java.util.TreeSet<String> names = new java.util.TreeSet<>();
        for (Field f : SqlTypes.class.getFields()) {
            try {
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == int.class && f.getInt(null) == code) {
                    names.add(f.getName());
                }
            } catch (IllegalAccessException e) {
                // public constants: cannot happen
            }
        }
        return names.isEmpty() ? String.valueOf(code) : names.first();
    }
}
