package com.credittown.platform.workflow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEventListener;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;

/**
 * How a feature hooks into the engine's events: a typed listener added by a configurer bean (keeping the listeners
 * other features added), running inside the engine's command and so in its transaction.
 */
public final class EngineListeners {

    private EngineListeners() {
    }

    /** A configurer that adds the listener for these event types. */
    public static EngineConfigurationConfigurer<SpringProcessEngineConfiguration> typed(
            FlowableEventListener listener, Set<FlowableEngineEventType> events) {
        return configuration -> {
            Map<String, List<FlowableEventListener>> typed = configuration.getTypedEventListeners() == null
                    ? new HashMap<>() : new HashMap<>(configuration.getTypedEventListeners());
            for (FlowableEngineEventType type : events) {
                List<FlowableEventListener> listeners = new ArrayList<>(typed.getOrDefault(type.name(), List.of()));
                listeners.add(listener);
                typed.put(type.name(), listeners);
            }
            configuration.setTypedEventListeners(typed);
        };
    }

    /** A listener that runs in the engine's transaction: its failure rolls the engine's command back. */
    public abstract static class InTransaction implements FlowableEventListener {

        @Override
        public boolean isFailOnException() {
            return true;
        }

        @Override
        public boolean isFireOnTransactionLifecycleEvent() {
            return false;
        }

        @Override
        public String getOnTransaction() {
            return null;
        }
    }
}
