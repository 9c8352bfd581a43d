package com.credittown.workflows.cases;

import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantNames;
import com.credittown.platform.workflow.ProcessVersion;
import com.credittown.platform.workflow.TenantProcesses;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The name of a process as a user reads it: a city template's or internal process's from its {@code *.names.json}
 * (Chinese by default, English for users who chose English); a tenant's own designed process keeps the name the
 * tenant gave it (its published definition's name); an unknown key reads as itself. The one place every page asks.
 */
@Component
public class ProcessNames {

    private final ProcessTexts texts;
    private final TenantProcesses processes;

    ProcessNames(ProcessTexts texts, TenantProcesses processes) {
        this.texts = texts;
        this.processes = processes;
    }

    public String of(String processKey, Locale locale) {
        var names = texts.process(processKey);
        if (names.isPresent()) {
            return names.get().in(TenantNames.english(locale) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
        }
        if (processKey != null && TenantContext.current().isPresent()) {
            return processes.latest(processKey).map(ProcessVersion::name)
                    .filter(name -> !name.isBlank()).orElse(processKey);
        }
        return processKey;
    }
}
