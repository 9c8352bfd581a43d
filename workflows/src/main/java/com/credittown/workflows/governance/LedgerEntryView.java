package com.credittown.workflows.governance;

import java.time.LocalDate;
import java.util.List;

/**
 * An entity on a tenant's governance ledger with its interviews and follow-ups.
 *
 * @param basisRecords the severe records that put it on the ledger, as the archive described them at the last update
 * @param listed       the tenant's severe-dishonesty list entry is among them
 * @param escalation   what the city's escalation setting asks now ({@link Escalation})
 * @param nextFollowUp the follow-up day of the last interview, if any
 */
public record LedgerEntryView(long id, String tenant, long subjectId, String subjectCode, String subjectName,
                              LocalDate enteredOn, String basisRecords, boolean listed, EntryStatus status,
                              LocalDate exitedOn, Rectification rectification, LocalDate rectifiedOn,
                              Escalation escalation, LocalDate nextFollowUp, long version,
                              List<InterviewView> interviews, List<FollowUpView> followUps) {
}
