package com.credittown.workflows.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * One tenant's assessment ledger (考核台账) for one period: every figure computed from the tables the features keep,
 * never typed in. See docs/ledgers.md for each definition. {@code pending} names the figures not yet computed.
 *
 * @param tenant     the tenant's code, or {@code null} for the city's totals row
 * @param tenantName the tenant's Chinese name (合计 for the totals)
 */
public record TenantLedger(String tenant, String tenantName, String period, DoublePublicity doublePublicity,
                           SevereDishonesty severeDishonesty, Commitments commitments, Repairs repairs,
                           long starsSelected, Rectifications rectifications, Districts districts,
                           Supervision supervision, KeyTasks keyTasks, List<PendingFigure> pending) {

    /** Every figure of the ledger is computed now; the list stays for clients that read it. */
    public static final List<PendingFigure> PENDING = List.of();

    /**
     * 双公示 decisions taken in the period, how promptly they were published (limit: 7 working days), and the rows
     * the period's imports rejected. {@code compliantRate} is the plan's 数据总体达标率 (data quality overall, (二)):
     * rows published on time over every row submitted, rejected ones included; {@code timelyRate} is timeliness
     * alone (on time over published).
     */
    public record DoublePublicity(long total, long onTime, long late, long rejected, BigDecimal compliantRate,
                                  BigDecimal timelyRate, long workingDays, BigDecimal averageWorkingDays) {

        public static DoublePublicity of(long total, long onTime, long rejected, long workingDays) {
            return new DoublePublicity(total, onTime, total - onTime, rejected, ratio(onTime, total + rejected, 4),
                    ratio(onTime, total, 4), workingDays, ratio(workingDays, total, 2));
        }
    }

    /** Distinct subjects with a severe dishonesty record in publicity at the period's start and end. */
    public record SevereDishonesty(long atStart, long atEnd, long change) {

        public static SevereDishonesty of(long atStart, long atEnd) {
            return new SevereDishonesty(atStart, atEnd, atEnd - atStart);
        }
    }

    /** Credit commitments signed, verified (honoured or breached) and breached in the period. */
    public record Commitments(long signed, long verified, long breached) {
    }

    /** Credit repair applications received in the period, decided in it on time or late, and open at its end. */
    public record Repairs(long received, long decidedOnTime, long decidedLate, long openAtEnd) {
    }

    /** Government-dishonesty rectification cases open at the period's end, closed in it, and overdue at its end. */
    public record Rectifications(long openAtEnd, long closed, long overdueAtEnd) {
    }

    /**
     * Honest business districts (诚信商圈、街区、市场) existing at the period end by kind, their member shops at the
     * period end, shops admitted and removed in the period, and the members' ratings (红黄绿) as of the period's last
     * day (today for the current period).
     */
    public record Districts(long total, long malls, long streets, long markets, long memberShopsAtEnd,
                            long shopsAdmitted, long shopsRemoved, long shopsRed, long shopsYellow, long shopsGreen) {

        public static Districts of(long malls, long streets, long markets, long members, long admitted, long removed,
                            long red, long yellow, long green) {
            return new Districts(malls + streets + markets, malls, streets, markets, members, admitted, removed, red,
                    yellow, green);
        }
    }

    /**
     * The city office's notices, supervision requests and interview reminders (通知、督办、约谈提醒) to the tenant:
     * received in the period, handled in it on time or late, open at its end, and of those overdue.
     */
    public record Supervision(long received, long handledOnTime, long handledLate, long openAtEnd,
                              long overdueAtEnd) {
    }

    /**
     * Key tasks (重点任务) assigned to the tenant by the period end, by their status then: each copy in the state of
     * its latest revision before the period end, OVERDUE if not done and its deadline passed by then.
     */
    public record KeyTasks(long assigned, long notStarted, long inProgress, long done, long overdue) {
    }

    /** A figure of the ledger that is not computed yet, named so nobody reads a zero into it. */
    public record PendingFigure(String key, String nameZh, String reason) {
    }

    /** The city's totals over these ledgers: counts add up, rates are recomputed from the summed counts. */
    static TenantLedger totalOf(String period, List<TenantLedger> ledgers) {
        long total = 0, onTime = 0, rejected = 0, days = 0, severeStart = 0, severeEnd = 0, signed = 0, verified = 0, breached = 0;
        long received = 0, repairOnTime = 0, repairLate = 0, repairOpen = 0, stars = 0, open = 0, closed = 0,
                overdue = 0;
        long tasks = 0, tasksNotStarted = 0, tasksInProgress = 0, tasksDone = 0, tasksOverdue = 0;
        long notices = 0, handledOnTime = 0, handledLate = 0, noticesOpen = 0, noticesOverdue = 0;
        long malls = 0, streets = 0, markets = 0, members = 0, admitted = 0, removed = 0, red = 0, yellow = 0,
                green = 0;
        for (TenantLedger l : ledgers) {
            total += l.doublePublicity.total();
            onTime += l.doublePublicity.onTime();
            rejected += l.doublePublicity.rejected();
            days += l.doublePublicity.workingDays();
            severeStart += l.severeDishonesty.atStart();
            severeEnd += l.severeDishonesty.atEnd();
            signed += l.commitments.signed();
            verified += l.commitments.verified();
            breached += l.commitments.breached();
            received += l.repairs.received();
            repairOnTime += l.repairs.decidedOnTime();
            repairLate += l.repairs.decidedLate();
            repairOpen += l.repairs.openAtEnd();
            stars += l.starsSelected;
            open += l.rectifications.openAtEnd();
            closed += l.rectifications.closed();
            overdue += l.rectifications.overdueAtEnd();
            malls += l.districts.malls();
            streets += l.districts.streets();
            markets += l.districts.markets();
            members += l.districts.memberShopsAtEnd();
            admitted += l.districts.shopsAdmitted();
            removed += l.districts.shopsRemoved();
            red += l.districts.shopsRed();
            yellow += l.districts.shopsYellow();
            green += l.districts.shopsGreen();
            notices += l.supervision.received();
            handledOnTime += l.supervision.handledOnTime();
            handledLate += l.supervision.handledLate();
            noticesOpen += l.supervision.openAtEnd();
            noticesOverdue += l.supervision.overdueAtEnd();
            tasks += l.keyTasks.assigned();
            tasksNotStarted += l.keyTasks.notStarted();
            tasksInProgress += l.keyTasks.inProgress();
            tasksDone += l.keyTasks.done();
            tasksOverdue += l.keyTasks.overdue();
        }
        return new TenantLedger(null, "合计", period, DoublePublicity.of(total, onTime, rejected, days),
                SevereDishonesty.of(severeStart, severeEnd), new Commitments(signed, verified, breached),
                new Repairs(received, repairOnTime, repairLate, repairOpen), stars,
                new Rectifications(open, closed, overdue),
                Districts.of(malls, streets, markets, members, admitted, removed, red, yellow, green),
                new Supervision(notices, handledOnTime, handledLate, noticesOpen, noticesOverdue),
                new KeyTasks(tasks, tasksNotStarted, tasksInProgress, tasksDone, tasksOverdue), PENDING);
    }

    private static BigDecimal ratio(long part, long whole, int scale) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), scale, RoundingMode.HALF_UP);
    }
}
