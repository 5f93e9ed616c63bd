package org.vigie.model;

/** Where an event took place: a named place with its country and coordinates. */
public record Location(String name, String country, Double lat, Double lon) {}
