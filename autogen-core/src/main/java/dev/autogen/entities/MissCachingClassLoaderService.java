package dev.autogen.entities;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.boot.registry.classloading.internal.ClassLoaderServiceImpl;
import org.hibernate.boot.registry.classloading.internal.TcclLookupPrecedence;
import org.hibernate.boot.registry.classloading.spi.ClassLoadingException;

/**
 * Hibernate's own class loader service over the entity class loader (as
 * {@code BootstrapServiceRegistryBuilder.applyClassLoader} makes it: the loader in a set, the
 * thread's context loader after it), remembering the names it could not load. Hibernate asks for
 * the {@code package-info} of an entity's package once per entity, and each miss goes through every
 * loader of its aggregate, each throwing: on 500 entities of one package that was about a tenth of
 * the metadata build. The loaders' classpaths do not change during a load, so a class missing once
 * stays missing; asked again, it fails as it failed the first time (same message, same cause).
 */
final class MissCachingClassLoaderService extends ClassLoaderServiceImpl {

    private final Map<String, ClassLoadingException> missing = new ConcurrentHashMap<>();

    MissCachingClassLoaderService(ClassLoader loader) {
        super(new HashSet<>(List.of(loader)), TcclLookupPrecedence.AFTER);
    }

    @Override
    public <T> Class<T> classForName(String className) {
        ClassLoadingException miss = missing.get(className);
        if (miss != null) {
            throw new ClassLoadingException(miss.getMessage(), miss.getCause());
        }
        try {
            return super.classForName(className);
        } catch (ClassLoadingException e) {
            missing.putIfAbsent(className, e);
            throw e;
        }
    }
}
