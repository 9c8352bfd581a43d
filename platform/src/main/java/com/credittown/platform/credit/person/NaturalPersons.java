package com.credittown.platform.credit.person;

import com.credittown.platform.identity.AccessEvents;
import com.credittown.platform.identity.AccessKind;
import com.credittown.platform.identity.CurrentUser;
import com.credittown.platform.identity.CurrentUsers;
import com.credittown.platform.tenancy.TenantContext;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Natural persons' identifying data: stored only encrypted, found by the ID number's keyed hash, and shown in clear
 * only to the roles of {@code credittown.credit.person.readers}, every such read written to the security log
 * ({@link AccessKind#PERSON_READ}) in the reading transaction (if the log cannot be written, the read
 * fails). Everyone else sees the masks of {@link PersonMasks}.
 */
@Service
public class NaturalPersons {

    private static final String ID_NUMBER = "id-number";
    private static final String NAME = "name";

    private final PersonIdentities identities;
    private final PersonDataCipher cipher;
    private final PersonDataSettings settings;
    private final AccessEvents accessEvents;

    NaturalPersons(PersonIdentities identities, PersonDataCipher cipher, PersonDataSettings settings,
                   AccessEvents accessEvents) {
        this.identities = identities;
        this.cipher = cipher;
        this.settings = settings;
        this.accessEvents = accessEvents;
    }

    /** The subject registered in the city's archive with this ID number, if any (found by its keyed hash). */
    @Transactional(readOnly = true)
    public Optional<Long> subjectWith(ResidentIdNumber number) {
        return identities.findByIdNumberHash(cipher.lookupHash(number)).map(PersonIdentity::subjectId);
    }

    /**
     * Stores a person's ID number and name encrypted for the subject, in the caller's transaction.
     *
     * @throws org.springframework.dao.DataIntegrityViolationException if the city's archive already has this ID number
     *         (the unique index on the keyed hash)
     */
    @Transactional
    public void store(long subjectId, ResidentIdNumber number, String name) {
        String tenant = TenantContext.require().code();
        identities.saveAndFlush(new PersonIdentity(tenant, subjectId, cipher.lookupHash(number),
                cipher.encrypt(number.value(), context(tenant, subjectId, ID_NUMBER)), number.masked(),
                cipher.encrypt(name.strip(), context(tenant, subjectId, NAME))));
    }

    /**
     * What the current user sees of the person of this subject: the clear ID number and name if they hold a reader
     * role (and the read is logged for them), otherwise the masks.
     *
     * @param maskedName the masked name kept with the subject, shown when the caller is not a reader
     */
    @Transactional
    public Shown show(long subjectId, String maskedName) {
        Optional<PersonIdentity> identity = identities.findBySubjectId(subjectId);
        if (identity.isEmpty()) {
            return new Shown(PersonMasks.idNumber(null), maskedName, false);
        }
        PersonIdentity person = identity.get();
        Optional<CurrentUser> reader = CurrentUsers.current().filter(this::isReader);
        if (reader.isEmpty()) {
            return new Shown(person.idNumberMasked(), maskedName, false);
        }
        String tenant = person.registeredBy();
        accessEvents.record(AccessKind.PERSON_READ, reader.get().username(), Optional.of(tenant),
                "subject " + subjectId);
        return new Shown(cipher.decrypt(person.idNumberCipher(), context(tenant, subjectId, ID_NUMBER)),
                cipher.decrypt(person.nameCipher(), context(tenant, subjectId, NAME)), true);
    }

    /** Whether this user sees persons' data in clear. */
    public boolean isReader(CurrentUser user) {
        return settings.readers().stream().anyMatch(user::has);
    }

    /** The associated data of a ciphertext: a value only decrypts in its own tenant, subject and field. */
    private static String context(String tenant, long subjectId, String field) {
        return "credittown:person:" + tenant + ":" + subjectId + ":" + field;
    }

    /**
     * A person as shown to one caller.
     *
     * @param clear whether the values are in clear (the caller is a reader and the read was logged)
     */
    public record Shown(String idNumber, String name, boolean clear) {
    }
}
