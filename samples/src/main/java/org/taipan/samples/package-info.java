/**
 * Runnable sample programs, and a Java program that embeds Taipan through the embedding API.
 * Python samples live in samples/python/.
 */
package org.taipan.samples;
