"""The debugger's engine: stops a program where asked, on sys.settrace (Taipan's own code).

Bdb follows CPython's bdb interface (set_trace, set_step, set_next, set_return, set_continue,
set_quit, set_break and the user_* methods a front end overrides) so that front ends written
for it run on it; pdb is ours. Where to stop is kept as a "stop frame": a frame whose callees
are not interesting (next), the frame to stop at when it returns (return), or none (step).
"""

import os
import sys
import linecache

__all__ = ['BdbQuit', 'Bdb', 'Breakpoint']


class BdbQuit(Exception):
    """Raised inside the debugged program when the user quits the debugger."""


class Breakpoint:
    """A breakpoint at a line of a file, numbered from 1 in the order made."""

    next = 1
    bplist = {}
    bpbynumber = [None]

    def __init__(self, file, line, temporary=False, cond=None, funcname=None):
        self.file = file
        self.line = line
        self.temporary = temporary
        self.cond = cond
        self.funcname = funcname
        self.enabled = True
        self.hits = 0
        self.number = Breakpoint.next
        Breakpoint.next += 1
        Breakpoint.bpbynumber.append(self)
        Breakpoint.bplist.setdefault((file, line), []).append(self)

    def deleteMe(self):
        index = (self.file, self.line)
        Breakpoint.bpbynumber[self.number] = None
        Breakpoint.bplist[index].remove(self)
        if not Breakpoint.bplist[index]:
            del Breakpoint.bplist[index]


