package com.credittown.platform.workflow;

import java.util.Map;
import java.util.Set;

/**
 * What the expressions of a sandboxed process may use besides its own variables: these beans, by name, and these
 * methods on instances of these types. A feature that generates such processes declares it as a bean; the
 * {@link ExpressionSandbox} admits the union of all of them and nothing else.
 */
public record ExpressionAllowance(Set<String> beans, Map<Class<?>, Set<String>> methods) {

    public ExpressionAllowance {
        beans = Set.copyOf(beans);
        methods = Map.copyOf(methods);
    }

    boolean allowsBean(Object name) {
        return beans.contains(name);
    }

    boolean allowsMethod(Object base, Object method) {
        return methods.entrySet().stream().anyMatch(m -> m.getKey().isInstance(base) && m.getValue().contains(method));
    }
}
