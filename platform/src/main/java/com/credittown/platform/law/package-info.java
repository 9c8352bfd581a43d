/**
 * The documents the product cites as legal bases (依据) and the one format a basis is written in
 * ({@code law/sources.json}, docs/citations.md): a citation of a listed document (number, optional 《title》, the
 * plan's sections, then nothing, verbatim quotations, or one of the document's points without quotation marks), or a
 * city or tenant setting. {@link com.credittown.platform.law.Citations#problems} says what is wrong with a basis.
 */
package com.credittown.platform.law;
