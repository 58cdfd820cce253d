package org.newsfacts.extract.normalize;

/** TEMPORARY until the numbers branch lands. */
public record PlaceInfo(String canonical, String subtype, String iso) {}
