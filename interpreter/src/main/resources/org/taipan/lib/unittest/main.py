"""unittest.main (TestProgram): the command line of a test module and of
`python -m unittest`: which tests to load, how verbose to be, and the exit status."""

import argparse
import os
import sys

from . import loader, runner
from .signals import installHandler

__unittest = True

# the usage examples printed after the options by --help: (arguments, what they do)
_MODULE_EXAMPLES = [
    ('', 'run default set of tests'),
    ('MyTestSuite', "run suite 'MyTestSuite'"),
    ('MyTestCase.testSomething', 'run MyTestCase.testSomething'),
    ('MyTestCase', "run all 'test*' test methods\n" + ' ' * 39 + 'in MyTestCase'),
]
_COMMAND_EXAMPLES = [
    ('test_module', 'run tests from test_module'),
    ('module.TestClass', 'run tests from module.TestClass'),
    ('module.Class.test_method', 'run specified test method'),
    ('path/to/test_file.py', 'run tests from test_file.py'),
]


def _examples(prog, examples):
    lines = ['Examples:']
    for arguments, meaning in examples:
        lines.append('  %s %s- %s' % (prog, arguments.ljust(26), meaning))
    return '\n'.join(lines) + '\n'


def _name_from_path(name):
    """A test file's path turned into a dotted module name (relative to the current
    directory); any other argument unchanged."""
    if not (os.path.isfile(name) and name.lower().endswith('.py')):
        return name
    if os.path.isabs(name):
        relative = os.path.relpath(name, os.getcwd())
        if os.path.isabs(relative) or relative.startswith(os.pardir):
            return name
        name = relative
    return os.path.normpath(name)[:-3].replace('\\', '.').replace('/', '.')


def _select_pattern(pattern):
    """A -k argument: a shell pattern as given, a plain substring otherwise."""
    return pattern if '*' in pattern else '*%s*' % pattern


# the options of both command lines: (flags, argparse keywords); the four whose attribute
# starts as None are offered only when main() was not given a value for them
_ALWAYS = [
    (('-v', '--verbose'), dict(dest='verbosity', action='store_const', const=2,
                               help='Verbose output')),
    (('-q', '--quiet'), dict(dest='verbosity', action='store_const', const=0,
                             help='Quiet output')),
    (('--locals',), dict(dest='tb_locals', action='store_true',
                         help='Show local variables in tracebacks')),
]
_UNLESS_GIVEN = [
    ('failfast', False, ('-f', '--failfast'),
     dict(action='store_true', help='Stop on first fail or error')),
    ('catchbreak', False, ('-c', '--catch'),
     dict(action='store_true', help='Catch Ctrl-C and display results so far')),
    ('buffer', False, ('-b', '--buffer'),
     dict(action='store_true', help='Buffer stdout and stderr during tests')),
    ('testNamePatterns', [], ('-k',),
     dict(action='append', type=_select_pattern,
          help='Only run tests which match the given substring')),
]


def _resolve_module(module):
    if not isinstance(module, str):
        return module
    found = __import__(module)
    for attribute in module.split('.')[1:]:
        found = getattr(found, attribute)
    return found


