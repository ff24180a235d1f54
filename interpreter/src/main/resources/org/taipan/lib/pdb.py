"""The Python debugger, on bdb (Taipan's own code).

Commands (their usual one-letter forms work too): next, step, return, continue, list, p EXPR,
break LINE, where, quit; an empty line repeats the last command; anything else is run as a
Python statement in the current frame. Prompts are "(Pdb) "; locations print as
"> FILE(LINE)FUNCTION()" followed by "-> SOURCE LINE", as CPython's pdb prints them.
"""

import sys
import linecache
import bdb

__all__ = ['Pdb', 'set_trace', 'Restart']


class Restart(Exception):
    """Raised to restart the debugged program (not supported yet)."""


_ALIASES = {
    'n': 'next', 'next': 'next',
    's': 'step', 'step': 'step',
    'r': 'return', 'return': 'return',
    'c': 'continue', 'cont': 'continue', 'continue': 'continue',
    'l': 'list', 'list': 'list',
    'p': 'p',
    'b': 'break', 'break': 'break',
    'w': 'where', 'where': 'where', 'bt': 'where',
    'q': 'quit', 'quit': 'quit', 'exit': 'quit',
    'EOF': 'EOF',
}


class Pdb(bdb.Bdb):
    prompt = '(Pdb) '

    def __init__(self, completekey='tab', stdin=None, stdout=None, skip=None, nosigint=False,
                 readrc=True):
        super().__init__(skip=skip)
        self.stdin = stdin
        self.stdout = stdout if stdout is not None else sys.stdout
        self.lastcmd = ''
        self.curframe = None
        self.stack = []
        self.curindex = 0
        self._last_listed = None

    # -- output ------------------------------------------------------------------------------

    def message(self, msg):
        print(msg, file=self.stdout)

    def error(self, msg):
        print('***', msg, file=self.stdout)

    # -- stopping ----------------------------------------------------------------------------

    def user_call(self, frame, argument_list):
        if self.stop_here(frame):
            self.message('--Call--')
            self.interaction(frame)

    def user_line(self, frame):
        self.interaction(frame)

    def user_return(self, frame, return_value):
        self._return_value = return_value
        self.message('--Return--')
        try:
            self.interaction(frame)
        finally:
            del self._return_value

    def user_exception(self, frame, exc_info):
        exc_type, exc_value = exc_info[0], exc_info[1]
        self.message('%s: %s' % (exc_type.__name__, exc_value))
        self.interaction(frame)

    def interaction(self, frame):
        self.stack, self.curindex = self.get_stack(frame)
        self.curframe = self.stack[self.curindex][0]
        self._last_listed = None
        self.print_stack_entry(self.stack[self.curindex])
        self.cmdloop()

    def print_stack_entry(self, frame_lineno, prompt_prefix='\n-> '):
        prefix = '> ' if frame_lineno[0] is self.curframe else '  '
        self.message(prefix + self.format_stack_entry(frame_lineno, prompt_prefix))

    # -- the command loop --------------------------------------------------------------------

    def _readline(self):
        if self.stdin is None:
            try:
                return input(self.prompt)
            except EOFError:
                return 'EOF'
        self.stdout.write(self.prompt)
        self.stdout.flush()
        line = self.stdin.readline()
        return line.rstrip('\r\n') if line else 'EOF'

    def cmdloop(self):
        while True:
            line = self._readline().strip()
            if not line:
                line = self.lastcmd
                if not line:
                    continue
            else:
                self.lastcmd = line
            if self.onecmd(line):
                return

    def onecmd(self, line):
        """Runs one command; true when the program should go on running."""
        name, _, arg = line.partition(' ')
        command = _ALIASES.get(name)
        if command is None:
            self.default(line)
            return False
        return getattr(self, 'do_' + command)(arg.strip())

    def default(self, line):
        if line.startswith('!'):
            line = line[1:]
        frame = self.curframe
        try:
            code = compile(line + '\n', '<stdin>', 'single')
            exec(code, frame.f_globals, frame.f_locals)
        except Exception as e:
            self.error('%s: %s' % (type(e).__name__, e))

    # -- commands ----------------------------------------------------------------------------

    def do_next(self, arg):
        self.set_next(self.curframe)
        return True

    def do_step(self, arg):
        self.set_step()
        return True

    def do_return(self, arg):
        self.set_return(self.curframe)
        return True

    def do_continue(self, arg):
        self.set_continue()
        return True

    def do_quit(self, arg):
        self.set_quit()
        return True

    def do_EOF(self, arg):
        self.message('')
        self.set_quit()
        return True

    def do_p(self, arg):
        frame = self.curframe
        try:
            value = eval(arg, frame.f_globals, frame.f_locals)
        except Exception as e:
            self.error('%s: %s' % (type(e).__name__, e))
            return False
        self.message(repr(value))
        return False

    def do_where(self, arg):
        for frame_lineno in self.stack:
            self.print_stack_entry(frame_lineno)
        return False

    def do_break(self, arg):
        frame = self.curframe
        filename = self.canonic(frame.f_code.co_filename)
        if not arg:
            for bp in bdb.Breakpoint.bpbynumber:
                if bp is not None:
                    self.message('%d   breakpoint   keep yes   at %s:%d' % (bp.number, bp.file, bp.line))
            return False
        if ':' in arg:
            filename, _, arg = arg.rpartition(':')
            filename = self.canonic(filename)
        try:
            lineno = int(arg)
        except ValueError:
            self.error('The specified object %r is not a function or was not found along sys.path.' % arg)
            return False
        err = self.set_break(filename, lineno)
        if err:
            self.error(err)
        else:
            number = bdb.Breakpoint.next - 1
            self.message('Breakpoint %d at %s:%d' % (number, filename, lineno))
        return False

    def do_list(self, arg):
        frame = self.curframe
        filename = self.canonic(frame.f_code.co_filename)
        current = frame.f_lineno
        if arg:
            try:
                first = max(1, int(arg.split(',')[0]) - 5)
            except ValueError:
                self.error('Error in argument: %r' % arg)
                return False
        elif self._last_listed is None:
            first = max(1, current - 5)
        else:
            first = self._last_listed + 1
        last = first + 10
        breaks = self.breaks.get(filename, ())
        lines = linecache.getlines(filename, frame.f_globals)
        for lineno in range(first, min(last, len(lines)) + 1):
            s = str(lineno).rjust(3)
            if len(s) < 4:
                s += ' '
            s += 'B' if lineno in breaks else ' '
            if lineno == current:
                s += '->'
            self.message(s + '\t' + lines[lineno - 1].rstrip())
            self._last_listed = lineno
        if lineno_past_end(first, lines):
            self.message('[EOF]')
        return False


def lineno_past_end(first, lines):
    return first > len(lines)


def set_trace(*, header=None):
    """Stop in the caller at its next line and enter the debugger."""
    pdb = Pdb()
    if header is not None:
        pdb.message(header)
    pdb.set_trace(sys._getframe().f_back)
