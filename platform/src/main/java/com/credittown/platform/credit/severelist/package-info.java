/**
 * The severe-dishonesty list (严重失信主体名单, plan sections (九) and (十三) name the sector lists): a tenant that
 * recorded a subject's severe record proposes it, serves the prior notice (告知) with a statement-and-defence period
 * (陈述申辩), the subject states its case in the merchant portal, the city office decides, the entry is published
 * as a record of the city's archive ({@code RecordKind.SEVERE_LIST}: grade D, refused by every decision rule, on the
 * archive and public pages and in search) and removed at the end of the listed period or earlier with the reason
 * (also when the city office upholds an objection to the published entry, {@code credit.objection}).
 * Public API: {@link com.credittown.platform.credit.severelist.SevereList} and its views.
 * docs/processes/severe-dishonesty-list.md.
 */
package com.credittown.platform.credit.severelist;
