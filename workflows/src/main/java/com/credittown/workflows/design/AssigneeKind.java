package com.credittown.workflows.design;

/** How a step's {@link Assignee} is chosen. */
public enum AssigneeKind { ROLE, DEPARTMENT, USER }
