package org.taipan.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * Lines from a terminal through JLine: Emacs-style editing, history kept in a file between
 * sessions (CPython keeps {@code ~/.python_history}; ours is {@code ~/.taipan_history}),
 * Ctrl-C at the prompt as KeyboardInterrupt and Ctrl-D on an empty line as end of input.
 * JLine's own shell features that would change what Python receives (history expansion with
 * {@code !}, backslash and quote handling) are turned off.
 */
public final class TerminalPromptReader implements PromptReader {
    private final Terminal terminal;
    private final LineReader reader;

    public TerminalPromptReader(Terminal terminal, Path historyFile) {
        this.terminal = terminal;
        DefaultParser parser = new DefaultParser();
        parser.setEofOnUnclosedQuote(false);
        parser.setEofOnEscapedNewLine(false);
        parser.setEscapeChars(new char[0]);
        LineReaderBuilder b = LineReaderBuilder.builder().terminal(terminal).appName("taipan").parser(parser);
        if (historyFile != null) {
            b.variable(LineReader.HISTORY_FILE, historyFile);
        }
        reader = b.build();
        reader.setOpt(LineReader.Option.DISABLE_EVENT_EXPANSION);
        reader.setOpt(LineReader.Option.INSERT_TAB);
        reader.unsetOpt(LineReader.Option.HISTORY_TIMESTAMPED);
    }

    /** The process's terminal, or null when standard input is not one. */
    public static TerminalPromptReader forSystemTerminal() {
        if (System.console() == null) {
            return null;
        }
        try {
            Terminal t = TerminalBuilder.builder().system(true).name("taipan").build();
            if (Terminal.TYPE_DUMB.equals(t.getType()) || Terminal.TYPE_DUMB_COLOR.equals(t.getType())) {
                t.close();
                return null;
            }
            String home = System.getProperty("user.home");
            return new TerminalPromptReader(t, home == null ? null : Path.of(home, ".taipan_history"));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    @Override
    public String readLine(String prompt) {
        try {
            return reader.readLine(prompt);
        } catch (UserInterruptException e) {
            throw new Interrupted();
        } catch (EndOfFileException e) {
            return null;
        }
    }

    @Override
    public void close() {
        try {
            reader.getHistory().save();
        } catch (IOException | RuntimeException e) {
            // a history that cannot be saved is not worth an error at exit
        }
        try {
            terminal.close();
        } catch (IOException e) {
            // nothing left to do
        }
    }
}
