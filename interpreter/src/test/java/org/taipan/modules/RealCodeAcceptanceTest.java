package org.taipan.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.taipan.Main;

/**
 * The stdlib issue's "real code we did not write" checks: CPython's own pure-Python
 * {@code bdb.py} and {@code profile.py}, copied at test time from the local CPython install
 * into a temporary folder (never committed), run a scripted session on Taipan with our modules
 * underneath and must print what CPython printed ({@code tools/record_acceptance_goldens.py}).
 * A copy next to the session shadows our own library module of that name, as in CPython.
 */
class RealCodeAcceptanceTest {
    private static final Path SESSIONS = Paths.get("src/test/resources/acceptance");

    @ParameterizedTest
    @ValueSource(strings = {"bdb_session", "profile_session"})
    void cpythonModuleRunsOurSessionLikeCPython(String session, @TempDir Path dir) throws IOException {
        Path stdlib = CPythonStdlib.find();
        Assumptions.assumeTrue(stdlib != null, "no CPython 3.11 stdlib here to take bdb.py/profile.py from");
        for (String module : new String[] {"bdb.py", "profile.py"}) {
            Files.copy(stdlib.resolve(module), dir.resolve(module));
        }
        Files.copy(SESSIONS.resolve(session + ".py"), dir.resolve(session + ".py"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(new String[] {session + ".py"}, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), dir);
        assertEquals("", err.toString(StandardCharsets.UTF_8), "stderr of " + session);
        assertEquals(0, status, "exit status of " + session);
        assertEquals(Files.readString(SESSIONS.resolve(session + ".out")), out.toString(StandardCharsets.UTF_8));
    }
}
