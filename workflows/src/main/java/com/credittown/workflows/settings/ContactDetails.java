package com.credittown.workflows.settings;

/** A tenant's contact details as users enter and see them. */
public record ContactDetails(String officeName, String address, String phone, String email) {
}
