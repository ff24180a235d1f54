package org.taipan.modules;

import java.io.IOException;
import java.io.InputStream;

/**
 * The standard library written in Python and shipped in the jar under {@code org/taipan/lib}
 * (the counterpart of CPython's frozen modules and {@code Lib/} directory). Its modules have
 * file names under the pseudo-directory {@link #ROOT}, which is also the {@code __path__} root
 * of its packages, so {@code import collections.abc} finds {@code collections/abc.py}.
 */
public final class LibraryModules {
    /** The directory name library files appear under in {@code __file__} and tracebacks. */
    public static final String ROOT = "<taipan>/lib";

    private LibraryModules() {
    }

    /** True when {@code dir} (a search-path entry) is inside the shipped library. */
    public static boolean isLibraryDir(String dir) {
        return dir.equals(ROOT) || dir.startsWith(ROOT + "/");
    }

    /**
     * {file name, package directory or null} for module {@code last} in library directory
     * {@code dir}, or null when the library has no such module.
     */
    public static String[] find(String dir, String last) {
        String rel = dir.length() == ROOT.length() ? "" : dir.substring(ROOT.length() + 1) + "/";
        String pkgInit = rel + last + "/__init__.py";
        if (exists(pkgInit)) {
            return new String[] {ROOT + "/" + pkgInit, ROOT + "/" + rel + last};
        }
        String file = rel + last + ".py";
        if (exists(file)) {
            return new String[] {ROOT + "/" + file, null};
        }
        return null;
    }

    /** The source bytes of a library file named {@code filename} (under {@link #ROOT}), or null. */
    public static byte[] read(String filename) {
        if (!isLibraryDir(filename)) {
            return null;
        }
        try (InputStream in = LibraryModules.class.getResourceAsStream("/org/taipan/lib/"
                + filename.substring(ROOT.length() + 1))) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean exists(String rel) {
        return LibraryModules.class.getResource("/org/taipan/lib/" + rel) != null;
    }
}
