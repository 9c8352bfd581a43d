package com.credittown.platform.law;

/**
 * A point of the sources file as users read it ({@link Citations#shown}): in Chinese, the default, and in English.
 * Checked: its documents' words with their articles; unchecked: the city's setting with an unchecked reference.
 */
public record ShownPoint(String zh, String en) {
}
