package com.credittown.workflows.template;

/**
 * A step of a city template the law requires ({@link TemplateStructure#locked()}): never removed or reordered.
 *
 * @param parameter the locked or limited parameter that sets its deadline, if any
 */
public record LockedStep(String basis, String parameter) {
}
