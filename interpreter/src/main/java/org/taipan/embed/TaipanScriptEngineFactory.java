package org.taipan.embed;

import java.util.List;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import org.taipan.Main;

/**
 * The JSR-223 ({@code javax.script}) factory: {@code new ScriptEngineManager().getEngineByName("python")}
 * (or {@code "taipan"}, extension {@code py}) finds it through {@code META-INF/services}.
 */
public final class TaipanScriptEngineFactory implements ScriptEngineFactory {
    @Override
    public String getEngineName() {
        return "Taipan";
    }

    @Override
    public String getEngineVersion() {
        return Main.TAIPAN_VERSION;
    }

    @Override
    public List<String> getExtensions() {
        return List.of("py");
    }

    @Override
    public List<String> getMimeTypes() {
        return List.of("text/x-python", "text/python", "application/x-python");
    }

    @Override
    public List<String> getNames() {
        return List.of("python", "taipan", "python3", "Taipan");
    }

    @Override
    public String getLanguageName() {
        return "python";
    }

    @Override
    public String getLanguageVersion() {
        return Main.PYTHON_VERSION;
    }

    @Override
    public Object getParameter(String key) {
        switch (key) {
            case ScriptEngine.ENGINE:
                return getEngineName();
            case ScriptEngine.ENGINE_VERSION:
                return getEngineVersion();
            case ScriptEngine.NAME:
                return getNames().get(0);
            case ScriptEngine.LANGUAGE:
                return getLanguageName();
            case ScriptEngine.LANGUAGE_VERSION:
                return getLanguageVersion();
            case "THREADING":
                // Any thread may call the engine: every call takes the GIL.
                return "MULTITHREADED";
            default:
                return null;
        }
    }

    @Override
    public String getMethodCallSyntax(String obj, String m, String... args) {
        return obj + "." + m + "(" + String.join(", ", args) + ")";
    }

    @Override
    public String getOutputStatement(String toDisplay) {
        StringBuilder b = new StringBuilder("print(");
        b.append(org.taipan.format.PyRepr.str(toDisplay));
        return b.append(')').toString();
    }

    @Override
    public String getProgram(String... statements) {
        return String.join("\n", statements) + "\n";
    }

    @Override
    public ScriptEngine getScriptEngine() {
        return new TaipanScriptEngine(this);
    }
}
