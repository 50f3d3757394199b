package dev.autogen.entities;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.boot.registry.classloading.internal.ClassLoaderServiceImpl;
import org.hibernate.boot.registry.classloading.internal.TcclLookupPrecedence;
import org.hibernate.boot.registry.classloading.spi.ClassLoadingException;

/**
 * Hibernate's own class loader service over the entity class loader (as
 * {@code BootstrapServiceRegistryBuilder.applyClassLoader} makes it), remembering the names it
 * could not load. Hibernate asks for the {@code package-info} of an entity's package once per
 * entity, and each miss goes through every loader of its aggregate, each throwing: on 500
 * entities of one package that was about a tenth of the metadata build. The loaders' classpaths
 * do not change during a load, so a class missing once stays missing.
 */
final class MissCachingClassLoaderService extends ClassLoaderServiceImpl {

    private final Set<String> missing = ConcurrentHashMap.newKeySet();

    MissCachingClassLoaderService(ClassLoader loader) {
        super(new HashSet<>(List.of(loader)), TcclLookupPrecedence.AFTER);
    }

    @Override
    public <T> Class<T> classForName(String className) {
        if (missing.contains(className)) {
            throw new ClassLoadingException("Unable to load class [" + className + "]");
        }
        try {
            return super.classForName(className);
        } catch (ClassLoadingException e) {
            missing.add(className);
            throw e;
        }
    }
}
