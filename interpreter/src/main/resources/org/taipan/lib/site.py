"""Start-up customisation, imported when the interpreter starts unless -S is given.

Taipan's own implementation of the parts of CPython's site module that apply to us: the
interactive helpers in builtins (exit, quit, copyright, credits, license, help) and
sys.__interactivehook__. There are no site-packages directories to add yet.
"""

import sys
import builtins
import _sitebuiltins

ENABLE_USER_SITE = False if sys.flags.no_user_site else None
PREFIXES = [sys.prefix, sys.exec_prefix]


def setquit():
    """Define exit and quit, whose reprs tell how to leave the interpreter."""
    eof = 'Ctrl-D (i.e. EOF)'
    builtins.quit = _sitebuiltins.Quitter('quit', eof)
    builtins.exit = _sitebuiltins.Quitter('exit', eof)


def setcopyright():
    """Define copyright, credits and license."""
    builtins.copyright = _sitebuiltins._Printer('copyright', sys.copyright)
    builtins.credits = _sitebuiltins._Printer(
        'credits', 'Taipan is a Python 3.11 interpreter for the JVM; thanks to the Python '
                   'community for the language it implements.')
    builtins.license = _sitebuiltins._Printer(
        'license', 'See the LICENSE file of the Taipan distribution.')


def sethelper():
    builtins.help = _sitebuiltins._Helper()


def enablerlcompleter():
    """Set sys.__interactivehook__. Taipan's terminal prompt (JLine) keeps its history itself."""
    def register_readline():
        pass
    sys.__interactivehook__ = register_readline


def main():
    setquit()
    setcopyright()
    sethelper()
    if not sys.flags.isolated:
        enablerlcompleter()


if not sys.flags.no_site:
    main()
