package com.credittown.platform.credit.cleanup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;

/**
 * What detection found for one item key: the findings in full (the item keeps the first {@value
 * CleanupItem#MAX_FINDINGS}) and their fingerprint, over the distinct values (and the archive's name for 重码): the
 * same values reported again leave it as it was; a new value changes it.
 */
record Detected(String key, String ownerTenant, CleanupKind kind, String source, String group, String archiveName,
                Long subjectId, List<Finding> findings) {

    String fingerprint() {
        TreeSet<String> values = new TreeSet<>();
        findings.forEach(f -> values.add(f.value()));
        String text = (archiveName == null ? "" : archiveName) + "\n" + String.join("\n", values);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The key of an item: its owner ("city" for none), its kind and its group, cut to the column. */
    static String key(String ownerTenant, CleanupKind kind, String source, String group) {
        String key = (ownerTenant == null ? "city" : ownerTenant) + "|" + kind + "|" + (source == null ? "" : source)
                + "|" + (group == null ? "" : group);
        return key.length() <= 400 ? key : key.substring(0, 400);
    }
}
