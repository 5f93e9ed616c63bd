/**
 * The JSON shapes Vigie writes: one event per line (the output contract of the README) and one
 * document with everything the pipeline found. Shared by the command line, the store and the API.
 */
package org.vigie.output;
