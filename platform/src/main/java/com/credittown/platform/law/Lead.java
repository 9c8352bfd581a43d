package com.credittown.platform.law;

import java.util.List;

/** The documents a basis part begins with, where their numbers and titles end, and what is wrong with the titles. */
record Lead(List<LegalDocument> documents, int end, List<String> problems) {
}
