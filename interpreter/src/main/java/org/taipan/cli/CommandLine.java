package org.taipan.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The options of a {@code python3}-style command line, parsed with CPython's rules: single-letter
 * flags may be bundled ({@code -Bu}), {@code -c}, {@code -m}, {@code -W} and {@code -X} take the
 * rest of their word or the next word, and {@code -c}/{@code -m}/a file name/{@code -} end the
 * option list (everything after belongs to the program's {@code sys.argv}).
 */
public final class CommandLine {
    /** What the command line asks to run. */
    public enum Mode { COMMAND, MODULE, FILE, STDIN, HELP, VERSION }

    public Mode mode = Mode.STDIN;
    /** The -c code, the -m module name or the script path. */
    public String target;
    /** The program's arguments: {@code sys.argv[1:]}. */
    public final List<String> args = new ArrayList<>();
    public final List<String> warnOptions = new ArrayList<>();
    public final List<String> xOptions = new ArrayList<>();
    public int versionCount;
    public int optimize;
    public int verbose;
    public int bytesWarning;
    public boolean inspect;
    public boolean isolated;
    public boolean ignoreEnvironment;
    public boolean noUserSite;
    public boolean noSite;
    public boolean unbuffered;
    public boolean dontWriteBytecode;
    public boolean quiet;
    public boolean safePath;
    public boolean skipFirstLine;

    /** A usage error: CPython prints the message and the short usage, then exits with status 2. */
    public static final class UsageException extends Exception {
        public UsageException(String message) {
            super(message, null, false, false);
        }
    }

    private CommandLine() {
    }

    public static CommandLine parse(String[] argv) throws UsageException {
        CommandLine cl = new CommandLine();
        int i = 0;
        while (i < argv.length) {
            String word = argv[i];
            if (word.equals("-") ) {
                cl.mode = Mode.STDIN;
                cl.target = "-";
                cl.addProgramArgs(argv, i + 1);
                return cl;
            }
            if (word.equals("--")) {
                i++;
                break;
            }
            if (word.startsWith("--")) {
                if (word.equals("--help")) {
                    cl.mode = Mode.HELP;
                    return cl;
                } else if (word.equals("--version")) {
                    cl.versionCount++;
                    i++;
                    continue;
                } else if (word.equals("--check-hash-based-pycs")) {
                    if (i + 1 >= argv.length) {
                        throw new UsageException("Argument expected for the --check-hash-based-pycs option");
                    }
                    i += 2;
                    continue;
                }
                throw new UsageException("unknown option " + word);
            }
            if (!word.startsWith("-")) {
                break;
            }
            // A bundle of one-letter options.
            for (int j = 1; j < word.length(); j++) {
                char c = word.charAt(j);
                if (c == 'c' || c == 'm' || c == 'W' || c == 'X') {
                    String value;
                    if (j + 1 < word.length()) {
                        value = word.substring(j + 1);
                    } else if (i + 1 < argv.length) {
                        value = argv[++i];
                    } else {
                        throw new UsageException("Argument expected for the -" + c + " option");
                    }
                    if (c == 'c' || c == 'm') {
                        cl.mode = c == 'c' ? Mode.COMMAND : Mode.MODULE;
                        cl.target = value;
                        cl.addProgramArgs(argv, i + 1);
                        return cl.finish();
                    }
                    (c == 'W' ? cl.warnOptions : cl.xOptions).add(value);
                    break;
                }
                cl.flag(c);
                if (cl.mode == Mode.HELP) {
                    return cl;
                }
            }
            i++;
        }
        if (i < argv.length) {
            cl.mode = Mode.FILE;
            cl.target = argv[i];
            cl.addProgramArgs(argv, i + 1);
        }
        return cl.finish();
    }

    private CommandLine finish() {
        if (versionCount > 0) {
            mode = Mode.VERSION;
        }
        return this;
    }

    private void addProgramArgs(String[] argv, int from) {
        args.addAll(Arrays.asList(argv).subList(from, argv.length));
    }

    private void flag(char c) throws UsageException {
        switch (c) {
            case 'b': bytesWarning++; break;
            case 'B': dontWriteBytecode = true; break;
            case 'd': break; // parser debugging: only meaningful on CPython debug builds
            case 'E': ignoreEnvironment = true; break;
            case 'h': case '?': mode = Mode.HELP; break;
            case 'i': inspect = true; break;
            case 'I': isolated = true; ignoreEnvironment = true; noUserSite = true; safePath = true; break;
            case 'O': optimize++; break;
            case 'P': safePath = true; break;
            case 'q': quiet = true; break;
            case 's': noUserSite = true; break;
            case 'S': noSite = true; break;
            case 'u': unbuffered = true; break;
            case 'v': verbose++; break;
            case 'V': versionCount++; break;
            case 'x': skipFirstLine = true; break;
            default: throw new UsageException("Unknown option: -" + c);
        }
    }
}
