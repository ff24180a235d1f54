package org.taipan.cli;

/** The usage line and the {@code -h} text, listing the options CPython 3.11 has, in our words. */
public final class HelpText {
    private HelpText() {
    }

    public static String usageLine(String program) {
        return "usage: " + program + " [option] ... [-c cmd | -m mod | file | -] [arg] ...";
    }

    public static String full(String program) {
        return usageLine(program) + "\n"
                + "Options (and corresponding environment variables):\n"
                + "-b     : warn when bytes or bytearray are compared with str or passed to str()\n"
                + "         (-bb: make those errors)\n"
                + "-B     : do not write .pyc files; also PYTHONDONTWRITEBYTECODE=x\n"
                + "-c cmd : run the program given as a string (ends the option list)\n"
                + "-d     : parser debugging output (accepted, has no effect)\n"
                + "-E     : ignore the PYTHON* environment variables (such as PYTHONPATH)\n"
                + "-h     : print this help and exit (also -? or --help)\n"
                + "-i     : after the program, enter interactive mode; also PYTHONINSPECT=x\n"
                + "-I     : isolated mode: implies -E, -P and -s\n"
                + "-m mod : run a library module as a script (ends the option list)\n"
                + "-O     : drop assert statements and __debug__-dependent code; also PYTHONOPTIMIZE=x\n"
                + "-OO    : like -O, and also drop docstrings\n"
                + "-P     : do not prepend a potentially unsafe path to sys.path; also PYTHONSAFEPATH\n"
                + "-q     : no version and copyright banner in interactive mode\n"
                + "-s     : do not add the user site directory to sys.path; also PYTHONNOUSERSITE\n"
                + "-S     : do not import the site module at start-up\n"
                + "-u     : unbuffered stdout and stderr; also PYTHONUNBUFFERED=x\n"
                + "-v     : verbose: trace imports (repeat for more); also PYTHONVERBOSE=x\n"
                + "-V     : print the Python version and exit (also --version; twice: build details)\n"
                + "-W arg : warning control, action:message:category:module:lineno;\n"
                + "         also PYTHONWARNINGS=arg\n"
                + "-x     : skip the first line of the source file\n"
                + "-X opt : implementation-specific option. Taipan knows:\n"
                + "         -X dump_ast: print ast.dump(tree, include_attributes=True) of the\n"
                + "            program instead of running it\n"
                + "--check-hash-based-pycs always|default|never: accepted, has no effect\n"
                + "file   : read the program from this script file\n"
                + "-      : read the program from stdin (the default)\n"
                + "arg ...: the program's arguments, in sys.argv[1:]\n";
    }
}
