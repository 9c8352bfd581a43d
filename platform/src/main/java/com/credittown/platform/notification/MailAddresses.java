package com.credittown.platform.notification;

import java.util.Optional;

/**
 * The e-mail address of a user, where one is known. Only named users have addresses: a candidate group
 * ({@code officer}, {@code department:tax}) is notified in-app only. Throws when the directory cannot be asked
 * (the e-mail is then retried, not given up).
 */
public interface MailAddresses {

    Optional<String> of(String username);
}
