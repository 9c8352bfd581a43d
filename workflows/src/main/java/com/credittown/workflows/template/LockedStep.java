package com.credittown.workflows.template;

/**
 * A step of a city template the city office locks ({@link TemplateStructure#locked()}): never removed or reordered.
 * Its basis is written as docs/citations.md says: a document's words only where the sources file checks them.
 *
 * @param parameter the locked or limited parameter that sets its deadline, if any
 */
public record LockedStep(String basis, String parameter) {
}
