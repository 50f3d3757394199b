package dev.autogen.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import org.hibernate.boot.registry.classloading.spi.ClassLoadingException;
import org.junit.jupiter.api.Test;

/** Hibernate's class loader service over the entity loader, with the names it could not load remembered. */
class MissCachingClassLoaderServiceTest {

    /** Records every name it is asked for, and finds nothing itself. */
    private static final class CountingLoader extends ClassLoader {
        final List<String> asked = new ArrayList<>();

        CountingLoader() {
            super(null);
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            asked.add(name);
            throw new ClassNotFoundException(name);
        }
    }

    @Test
    void aClassMissingOnceIsNotLookedUpAgainAndStaysMissing() {
        CountingLoader loader = new CountingLoader();
        MissCachingClassLoaderService service = new MissCachingClassLoaderService(loader);
        String missing = "com.acme.model.package-info";

        Throwable first = catchThrowable(() -> service.classForName(missing));
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> service.classForName(missing)).isInstanceOf(ClassLoadingException.class)
                    .hasMessage(first.getMessage())
                    .satisfies(e -> assertThat(e.getCause()).isSameAs(first.getCause()));
        }

        assertThat(first).isInstanceOf(ClassLoadingException.class).hasMessageContaining(missing)
                .hasCauseInstanceOf(ClassNotFoundException.class);
        assertThat(loader.asked).containsOnlyOnce(missing);
        service.stop();
    }

    @Test
    void classesTheLoadersHaveStillLoadEveryTime() {
        CountingLoader loader = new CountingLoader();
        MissCachingClassLoaderService service = new MissCachingClassLoaderService(loader);

        assertThatThrownBy(() -> service.classForName("com.acme.Missing")).isInstanceOf(ClassLoadingException.class);

        assertThat(service.<Object>classForName(getClass().getName())).isSameAs(getClass());
        assertThat(service.<Object>classForName(getClass().getName())).isSameAs(getClass());
        service.stop();
    }
}
