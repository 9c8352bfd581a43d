package com.credittown.platform.credit.severelist;

import com.credittown.platform.identity.Allowed;
import com.credittown.platform.identity.Permission;
import com.credittown.platform.web.ConflictException;
import com.credittown.platform.web.InvalidInputException;
import com.credittown.platform.web.NotFoundException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The severe-dishonesty list (严重失信主体名单): proposal by the tenant that recorded the subject's severe record(s)
 * (谁认定), prior notice with a statement-and-defence period in working days, the subject's statement, the city
 * office's inclusion decision, publication as an archive record, and removal with its reason (also when an objection
 * to the published entry is upheld), and correction of a published entry by the city office (更正). Every step is
 * audited. Who may call what is said here; the steps are {@link ListProposals}, {@link ListStatements},
 * {@link ListDecisions}, {@link ListCorrections} and {@link ListEntryReader}.
 */
@Service
public class SevereList {

    static final String AUDIT_SUBJECT = "severe-list-entry";
    static final int MAX_TEXT = 2000;
    static final int MAX_STATEMENT = 4000;

    private final ListProposals proposals;
    private final ListStatements statements;
    private final ListDecisions decisions;
    private final ListEntryReader reader;
    private final ListCorrections corrections;

    SevereList(ListProposals proposals, ListStatements statements, ListDecisions decisions, ListEntryReader reader,
               ListCorrections corrections) {
        this.proposals = proposals;
        this.statements = statements;
        this.decisions = decisions;
        this.reader = reader;
        this.corrections = corrections;
    }

    /** What a proposal says. */
    public record Proposal(Long subjectId, List<Long> recordIds, String department, String grounds,
                           String legalBasis) {
    }

    /**
     * Proposes the subject for the list, citing severe records the caller's tenant recorded that are still in
     * publicity.
     *
     * @throws InvalidInputException naming each invalid field ({@code recordIds}: none cited, not severe, not in
     *                               publicity, another subject's)
     * @throws com.credittown.platform.web.ForbiddenException if a cited record was recorded by another authority
     * @throws NotFoundException     if the subject or a record is not one the caller may see
     * @throws ConflictException     if the subject already has an open proposal or is on the list
     */
    @Allowed(Permission.SEVERE_LIST_PROPOSE)
    @Transactional
    public ListEntryView propose(Proposal proposal, String actor) {
        return proposals.propose(proposal, actor);
    }

    /**
     * Serves the prior notice (告知) on the subject: the statement-and-defence period runs from the next working day
     * for the city's setting of working days.
     */
    @Allowed(Permission.SEVERE_LIST_PROPOSE)
    @Transactional
    public ListEntryView serveNotice(long entryId, String actor) {
        return proposals.serveNotice(entryId, actor);
    }

    /** The proposing tenant withdraws its proposal before the city office decides, with the reason. */
    @Allowed(Permission.SEVERE_LIST_PROPOSE)
    @Transactional
    public ListEntryView withdraw(long entryId, String reason, String actor) {
        return proposals.withdraw(entryId, reason, actor);
    }

    /** The caller's tenant's proposals, newest first. */
    @Allowed(Permission.SEVERE_LIST_PROPOSE)
    @Transactional(readOnly = true)
    public List<ListEntryView> ownProposals() {
        return proposals.ownProposals();
    }

    /** One of the caller's tenant's proposals. */
    @Allowed(Permission.SEVERE_LIST_PROPOSE)
    @Transactional(readOnly = true)
    public ListEntryView ownProposal(long entryId) {
        return reader.view(proposals.requireOwn(entryId));
    }

    /** The notices served on the merchant's own subject (a proposal not yet notified is not shown), newest first. */
    @Allowed(Permission.MERCHANT_PORTAL)
    @Transactional(readOnly = true)
    public List<ListEntryView> myNotices() {
        return statements.myNotices();
    }

    /**
     * The subject's statement and defence (陈述申辩) on a notice served on it, within the period.
     *
     * @throws NotFoundException if the notice is not about the merchant's own subject
     * @throws ConflictException if the period has ended or a statement was made already
     */
    @Allowed(Permission.MERCHANT_PORTAL)
    public ListEntryView submitStatement(long entryId, String statement, String actor) {
        return statements.submitStatement(entryId, statement, actor);
    }

