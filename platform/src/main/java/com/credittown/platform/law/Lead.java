package com.credittown.platform.law;

import java.util.List;
import java.util.Map;

/**
 * The documents a basis part begins with, the article named beside each (by document id, see {@link Articles}), where
 * their numbers, titles and articles end, and what is wrong with the titles and articles.
 */
record Lead(List<LegalDocument> documents, Map<String, String> articles, int end, List<String> problems) {
}
