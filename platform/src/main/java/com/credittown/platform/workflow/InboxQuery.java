package com.credittown.platform.workflow;

/**
 * What the inbox asks for: which tasks ({@link Scope}), of which process, containing which text, in which order.
 *
 * @param processKey null or blank for every process
 * @param text       null or blank for no text filter; matched against the step name and the subject's name
 */
public record InboxQuery(Scope scope, String processKey, String text, Order order) {

    public InboxQuery {
        scope = scope == null ? Scope.ALL : scope;
        order = order == null ? Order.NEWEST : order;
        processKey = processKey == null || processKey.isBlank() ? null : processKey.trim();
        text = text == null || text.isBlank() ? null : text.trim();
    }

    public static InboxQuery all() {
        return new InboxQuery(Scope.ALL, null, null, Order.NEWEST);
    }

    /** Which of the tasks the caller may see. */
    public enum Scope {
        /** assigned to the caller */
        MINE,
        /** unassigned, offered to one of the caller's candidate groups */
        GROUPS,
        /** past their deadline */
        OVERDUE,
        /** every task the caller may see (for the city office: every task of the tenant) */
        ALL
    }

    /** The order of the inbox. */
    public enum Order {
        NEWEST, OLDEST, DUE_FIRST, DUE_LAST
    }
}
