package com.credittown.ui.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;

/**
 * A DataSource that counts the SQL statements executed through it: per thread (what the calling thread itself ran:
 * the service layer and bare Flowable run on the benchmark's threads) and, for the REST path, over every Tomcat
 * request thread ({@code http-nio-*}). A batch counts once per {@code executeBatch}.
 */
final class CountingDataSource {

    private static final ThreadLocal<long[]> OWN = ThreadLocal.withInitial(() -> new long[1]);
    private static final LongAdder REQUESTS = new LongAdder();

    private CountingDataSource() {
    }

    /** Statements the current thread has executed so far. */
    static long ownCount() {
        return OWN.get()[0];
    }

    /** Statements all HTTP request threads have executed so far. */
    static long requestCount() {
        return REQUESTS.sum();
    }

    static DataSource wrap(DataSource target) {
        return (DataSource) Proxy.newProxyInstance(CountingDataSource.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    if (result instanceof Connection connection) {
                        return connection(connection);
                    }
                    return result;
                });
    }

    private static Connection connection(Connection target) {
        return (Connection) Proxy.newProxyInstance(CountingDataSource.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    if (result instanceof CallableStatement statement) {
                        return statement(statement, CallableStatement.class);
                    }
                    if (result instanceof PreparedStatement statement) {
                        return statement(statement, PreparedStatement.class);
                    }
                    if (result instanceof Statement statement) {
                        return statement(statement, Statement.class);
                    }
                    return result;
                });
    }

    private static Object statement(Statement target, Class<? extends Statement> type) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().startsWith("execute")) {
                OWN.get()[0]++;
                if (Thread.currentThread().getName().startsWith("http-nio")) {
                    REQUESTS.increment();
                }
            }
            return invoke(target, method, args);
        };
        return Proxy.newProxyInstance(CountingDataSource.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
