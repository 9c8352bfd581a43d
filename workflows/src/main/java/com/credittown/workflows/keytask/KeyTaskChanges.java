package com.credittown.workflows.keytask;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** What a tenant's update changes in its copy of a key task (the revision's text). */
final class KeyTaskChanges {

    private KeyTaskChanges() {
    }

    /** The changes an update makes, one {@code field: old -> new} each, joined by "; " (empty: nothing changes). */
    static String of(KeyTaskAssignment copy, String owner, KeyTaskState state, String note, LocalDate completedOn) {
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(copy.ownerPerson(), owner)) {
            changed.add("ownerPerson: " + show(copy.ownerPerson()) + " -> " + show(owner));
        }
        if (copy.state() != state) {
            changed.add("status: " + copy.state() + " -> " + state);
        }
        if (!Objects.equals(copy.progressNote(), note)) {
            changed.add("progressNote: " + show(copy.progressNote()) + " -> " + show(note));
        }
        if (!Objects.equals(copy.completedOn(), completedOn)) {
            changed.add("completedOn: " + show(copy.completedOn()) + " -> " + show(completedOn));
        }
        return String.join("; ", changed);
    }

    private static String show(Object value) {
        return value == null ? "–" : value.toString();
    }
}
