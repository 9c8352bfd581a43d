package com.credittown.workflows.dashboard;

/**
 * One cell of the overdue heat map: a tenant's open user tasks at one step of one process that are past their due
 * date, and by how many working days (city calendar).
 *
 * @param overdueTasks    open tasks at the step whose due date has passed
 * @param maxDaysOverdue  the most working days any of them is overdue
 * @param sumDaysOverdue  the working days overdue added over them
 * @param calendarFlagged whether a day counted fell in a year with no calendar entered (Monday to Friday assumed)
 */
public record HeatCell(String tenant, String tenantName, String processKey, String stepKey, String stepName,
                       long overdueTasks, int maxDaysOverdue, long sumDaysOverdue, boolean calendarFlagged) {
}
