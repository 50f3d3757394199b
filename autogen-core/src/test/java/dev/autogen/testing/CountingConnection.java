package dev.autogen.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A connection that records each call that reaches the server (a statement created, a savepoint,
 * a commit or rollback) by its method name, then passes it on: what a test counts to prove that
 * nothing, or only one query, was sent.
 */
public final class CountingConnection {

    private static final List<String> SENDING = List.of("createStatement", "prepareStatement", "prepareCall",
            "setSavepoint", "rollback", "commit", "releaseSavepoint", "nativeSQL");

    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final Connection connection;

    public CountingConnection(Connection real) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (SENDING.contains(method.getName())) {
                calls.add(method.getName());
            }
            try {
                return method.invoke(real, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        connection = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, handler);
    }

    /** The connection to hand to the code under test. */
    public Connection connection() {
        return connection;
    }

    /** The calls that reached the server so far, in order, by method name. */
    public List<String> calls() {
        return List.copyOf(calls);
    }
}
