package dev.autogen.entities;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Bean Validation's view of the entity classes, read on a thread of its own while Hibernate builds
 * their metadata: the validator factory {@link HibernateModel} applies the DDL constraints with,
 * and in it the constraints of every mapped class, which the factory keeps. Applying them then
 * finds them read (it was a fifth of loading a small project's entities, all on the one thread).
 *
 * <p>Only the time moves: the factory is the one {@link HibernateModel} would build (same provider,
 * interpolator and context class loader), and what it reads of a class does not depend on when.
 * Whatever fails here is dropped: {@link #factory()} then answers null and the caller builds and
 * reads on its own thread, failing as it always did, after Hibernate's own errors.
 */
final class ConstraintsAhead implements AutoCloseable {

    private final Thread thread;
    private volatile boolean stopped;
    private ValidatorFactory factory;
    private boolean handedOver;

    private ConstraintsAhead(ClassLoader loader, List<String> classNames) {
        thread = new Thread(() -> read(loader, classNames), "autogen-bean-validation");
        thread.setDaemon(true);
        thread.setContextClassLoader(loader);
    }

    /** Starts reading the constraints of {@code classNames}, loaded by {@code loader} (not initialised). */
    static ConstraintsAhead start(ClassLoader loader, List<String> classNames) {
        ConstraintsAhead ahead = new ConstraintsAhead(loader, classNames);
        ahead.thread.start();
        return ahead;
    }

    /** The factory, the classes' constraints read; null when that failed. The caller closes it. */
    ValidatorFactory factory() {
        join();
        handedOver = true;
        return factory;
    }

    /** Stops reading (the load failed) and closes the factory unless it was handed over. */
    @Override
    public void close() {
        stopped = true;
        join();
        if (!handedOver && factory != null) {
            factory.close();
        }
    }

    /** The factory as {@link HibernateModel} builds it when nothing was read ahead. */
    static ValidatorFactory buildFactory() {
        return Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
    }

    private void read(ClassLoader loader, List<String> classNames) {
        ValidatorFactory built = null;
        try {
            built = buildFactory();
            Validator validator = built.getValidator();
            for (String name : classNames) {
                if (stopped) {
                    break;
                }
                validator.getConstraintsForClass(Class.forName(name, false, loader));
            }
            factory = built;
        } catch (Throwable e) { // never printed from here: read again, and reported, on the caller's thread
            if (built != null) {
                built.close();
            }
        }
    }

    private void join() {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
                stopped = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
