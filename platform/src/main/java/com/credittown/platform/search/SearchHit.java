package com.credittown.platform.search;

/** What every search hit has: the tenant it belongs to and the UI route it links to. */
public interface SearchHit {

    /** The tenant's code, e.g. {@code humen}. */
    String tenant();

    /** The UI route of the hit's page, e.g. {@code tenants/humen/subjects/42} or {@code tenants/humen/cases/<id>}. */
    String link();
}