    /** Every proposal of every tenant for the city office, newest first; optionally only those in one status. */
    @Allowed(Permission.SEVERE_LIST_DECIDE)
    @Transactional(readOnly = true)
    public List<ListEntryView> all(ListingStatus status) {
        return reader.all(status);
    }

    /** What the city office decides on a proposal. */
    public record Decision(Boolean include, String reason, LocalDate listedUntil) {
    }

    /**
     * The city office's decision, once the subject's statement is in or the period has passed: include (the entry
     * record is published in the archive until {@code listedUntil}, by default the city's listed period) or decline.
     * Written in the proposing tenant's trail and archive (it owns the entry), in one transaction.
     */
    @Allowed(Permission.SEVERE_LIST_DECIDE)
    public ListEntryView decide(long entryId, Decision decision, String actor) {
        return decisions.decide(entryId, decision, actor);
    }

    /**
     * Removes a listed subject before its period ends (credit repaired, or the decision revoked), with the reason:
     * the entry record's publicity ends and the subject is regraded.
     */
    @Allowed(Permission.SEVERE_LIST_DECIDE)
    public ListEntryView remove(long entryId, RemovalReason reason, String note, String actor) {
        return decisions.remove(entryId, reason, note, actor);
    }

    /**
     * The listed entry whose archive record is {@code recordId}, for the city office answering an objection to it
     * (the objection names the record); empty if the record is no listed entry's.
     */
    @Allowed(Permission.SEVERE_LIST_DECIDE)
    @Transactional(readOnly = true)
    public Optional<ListEntryView> listedEntryOf(long recordId) {
        return reader.listedEntryOf(recordId);
    }

    /**
     * What a correction of a published entry says: the corrected department, grounds (the facts), legal basis and
     * last day of the listed period; what is not given stays as it is.
     */
    public record Correction(String department, String grounds, String legalBasis, LocalDate listedUntil) {
    }

    /**
     * The city office, which decided the inclusion, corrects a listed entry (更正) with the reason: the entry says the
     * corrected facts from now (also on the public list), a corrected list record replaces its record in the archive
     * (the replaced one ends {@code CORRECTED}), the subject is regraded. A different subject or other records need a
     * new proposal.
     *
     * @throws InvalidInputException naming each invalid field ({@code correction}: nothing or nothing new given;
     *                               {@code listedUntil}: not after today or beyond the city's longest period)
     * @throws ConflictException     if the entry is not listed, or an objection to it is examined (its decision
     *                               corrects it then)
     */
    @Allowed(Permission.SEVERE_LIST_DECIDE)
    public ListEntryView correct(long entryId, Correction correction, String reason, String actor) {
        return corrections.correct(entryId, correction, reason, actor);
    }

    /**
     * The city office upheld in part an objection (异议申诉) to the listed entry whose record is {@code recordId} and
     * corrects the entry rather than removing it. For {@code credit.objection}, in the objection's transaction (the
     * proposing tenant's context); the replaced record ends {@code REVOKED_ON_OBJECTION}.
     *
     * @return the corrected record's id
     */
    @Allowed(Permission.SEVERE_LIST_DECIDE)
    @Transactional
    public long correctOnObjection(long recordId, long objectionId, Correction correction, String reason,
                                   String actor) {
        return corrections.correctOnObjection(recordId, objectionId, correction, reason, actor);
    }

    /**
     * The city office upheld an objection (异议申诉) to the published entry whose record is {@code recordId}: the
     * subject leaves the list (DECISION_REVOKED), audited on the entry. For {@code credit.objection}, which then ends
     * the record in the same transaction (the proposing tenant's context); nothing happens to an entry no longer listed.
     */
    @Allowed(Permission.SEVERE_LIST_DECIDE)
    @Transactional
    public void removeOnObjection(long recordId, long objectionId, String reason, String actor) {
        decisions.removeOnObjection(recordId, objectionId, reason, actor);
    }

    /**
     * The subjects on the list now, for officers of every tenant (the list is published); an entry whose record is
     * under objection with its effect suspended only for its proposer and the city office.
     */
    @Allowed(Permission.SEVERE_LIST_READ)
    @Transactional(readOnly = true)
    public List<ListEntryView> listed() {
        return reader.listed();
    }

    /**
     * The list as the public pages show it: market entities, government bodies and institutions on it now (not while
     * an objection to the entry suspends its effect).
     */
    @Allowed(Permission.PUBLIC)
    @Transactional(readOnly = true)
    public List<PublicListing> publicList() {
        return reader.publicList();
    }
}
