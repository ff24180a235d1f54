package org.taipan.objects;

/**
 * Marks callables that bind like plain Python functions ({@code function}): calling one found
 * on a type with self prepended is the same as calling the bound method, so slot code can skip
 * creating the bound method object.
 */
public interface PyFunctionLike {
}
