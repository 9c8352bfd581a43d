package com.credittown.workflows.inspection;

import com.credittown.platform.tenancy.TenantScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A tenant's drawn inspection plan for one period: what was drawn from (the population's rule and its size per
 * grade), with which ratios and seed, and by whom; its subjects are {@link InspectionItem}s. Never changed once drawn,
 * so the draw can be repeated from what it records.
 */
@Entity
@Table(name = "inspection_plan")
class InspectionPlan extends TenantScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, length = 200)
    private String title;
    @Column(name = "period_from", nullable = false, updatable = false)
    private LocalDate periodFrom;
    @Column(name = "period_to", nullable = false, updatable = false)
    private LocalDate periodTo;
    @Column(name = "population_rule", nullable = false, updatable = false, length = 300)
    private String populationRule;
    /** The population's size per grade, "A:n,B:n,C:n,D:n". */
    @Column(name = "population_sizes", nullable = false, updatable = false, length = 100)
    private String populationSizes;
    /** The ratios applied, percent per grade, "A:5,B:20,C:60,D:100". */
    @Column(name = "ratios", nullable = false, updatable = false, length = 100)
    private String ratios;
    /** Whose ratio each grade applied, "A:CITY,B:TENANT,C:CITY,D:CITY"; null on plans drawn before overrides. */
    @Column(name = "ratio_sources", updatable = false, length = 100)
    private String ratioSources;
    @Column(name = "seed", nullable = false, updatable = false)
    private long seed;
    @Column(name = "inspectors", nullable = false, updatable = false, length = 2000)
    private String inspectors;
    @Column(name = "drawn_at", nullable = false, updatable = false)
    private Instant drawnAt;
    @Column(name = "drawn_by", nullable = false, updatable = false, length = 120)
    private String drawnBy;

    protected InspectionPlan() {
    }

    InspectionPlan(String title, LocalDate periodFrom, LocalDate periodTo, String populationRule,
                   String populationSizes, String ratios, String ratioSources, long seed, String inspectors,
                   Instant drawnAt, String drawnBy) {
        this.title = title;
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
        this.populationRule = populationRule;
        this.populationSizes = populationSizes;
        this.ratios = ratios;
        this.ratioSources = ratioSources;
        this.seed = seed;
        this.inspectors = inspectors;
        this.drawnAt = drawnAt;
        this.drawnBy = drawnBy;
    }

    Long id() { return id; }
    String title() { return title; }
    LocalDate periodFrom() { return periodFrom; }
    LocalDate periodTo() { return periodTo; }
    String populationRule() { return populationRule; }
    String populationSizes() { return populationSizes; }
    String ratios() { return ratios; }
    String ratioSources() { return ratioSources; }
    long seed() { return seed; }
    String inspectors() { return inspectors; }
    Instant drawnAt() { return drawnAt; }
    String drawnBy() { return drawnBy; }
}
