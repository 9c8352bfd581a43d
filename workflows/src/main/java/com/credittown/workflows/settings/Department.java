package com.credittown.workflows.settings;

import com.credittown.platform.tenancy.TenantScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A department of the tenant (部门) whose reviewers co-review cases: code for routing, name for people. */
@Entity
@Table(name = "tenant_department")
class Department extends TenantScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "code", nullable = false, length = 50)
    private String code;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    protected Department() {
    }

    Department(String code, String name) {
        this.code = code;
        this.name = name;
    }

    String code() { return code; }
    String name() { return name; }

    void rename(String newName) {
        this.name = newName;
    }
}
