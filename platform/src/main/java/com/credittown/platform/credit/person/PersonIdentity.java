package com.credittown.platform.credit.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The identifying data of a natural person who is a credit subject: the ID number and the name only encrypted
 * (SM4), the ID number's keyed hash (HMAC-SM3) for lookups, and the masked ID number everyone may see.
 * Written once, never changed.
 */
@Entity
@Table(name = "person_identity")
class PersonIdentity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The tenant that registered the person: part of the ciphertexts' associated data, so it never changes. */
    @Column(name = "registered_by", nullable = false, updatable = false, length = 40)
    private String registeredBy;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private long subjectId;

    @Column(name = "id_number_hash", nullable = false, updatable = false, length = 64)
    private String idNumberHash;

    @Column(name = "id_number_cipher", nullable = false, updatable = false, length = 100)
    private String idNumberCipher;

    @Column(name = "id_number_masked", nullable = false, updatable = false, length = 18)
    private String idNumberMasked;

    @Column(name = "name_cipher", nullable = false, updatable = false, length = 1200)
    private String nameCipher;

    protected PersonIdentity() {
    }

    PersonIdentity(String registeredBy, long subjectId, String idNumberHash, String idNumberCipher,
                   String idNumberMasked, String nameCipher) {
        this.registeredBy = registeredBy;
        this.subjectId = subjectId;
        this.idNumberHash = idNumberHash;
        this.idNumberCipher = idNumberCipher;
        this.idNumberMasked = idNumberMasked;
        this.nameCipher = nameCipher;
    }

    String registeredBy() {
        return registeredBy;
    }

    long subjectId() {
        return subjectId;
    }

    String idNumberCipher() {
        return idNumberCipher;
    }

    String idNumberMasked() {
        return idNumberMasked;
    }

    String nameCipher() {
        return nameCipher;
    }
}
