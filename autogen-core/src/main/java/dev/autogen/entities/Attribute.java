package dev.autogen.entities;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;

/**
 * An entity attribute as the source of columns: its readable path ({@code Order.address.city}),
 * the field and getter it is declared by (read by reflection for their annotations), its Java type
 * and the role its columns play. Hibernate's boot model names the attribute; this finds it in code.
 */
record Attribute(String label, String inheritedFrom, Field field, Method getter, Class<?> javaType, Role role) {

    /** What the columns of an attribute are to it. */
    enum Role {
        /** An {@code @Id}, {@code @EmbeddedId} or {@code @IdClass} attribute. */
        ID,
        VERSION,
        /** A basic or embedded attribute. */
        BASIC,
        /** The join columns of a to-one association. */
        JOIN,
        /** The columns of a collection table (or of a one-to-many's target) that point at the owner. */
        COLLECTION_KEY,
        /** The element of a collection: its value, or the join columns to its target entity. */
        ELEMENT,
        /** A list's order column or a map's key. */
        INDEX,
        DISCRIMINATOR,
        /** The primary key of a JOINED subclass, which references its parent's. */
        JOINED_KEY
    }

    /**
     * The attribute {@code name} of {@code owner} (or of one of its superclasses): its field, else
     * its getter ({@code getName}, {@code isName}), read wherever the annotations are.
     */
    static Attribute find(Class<?> owner, String name, String label, Role role) {
        Field field = null;
        Method getter = null;
        Class<?> declaredIn = owner;
        String suffix = name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (Class<?> c = owner; c != null && c != Object.class; c = c.getSuperclass()) {
            if (field == null) {
                field = declared(c, name);
                if (field != null) {
                    declaredIn = c;
                }
            }
            if (getter == null) {
                getter = method(c, "get" + suffix);
                if (getter == null) {
                    getter = method(c, "is" + suffix);
                }
                if (getter != null && field == null) {
                    declaredIn = c;
                }
            }
        }
        Class<?> type = field != null ? field.getType() : getter != null ? getter.getReturnType() : Object.class;
        return new Attribute(label, declaredIn == owner ? null : declaredIn.getSimpleName(), field, getter, type, role);
    }

    /** The same attribute in another role (its collection's key, element or index). */
    Attribute as(Role other, Class<?> type) {
        return new Attribute(label, inheritedFrom, field, getter, type, other);
    }

    /** An attribute with no member in code, e.g. the discriminator or a JOINED subclass's key. */
    static Attribute synthetic(String label, Role role) {
        return new Attribute(label, null, null, null, Object.class, role);
    }

    /** The annotation on the field, else on the getter; {@code null} when neither has it. */
    <A extends Annotation> A get(Class<A> type) {
        A found = field == null ? null : field.getAnnotation(type);
        return found != null || getter == null ? found : getter.getAnnotation(type);
    }

    /** Whether the field or the getter carries an annotation of this class name (for deprecated ones). */
    boolean has(String annotationClass) {
        return named(field, annotationClass) || named(getter, annotationClass);
    }

    /** The element type of a collection attribute ({@code Set<String>} → {@code String}), or its Java type. */
    Class<?> elementType(int argument) {
        Type generic = field != null ? field.getGenericType() : getter != null ? getter.getGenericReturnType() : null;
        if (generic instanceof ParameterizedType p && p.getActualTypeArguments().length > argument
                && p.getActualTypeArguments()[argument] instanceof Class<?> c) {
            return c;
        }
        return javaType;
    }

    /** {@code " on Order.createdAt (declared in Auditable)"}: where an annotation sits. */
    String on() {
        return " on " + label + (inheritedFrom == null ? "" : " (declared in " + inheritedFrom + ")");
    }

    private static boolean named(java.lang.reflect.AnnotatedElement element, String annotationClass) {
        if (element == null) {
            return false;
        }
        for (Annotation a : element.getAnnotations()) {
            if (a.annotationType().getName().equals(annotationClass)) {
                return true;
            }
        }
        return false;
    }

    private static Field declared(Class<?> c, String name) {
        try {
            return c.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    private static Method method(Class<?> c, String name) {
        try {
            return c.getDeclaredMethod(name);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }
}
