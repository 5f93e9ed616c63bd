package org.vigie.model;

/**
 * An event's type in PLOVER, the successor of CAMEO (POLECAT, NGEC).
 *
 * @param type one of the 16 PLOVER event types (AGREE, CONSULT... ASSAULT)
 * @param mode the type's mode (visit, phone, arrest...), or null
 * @param context a general context (diplomatic, military...), or null
 */
public record Plover(String type, String mode, String context) {}
