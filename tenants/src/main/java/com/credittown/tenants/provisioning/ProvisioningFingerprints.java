package com.credittown.tenants.provisioning;

import com.credittown.tenants.catalogue.CatalogueEntry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * What a tenant's provisioning depends on, as one SHA-256 (hex): its catalogue row (code, names, kind), the names of
 * the provisioning steps in order, and the content of the classpath resources provisioning reads (the city's templates
 * and their versions, internal processes, default settings, demo users, the tenant's own template seeds). The same
 * fingerprint as at the tenant's last complete provisioning means running the steps again would change nothing.
 * Every resource is read when the instance is made (once per provisioning run): a {@code {tenant}} pattern is looked
 * up once with a wildcard for the tenant and its resources grouped by tenant (one class path scan, not one per tenant).
 */
final class ProvisioningFingerprints {

    static final String TENANT = "{tenant}";

    private final List<String> stepNames;
    private final ResourcePatternResolver resources;
    private final String cityWide;
    /** Per {@code {tenant}} pattern: the digest of each tenant's resources (tenants without any are left out). */
    private final Map<String, Map<String, String>> byTenant = new LinkedHashMap<>();

    ProvisioningFingerprints(List<String> stepNames, List<String> patterns, ResourcePatternResolver resources) {
        this.stepNames = List.copyOf(stepNames);
        this.resources = resources;
        this.cityWide = digestOf(patterns.stream().filter(p -> !p.contains(TENANT)).toList());
        patterns.stream().filter(p -> p.contains(TENANT)).forEach(p -> byTenant.put(p, grouped(p)));
    }

    /** The tenant's fingerprint. */
    String of(CatalogueEntry entry) {
        String code = entry.id().code();
        MessageDigest sha = sha256();
        update(sha, "tenant", code, entry.nameZh(), String.valueOf(entry.nameEn()), entry.kind().name());
        update(sha, "steps");
        stepNames.forEach(name -> update(sha, name));
        update(sha, "city", cityWide);
        byTenant.forEach((pattern, digests) -> update(sha, "pattern", pattern, digests.getOrDefault(code, "")));
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The resources of a {@code {tenant}} pattern, digested by tenant: the path segment where {@code {tenant}} stands. */
    private Map<String, String> grouped(String pattern) {
        String before = pattern.substring(pattern.indexOf(':') + 1, pattern.indexOf(TENANT));
        Map<String, List<Resource>> found = new HashMap<>();
        for (Resource resource : find(pattern.replace(TENANT, "*"))) {
            String url = urlOf(resource);
            int start = url.lastIndexOf(before);
            int end = start < 0 ? -1 : url.indexOf('/', start + before.length());
            if (end > 0) {
                found.computeIfAbsent(url.substring(start + before.length(), end), code -> new ArrayList<>())
                        .add(resource);
            }
        }
        Map<String, String> digests = new HashMap<>();
        found.forEach((code, own) -> {
            MessageDigest sha = sha256();
            for (Resource resource : own) {
                update(sha, nameOf(resource));
                sha.update(contentOf(resource));
            }
            digests.put(code, HexFormat.of().formatHex(sha.digest()));
        });
        return digests;
    }

    private Resource[] find(String location) {
        try {
            Resource[] found = resources.getResources(location);
            Arrays.sort(found, Comparator.comparing(ProvisioningFingerprints::nameOf)
                    .thenComparing(ProvisioningFingerprints::urlOf));
            return Arrays.stream(found).filter(Resource::isReadable).toArray(Resource[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read provisioning resources " + location, e);
        }
    }

    private static String urlOf(Resource resource) {
        try {
            return resource.getURL().toString();
        } catch (IOException e) {
            return resource.getDescription();
        }
    }

    private static byte[] contentOf(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource.getDescription(), e);
        }
    }

    /** Each matching resource's name and content, in a stable order. */
    private String digestOf(List<String> locations) {
        MessageDigest sha = sha256();
        for (String location : locations) {
            update(sha, "pattern", location);
            for (Resource resource : find(location)) {
                update(sha, nameOf(resource));
                sha.update(contentOf(resource));
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static String nameOf(Resource resource) {
        String name = resource.getFilename();
        return name == null ? resource.getDescription() : name;
    }

    private static void update(MessageDigest sha, String... parts) {
        for (String part : parts) {
            sha.update(part.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
