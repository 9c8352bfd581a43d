package com.credittown.workflows.form;

import java.util.Optional;

/**
 * Another place forms come from besides the shipped JSON files, e.g. the forms of a tenant's published process
 * designs. {@link FormDefinitions} asks each source for a key it does not ship itself.
 */
public interface FormSource {

    Optional<FormDefinition> find(String key);
}