class TestProgram(object):
    """Loads tests from a module (or the names given on the command line), runs them and
    exits with status 0 when they all passed, 1 otherwise (unless exit=False)."""

    module = None
    verbosity = 1
    failfast = None
    catchbreak = None
    buffer = None
    progName = None
    warnings = None
    testNamePatterns = None
    _discovery_parser = None

    def __init__(self, module='__main__', defaultTest=None, argv=None, testRunner=None,
                 testLoader=loader.defaultTestLoader, exit=True, verbosity=1,
                 failfast=None, catchbreak=None, buffer=None, warnings=None,
                 *, tb_locals=False):
        self.module = _resolve_module(module)
        argv = sys.argv if argv is None else argv
        self.progName = os.path.basename(argv[0])
        self.defaultTest, self.testLoader, self.testRunner = defaultTest, testLoader, testRunner
        self.exit, self.verbosity, self.tb_locals = exit, verbosity, tb_locals
        self.failfast, self.catchbreak, self.buffer = failfast, catchbreak, buffer
        if warnings is None and not sys.warnoptions:
            # show deprecation warnings, unless -W or the caller decided
            warnings = 'default'
        self.warnings = warnings
        self.parseArgs(argv)
        self.runTests()

    def usageExit(self, msg=None):
        """Prints msg and the help, then exits with status 2."""
        if self._discovery_parser is None:
            self._initArgParsers()
        if msg:
            print(msg)
        self._print_help()
        sys.exit(2)

    def _print_help(self, *args, **kwargs):
        print(self._main_parser.format_help())
        if self.module is not None:
            print(_examples(self.progName, _MODULE_EXAMPLES))
            return
        print(_examples(self.progName, _COMMAND_EXAMPLES))
        self._discovery_parser.print_help()

    def parseArgs(self, argv):
        self._initArgParsers()
        wants_discovery = self.module is None and len(argv) > 1 and argv[1].lower() == 'discover'
        if wants_discovery:
            self._do_discovery(argv[2:])
            return
        self._main_parser.parse_args(argv[1:], self)
        if self.module is None and not self.tests:
            # `python -m unittest` with options only: discover from the current directory
            self._do_discovery([])
            return
        self.testNames = self._names_to_load()
        self.createTests()

    def _names_to_load(self):
        """The names given on the command line, else defaultTest, else None (all)."""
        if self.tests:
            return [_name_from_path(name) for name in self.tests]
        if isinstance(self.defaultTest, str):
            return (self.defaultTest,)
        return None if self.defaultTest is None else list(self.defaultTest)

    def createTests(self, from_discovery=False, Loader=None):
        patterns = self.testNamePatterns
        if patterns:
            self.testLoader.testNamePatterns = patterns
        if from_discovery:
            finder = self.testLoader if Loader is None else Loader()
            self.test = finder.discover(self.start, self.pattern, self.top)
        elif self.testNames is not None:
            self.test = self.testLoader.loadTestsFromNames(self.testNames, self.module)
        else:
            self.test = self.testLoader.loadTestsFromModule(self.module)

    def _initArgParsers(self):
        shared = self._getParentArgParser()
        self._main_parser = self._getMainArgParser(shared)
        self._discovery_parser = self._getDiscoveryArgParser(shared)

    def _getParentArgParser(self):
        parser = argparse.ArgumentParser(add_help=False)
        for flags, options in _ALWAYS:
            parser.add_argument(*flags, **options)
        for attribute, default, flags, options in _UNLESS_GIVEN:
            if getattr(self, attribute) is None:
                parser.add_argument(*flags, dest=attribute, **options)
                setattr(self, attribute, default)
        return parser

    def _getMainArgParser(self, parent):
        parser = argparse.ArgumentParser(parents=[parent], prog=self.progName)
        parser.add_argument('tests', nargs='*',
                            help='a list of any number of test modules, classes and test '
                                 'methods.')
        parser.print_help = self._print_help
        return parser

    def _getDiscoveryArgParser(self, parent):
        parser = argparse.ArgumentParser(
            parents=[parent], prog='%s discover' % self.progName,
            epilog='For test discovery all test modules must be importable from the top '
                   'level directory of the project.')
        where = [('-s', '--start-directory', 'start', "Directory to start discovery ('.' default)"),
                 ('-p', '--pattern', 'pattern', "Pattern to match tests ('test*.py' default)"),
                 ('-t', '--top-level-directory', 'top',
                  'Top level directory of project (defaults to start directory)')]
        for short, long, dest, text in where:
            parser.add_argument(short, long, dest=dest, help=text)
        # the three may also be given positionally, in this order
        for _, _, dest, _ in where:
            parser.add_argument(dest, nargs='?', default=argparse.SUPPRESS, help=argparse.SUPPRESS)
        return parser

    def _do_discovery(self, argv, Loader=None):
        self.start, self.pattern, self.top = '.', 'test*.py', None
        if argv is not None:
            parser = self._discovery_parser
            if parser is None:
                self._initArgParsers()
                parser = self._discovery_parser
            parser.parse_args(argv, self)
        self.createTests(from_discovery=True, Loader=Loader)

    def _make_runner(self):
        if self.testRunner is None:
            self.testRunner = runner.TextTestRunner
        if not isinstance(self.testRunner, type):
            return self.testRunner
        options = dict(verbosity=self.verbosity, failfast=self.failfast, buffer=self.buffer,
                       warnings=self.warnings)
        # older runner classes may not know tb_locals, or take no arguments at all
        for attempt in (dict(options, tb_locals=self.tb_locals), options):
            try:
                return self.testRunner(**attempt)
            except TypeError:
                pass
        return self.testRunner()

    def runTests(self):
        if self.catchbreak:
            installHandler()
        self.result = self._make_runner().run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram
