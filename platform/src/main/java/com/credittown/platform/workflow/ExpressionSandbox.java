package com.credittown.platform.workflow;

import java.beans.FeatureDescriptor;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flowable.common.engine.api.variable.VariableContainer;
import org.flowable.common.engine.impl.context.Context;
import org.flowable.common.engine.impl.interceptor.CommandContext;
import org.flowable.common.engine.impl.javax.el.ELContext;
import org.flowable.common.engine.impl.javax.el.ELResolver;
import org.flowable.common.engine.impl.javax.el.MethodNotFoundException;
import org.flowable.common.engine.impl.javax.el.PropertyNotFoundException;
import org.flowable.common.engine.impl.javax.el.PropertyNotWritableException;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.impl.util.CommandContextUtil;
import org.flowable.engine.repository.Deployment;
import org.flowable.task.api.TaskInfo;

/**
 * The engine's own guard for processes the city did not write, independent of any check before deployment: in a
 * process whose deployment is not {@linkplain DeploymentCategory#isCityAuthored city-authored} (a tenant's design,
 * or anything deployed by another path, e.g. straight into the database), an expression reaches the case's variables
 * and only what an {@link ExpressionAllowance} names: no other bean by name, no property of any object, no method but
 * the allowed ones (so no {@code getClass()} and no reflection). Everything else fails the step with an unresolvable
 * expression. City processes resolve as before.
 *
 * <p>It sits among Flowable's expression resolvers after the case's variables and before the bean map, so it is asked
 * first about every bean name, every property and every method call. Whether the process is sandboxed is decided once
 * per evaluation from the execution or task the expression runs for; with no process to go by (e.g. a timer start
 * event evaluated at deployment), the expression is sandboxed.
 */
final class ExpressionSandbox extends ELResolver {

    private static final int REMEMBERED_DEPLOYMENTS = 1_000;

    private final List<ExpressionAllowance> allowances;
    /** Deployment id to whether it is sandboxed; a deployment's category never changes in this application. */
    private final Map<String, Boolean> sandboxedDeployments = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                    return size() > REMEMBERED_DEPLOYMENTS;
                }
            });

    ExpressionSandbox(List<ExpressionAllowance> allowances) {
        this.allowances = List.copyOf(allowances);
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        if (!sandboxed(context)) {
            return null;
        }
        if (base == null) {
            if (allowances.stream().anyMatch(a -> a.allowsBean(property))) {
                return null; // the engine's bean map resolves it
            }
            throw new PropertyNotFoundException("'" + property + "' is not a variable of the case, and a process "
                    + "designed by a tenant reaches nothing else");
        }
        throw new PropertyNotFoundException("a process designed by a tenant may not read '" + property + "' of a "
                + base.getClass().getName());
    }

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (!sandboxed(context) || allowances.stream().anyMatch(a -> a.allowsMethod(base, method))) {
            return null; // the engine's bean resolver calls it
        }
        throw new MethodNotFoundException("a process designed by a tenant may not call " + method + "() on a "
                + (base == null ? "null" : base.getClass().getName()));
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        if (base != null && sandboxed(context)) {
            throw new PropertyNotWritableException("a process designed by a tenant may not set '" + property
                    + "' of a " + base.getClass().getName());
        }
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return false;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
        return null;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }

    private boolean sandboxed(ELContext context) {
        Object known = context.getContext(ExpressionSandbox.class);
        if (known instanceof Boolean sandboxed) {
            return sandboxed;
        }
        boolean sandboxed = decide(context.getContext(VariableContainer.class));
        context.putContext(ExpressionSandbox.class, sandboxed);
        return sandboxed;
    }

    private boolean decide(Object container) {
        String definitionId = container instanceof DelegateExecution execution ? execution.getProcessDefinitionId()
                : container instanceof TaskInfo task ? task.getProcessDefinitionId() : null;
        CommandContext command = Context.getCommandContext();
        if (definitionId == null || command == null) {
            return true;
        }
        String deploymentId = CommandContextUtil.getProcessEngineConfiguration(command).getDeploymentManager()
                .findDeployedProcessDefinitionById(definitionId).getDeploymentId();
        Boolean known = sandboxedDeployments.get(deploymentId);
        if (known != null) {
            return known;
        }
        Deployment deployment = CommandContextUtil.getDeploymentEntityManager(command).findById(deploymentId);
        boolean sandboxed = deployment == null || !DeploymentCategory.isCityAuthored(deployment.getCategory());
        sandboxedDeployments.put(deploymentId, sandboxed);
        return sandboxed;
    }
}
