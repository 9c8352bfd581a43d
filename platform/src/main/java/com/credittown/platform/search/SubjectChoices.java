package com.credittown.platform.search;

import com.credittown.platform.credit.CreditSubjectRegistry;
import com.credittown.platform.credit.SubjectKind;
import com.credittown.platform.web.InvalidInputException;
import java.util.List;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * The current tenant's credit subjects a form's subject picker offers for what the user typed (a part of the name
 * or the start of the code). The tenant-filtered search index answers first; when Elasticsearch is down (or has not
 * indexed the subject yet) the credit archive in the database answers, so a workflow never waits for search.
 * Natural persons have no unified social credit code and are not offered.
 */
@Service
public class SubjectChoices {

    private static final Logger LOG = LoggerFactory.getLogger(SubjectChoices.class);
    /** The most choices one lookup offers. */
    public static final int MAX = 20;

    private final BiFunction<String, Integer, List<SubjectChoice>> index;
    private final BiFunction<String, Integer, List<SubjectChoice>> archive;

    @Autowired
    SubjectChoices(SubjectSearch search, CreditSubjectRegistry registry) {
        this((text, size) -> search.search(text, 0, size).items().stream()
                        .filter(hit -> !SubjectKind.NATURAL_PERSON.name().equals(hit.kind()) && hit.code() != null)
                        .map(hit -> new SubjectChoice(hit.code(), hit.name())).toList(),
                (text, size) -> registry.candidates(text, size).stream()
                        .map(view -> new SubjectChoice(view.code(), view.name())).toList());
    }

    SubjectChoices(BiFunction<String, Integer, List<SubjectChoice>> index,
                   BiFunction<String, Integer, List<SubjectChoice>> archive) {
        this.index = index;
        this.archive = archive;
    }

    /** At most {@code limit} (up to {@link #MAX}) choices; none for blank or over-long text. */
    public List<SubjectChoice> find(String typed, int limit) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty() || text.length() > 100 || limit < 1) {
            return List.of();
        }
        int size = Math.min(limit, MAX);
        try {
            List<SubjectChoice> indexed = index.apply(text, size);
            if (!indexed.isEmpty()) {
                return indexed;
            }
        } catch (InvalidInputException notAQuery) {
            return List.of();
        } catch (SearchDegradedException down) {
            LOG.info("Subject picker answered from the archive, search is degraded: {}", down.getMessage());
        } catch (RuntimeException broken) {
            LOG.warn("Subject picker answered from the archive, search failed", broken);
        }
        return archive.apply(text, size);
    }
}
