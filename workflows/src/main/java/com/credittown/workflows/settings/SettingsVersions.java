package com.credittown.workflows.settings;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** The current tenant's settings versions, newest first. */
interface SettingsVersions extends Repository<SettingsVersion, Long> {
    SettingsVersion save(SettingsVersion version);
    List<SettingsVersion> findAllByOrderByVersionDesc();
    Optional<SettingsVersion> findFirstByOrderByVersionDesc();
}
