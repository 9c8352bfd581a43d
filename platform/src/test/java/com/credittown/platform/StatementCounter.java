package com.credittown.platform;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the application sends to the database on the current thread (JPA, Flowable's MyBatis and
 * JDBC alike: they share the one data source, which this wraps). Test-only: a JDK proxy, no library. Besides the
 * counts of a piece of work, it keeps running totals for benchmarks that count across many operations: each thread's
 * own and the servlet container's request threads' ({@code http-nio-*}) together. A batch counts once.
 */
public final class StatementCounter {

    private static final ThreadLocal<AtomicLong> COUNTING = new ThreadLocal<>();
    private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();
    private static final ThreadLocal<long[]> THREAD_TOTAL = ThreadLocal.withInitial(() -> new long[1]);
    private static final LongAdder REQUEST_THREADS_TOTAL = new LongAdder();

    private StatementCounter() {
    }

    /** The statements executed on this thread while the work ran. */
    public static long count(Runnable work) {
        AtomicLong count = new AtomicLong();
        COUNTING.set(count);
        try {
            work.run();
        } finally {
            COUNTING.remove();
        }
        return count.get();
    }

    /** The statements executed on this thread while the work ran, in order, as SQL text (a batch once). */
    public static List<String> statements(Runnable work) {
        List<String> statements = new ArrayList<>();
        AtomicLong count = new AtomicLong();
        COUNTING.set(count);
        RECORDING.set(statements);
        try {
            work.run();
        } finally {
            COUNTING.remove();
            RECORDING.remove();
        }
        return statements;
    }

    public static <T> T counting(AtomicLong into, Supplier<T> work) {
        COUNTING.set(into);
        try {
            return work.get();
        } finally {
            COUNTING.remove();
        }
    }

    /** Statements the current thread has executed so far through a wrapped data source. */
    public static long onThisThread() {
        return THREAD_TOTAL.get()[0];
    }

    /** Statements every HTTP request thread has executed so far through a wrapped data source. */
    public static long onRequestThreads() {
        return REQUEST_THREADS_TOTAL.sum();
    }

    /** The data source, counting the statements executed through it. */
    public static DataSource wrap(DataSource dataSource) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                forwarding(dataSource, (method, args, result) -> result instanceof Connection connection
                        ? connection(connection) : result));
    }

    private static Connection connection(Connection connection) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                forwarding(connection, (method, args, result) -> result instanceof Statement statement
                        ? statement(statement, args != null && args.length > 0 && args[0] instanceof String sql
                                ? sql : null) : result));
    }

    private static Object statement(Statement statement, String prepared) {
        Class<?>[] interfaces = statement instanceof java.sql.CallableStatement
                ? new Class<?>[] {java.sql.CallableStatement.class}
                : statement instanceof java.sql.PreparedStatement ? new Class<?>[] {java.sql.PreparedStatement.class}
                : new Class<?>[] {Statement.class};
        return Proxy.newProxyInstance(Statement.class.getClassLoader(), interfaces, (proxy, method, args) -> {
            if (method.getName().startsWith("execute")) {
                THREAD_TOTAL.get()[0]++;
                if (Thread.currentThread().getName().startsWith("http-nio")) {
                    REQUEST_THREADS_TOTAL.increment();
                }
                AtomicLong count = COUNTING.get();
                if (count != null) {
                    count.incrementAndGet();
                }
                List<String> recording = RECORDING.get();
                if (recording != null) {
                    String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : prepared;
                    recording.add((method.getName().equals("executeBatch") ? "[batch] " : "")
                            + (sql == null ? "?" : sql.replaceAll("\\s+", " ").trim()));
                }
            }
            return invoke(statement, method, args);
        });
    }

    @FunctionalInterface
    private interface Afterwards {
        Object apply(java.lang.reflect.Method method, Object[] args, Object result);
    }

    private static InvocationHandler forwarding(Object target, Afterwards afterwards) {
        return (proxy, method, args) -> {
            if (method.getName().equals("unwrap") && args != null && args[0] instanceof Class<?> type
                    && type.isInstance(target)) {
                return target;
            }
            return afterwards.apply(method, args, invoke(target, method, args));
        };
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** Wraps the application's data source. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        static BeanPostProcessor countingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource dataSource && !(Proxy.isProxyClass(bean.getClass()))
                            ? wrap(dataSource) : bean;
                }
            };
        }
    }
}
