package com.credittown.platform.audit;

import java.util.Optional;

/**
 * What verifying one audit chain found.
 *
 * @param chain      the tenant's code, or {@link ChainedEntry#CITY}
 * @param entries    how many entries the chain holds
 * @param headSeq    the last position the chain's head records
 * @param headHash   the last hash the chain's head records: note it outside the database to detect a rewritten chain
 * @param firstBreak the first position where the chain is broken, if any
 */
public record ChainStatus(String chain, long entries, long headSeq, String headHash, Optional<ChainBreak> firstBreak) {

    public boolean intact() {
        return firstBreak.isEmpty();
    }
}