class Bdb:
    """The tracing engine; subclasses decide what to do when it stops (user_line and friends)."""

    def __init__(self, skip=None):
        self.skip = set(skip) if skip else None
        self.breaks = {}
        self.fncache = {}
        self.frame_returning = None
        self.botframe = None
        self.quitting = False
        self._set_stopinfo(None, None)

    def canonic(self, filename):
        if filename.startswith('<') and filename.endswith('>'):
            return filename
        canonic = self.fncache.get(filename)
        if not canonic:
            canonic = os.path.normcase(os.path.abspath(filename))
            self.fncache[filename] = canonic
        return canonic

    def reset(self):
        linecache.checkcache()
        self.botframe = None
        self._set_stopinfo(None, None)

    # -- the trace function --------------------------------------------------------------

    # Trace events that take (frame, arg), and the method handling each.
    _EVENT_METHODS = {'call': 'dispatch_call', 'return': 'dispatch_return',
                      'exception': 'dispatch_exception'}

    def trace_dispatch(self, frame, event, arg):
        if self.quitting:
            return None
        if event == 'line':
            return self.dispatch_line(frame)
        method = self._EVENT_METHODS.get(event)
        if method is None:
            # C-function events and anything newer: keep tracing this frame.
            return self.trace_dispatch
        return getattr(self, method)(frame, arg)

    def dispatch_line(self, frame):
        if self.stop_here(frame) or self.break_here(frame):
            self.user_line(frame)
            if self.quitting:
                raise BdbQuit
        return self.trace_dispatch

    def dispatch_call(self, frame, arg):
        if self.botframe is None:
            # The first call seen: the debugging starts in the frame above it.
            self.botframe = frame.f_back
            return self.trace_dispatch
        if not (self.stop_here(frame) or self.break_anywhere(frame)):
            return None
        self.user_call(frame, arg)
        if self.quitting:
            raise BdbQuit
        return self.trace_dispatch

    def dispatch_return(self, frame, arg):
        if self.stop_here(frame) or frame is self.returnframe:
            try:
                self.frame_returning = frame
                self.user_return(frame, arg)
            finally:
                self.frame_returning = None
            if self.quitting:
                raise BdbQuit
            if self.stopframe is frame and self.stoplineno != -1:
                self._set_stopinfo(None, None)
        return self.trace_dispatch

    def dispatch_exception(self, frame, arg):
        if self.stop_here(frame):
            self.user_exception(frame, arg)
            if self.quitting:
                raise BdbQuit
        return self.trace_dispatch

    # -- where to stop -------------------------------------------------------------------

    def stop_here(self, frame):
        if frame is self.stopframe:
            if self.stoplineno == -1:
                return False
            return frame.f_lineno >= self.stoplineno
        # Stop in frames outside the stop frame's callees (for step: everywhere).
        while frame is not None and frame is not self.stopframe:
            if frame is self.botframe:
                return True
            frame = frame.f_back
        return False

    def break_here(self, frame):
        filename = self.canonic(frame.f_code.co_filename)
        if frame.f_lineno not in self.breaks.get(filename, ()):
            return False
        for bp in Breakpoint.bplist.get((filename, frame.f_lineno), ()):
            if bp.enabled:
                bp.hits += 1
                if bp.temporary:
                    self.clear_bpbynumber(bp.number)
                return True
        return False

    def break_anywhere(self, frame):
        return self.canonic(frame.f_code.co_filename) in self.breaks

    # -- what a front end overrides ------------------------------------------------------

    def user_call(self, frame, argument_list):
        pass

    def user_line(self, frame):
        pass

    def user_return(self, frame, return_value):
        pass

    def user_exception(self, frame, exc_info):
        pass

    # -- what a front end calls ------------------------------------------------------------

    def _set_stopinfo(self, stopframe, returnframe, stoplineno=0):
        self.stopframe = stopframe
        self.returnframe = returnframe
        self.quitting = False
        self.stoplineno = stoplineno

    def set_until(self, frame, lineno=None):
        if lineno is None:
            lineno = frame.f_lineno + 1
        self._set_stopinfo(frame, frame, lineno)

    def set_step(self):
        self._set_stopinfo(None, None)

    def set_next(self, frame):
        self._set_stopinfo(frame, None)

    def set_return(self, frame):
        self._set_stopinfo(frame.f_back, frame)

    def set_trace(self, frame=None):
        """Start debugging in `frame` (the caller's by default) at its next line."""
        if frame is None:
            frame = sys._getframe().f_back
        self.reset()
        walker = frame
        while walker is not None:
            walker.f_trace = self.trace_dispatch
            self.botframe = walker
            walker = walker.f_back
        self.set_step()
        sys.settrace(self.trace_dispatch)

    def set_continue(self):
        self._set_stopinfo(self.botframe, None, -1)
        if not self.breaks:
            # Nothing left to stop at: run at full speed.
            sys.settrace(None)
            frame = sys._getframe().f_back
            while frame is not None and frame is not self.botframe:
                frame.f_trace = None
                frame = frame.f_back
            if frame is not None:
                frame.f_trace = None

    def set_quit(self):
        self.stopframe = self.botframe
        self.returnframe = None
        self.quitting = True
        sys.settrace(None)

    def set_break(self, filename, lineno, temporary=False, cond=None, funcname=None):
        filename = self.canonic(filename)
        line = linecache.getline(filename, lineno)
        if not line:
            return 'Line %s:%d does not exist' % (filename, lineno)
        lines = self.breaks.setdefault(filename, [])
        if lineno not in lines:
            lines.append(lineno)
        Breakpoint(filename, lineno, temporary, cond, funcname)
        return None

    def clear_bpbynumber(self, number):
        bp = Breakpoint.bpbynumber[number]
        bp.deleteMe()
        if (bp.file, bp.line) not in Breakpoint.bplist:
            self.breaks[bp.file].remove(bp.line)
            if not self.breaks[bp.file]:
                del self.breaks[bp.file]

    def get_breaks(self, filename, lineno):
        filename = self.canonic(filename)
        return lineno in self.breaks.get(filename, ())

    def get_stack(self, f, t=None):
        """The frames from the outermost debugged one to `f`, and the index of `f`."""
        innermost_first = []
        while f is not None:
            innermost_first.append((f, f.f_lineno))
            if f is self.botframe:
                break
            f = f.f_back
        stack = innermost_first[::-1]
        return stack, max(0, len(stack) - 1)

    def format_stack_entry(self, frame_lineno, lprefix=': '):
        frame, lineno = frame_lineno
        filename = self.canonic(frame.f_code.co_filename)
        s = '%s(%r)%s()' % (filename, lineno, frame.f_code.co_name or '<lambda>')
        if frame is self.frame_returning and hasattr(self, '_return_value'):
            s += '->' + repr(self._return_value)
        line = linecache.getline(filename, lineno, frame.f_globals)
        if line:
            s += lprefix + line.strip()
        return s


def set_trace():
    Bdb().set_trace(sys._getframe().f_back)
