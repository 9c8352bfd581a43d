package com.credittown.workflows.settings;

import com.credittown.platform.tenancy.TenantScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The tenant's contact details: one row per tenant. */
@Entity
@Table(name = "tenant_contact")
class TenantContact extends TenantScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "office_name", nullable = false, length = 100)
    private String officeName;

    @Column(name = "address", nullable = false, length = 300)
    private String address;

    @Column(name = "phone", nullable = false, length = 30)
    private String phone;

    @Column(name = "email", nullable = false, length = 254)
    private String email;

    protected TenantContact() {
    }

    TenantContact(ContactDetails details) {
        update(details);
    }

    void update(ContactDetails details) {
        this.officeName = details.officeName();
        this.address = details.address();
        this.phone = details.phone();
        this.email = details.email();
    }

    ContactDetails details() {
        return new ContactDetails(officeName, address, phone, email);
    }
}
