/**
 * Natural persons (自然人) as credit subjects: the resident identity card number ({@link
 * com.credittown.platform.credit.person.ResidentIdNumber}), the SM4/HMAC-SM3 protection of their identifying data
 * ({@link com.credittown.platform.credit.person.PersonDataCipher}), the masks ({@link
 * com.credittown.platform.credit.person.PersonMasks}) and the audited clear reads ({@link
 * com.credittown.platform.credit.person.NaturalPersons}). See docs/personal-data.md.
 */
package com.credittown.platform.credit.person;
