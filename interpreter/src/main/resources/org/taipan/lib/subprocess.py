"""Child processes: Taipan's own subprocess, on the JVM's ProcessBuilder (module _subprocess).

The child's stdout and stderr are always piped to the JVM; those the caller did not ask to
capture are copied to this program's sys.stdout/sys.stderr when the child is waited for
(so they appear in order with the program's own output only at that point).
"""

import os
import sys
import time
import _subprocess

__all__ = ['Popen', 'PIPE', 'STDOUT', 'call', 'check_call', 'getstatusoutput', 'getoutput',
           'check_output', 'run', 'CalledProcessError', 'DEVNULL', 'SubprocessError',
           'TimeoutExpired', 'CompletedProcess']

PIPE = -1
STDOUT = -2
DEVNULL = -3


class SubprocessError(Exception):
    pass


def _read_output(self):
    return self.output


def _write_output(self, value):
    self.output = value


# Both error classes expose the captured output under two names.
_output_alias = property(_read_output, _write_output)


class CalledProcessError(SubprocessError):
    """A process run with check=True exited with a non-zero status."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode, self.cmd = returncode, cmd
        self.output, self.stderr = output, stderr

    def __str__(self):
        code = self.returncode
        if not code or code > 0:
            return "Command '%s' returned non-zero exit status %d." % (self.cmd, code)
        try:
            import signal
            name = signal.Signals(-code)
        except ValueError:
            return "Command '%s' died with unknown signal %d." % (self.cmd, -code)
        return "Command '%s' died with %r." % (self.cmd, name)

    stdout = _output_alias


class TimeoutExpired(SubprocessError):
    """The timeout expired while waiting for a child process."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd, self.timeout = cmd, timeout
        self.output, self.stderr = output, stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    stdout = _output_alias


class CompletedProcess(object):
    """What run() returns: the args, the exit status and any captured output."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        args = ['args={!r}'.format(self.args), 'returncode={!r}'.format(self.returncode)]
        if self.stdout is not None:
            args.append('stdout={!r}'.format(self.stdout))
        if self.stderr is not None:
            args.append('stderr={!r}'.format(self.stderr))
        return '{}({})'.format(type(self).__name__, ', '.join(args))

    def check_returncode(self):
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


class _PipeIn(object):
    """Popen.stdin with stdin=PIPE: collects what is written, sends it when closed."""

    def __init__(self, popen, text):
        self._popen = popen
        self._text = text
        self._chunks = []
        self.closed = False

    def write(self, data):
        if self.closed:
            raise ValueError('write to closed file')
        self._chunks.append(data)
        return len(data)

    def flush(self):
        pass

    def close(self):
        if not self.closed:
            self.closed = True
            self._popen._send(''.join(self._chunks) if self._text else b''.join(self._chunks))


class _PipeOut(object):
    """Popen.stdout/stderr with PIPE: reading waits for the child to finish."""

    def __init__(self, popen, which):
        self._popen = popen
        self._which = which
        self._data = None
        self._pos = 0
        self.closed = False

    def _load(self):
        if self._data is None:
            self._popen.wait()
            self._data = self._popen._captured(self._which)

    def read(self, size=-1):
        self._load()
        if size is None or size < 0:
            size = len(self._data) - self._pos
        piece = self._data[self._pos:self._pos + size]
        self._pos += len(piece)
        return piece

    def readline(self):
        self._load()
        newline = '\n' if isinstance(self._data, str) else b'\n'
        end = self._data.find(newline, self._pos)
        end = len(self._data) if end < 0 else end + 1
        piece = self._data[self._pos:end]
        self._pos = end
        return piece

    def readlines(self):
        return list(iter(self.readline, self._empty()))

    def _empty(self):
        self._load()
        return self._data[:0]

    def __iter__(self):
        return iter(self.readline, self._empty())

    def close(self):
        self.closed = True


def _decode(data, encoding, errors):
    text = data.decode(encoding or 'utf-8', errors or 'strict')
    return text.replace('\r\n', '\n').replace('\r', '\n')


class Popen(object):
    """A started child process."""

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=True, shell=False, cwd=None, env=None,
                 universal_newlines=None, startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False, pass_fds=(), *, user=None,
                 group=None, extra_groups=None, encoding=None, errors=None, text=None,
                 umask=-1, pipesize=-1, process_group=None):
        if universal_newlines is not None and text is not None \
                and bool(universal_newlines) != bool(text):
            raise SubprocessError('Cannot disambiguate when both text and universal_newlines'
                                  ' are supplied but different. Pass one or the other.')
        self.args = args
        self.text_mode = bool(encoding or errors or text or universal_newlines)
        self.encoding = encoding
        self.errors = errors
        self.returncode = None
        self._stdout_mode = stdout
        self._stderr_mode = stderr
        self._flushed = False
        if isinstance(args, (str, bytes, os.PathLike)):
            argv = [os.fsdecode(args)]
            if shell:
                argv = ['/bin/sh', '-c', argv[0]]
        else:
            argv = [os.fsdecode(a) for a in args]
            if shell:
                argv = ['/bin/sh', '-c'] + argv
        if executable is not None:
            argv[0] = os.fsdecode(executable)
        environment = None
        if env is not None:
            environment = tuple('%s=%s' % (os.fsdecode(k), os.fsdecode(v))
                                for k, v in env.items())
        directory = os.fsdecode(cwd) if cwd is not None else os.getcwd()
        if not os.path.isdir(directory):
            raise FileNotFoundError(2, 'No such file or directory', directory)
        program = argv[0]
        try:
            self._handle = _subprocess.start(tuple(argv), directory, environment,
                                             stderr == STDOUT)
        except ValueError as e:
            errno = int(str(e))
            raise OSError(errno, os.strerror(errno), program) from None
        self.pid = _subprocess.pid(self._handle)
        self.stdin = _PipeIn(self, self.text_mode) if stdin == PIPE else None
        self.stdout = _PipeOut(self, 0) if stdout == PIPE else None
        self.stderr = _PipeOut(self, 1) if stderr == PIPE else None
        if stdin != PIPE:
            data = b''
            if stdin is not None and stdin != DEVNULL:
                source = stdin if hasattr(stdin, 'read') else open(stdin, 'rb', closefd=False)
                data = source.read()
                if isinstance(data, str):
                    data = data.encode()
            _subprocess.send_input(self._handle, data)

    def __repr__(self):
        return '<%s: returncode: %s args: %r>' % (type(self).__name__, self.returncode,
                                                  self.args[:50] if isinstance(self.args, str)
                                                  else self.args)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        if self.stdin:
            self.stdin.close()
        self.wait()

    def _send(self, data):
        if isinstance(data, str):
            data = data.encode(self.encoding or 'utf-8', self.errors or 'strict')
        _subprocess.send_input(self._handle, bytes(data))

    def _captured(self, which):
        data = _subprocess.output(self._handle)[which]
        if self.text_mode:
            return _decode(data, self.encoding, self.errors)
        return data

    def _pass_through(self):
        # output the caller did not capture goes where the child's would have gone
        if self._flushed:
            return
        self._flushed = True
        out, err = _subprocess.output(self._handle)
        for mode, data, stream in ((self._stdout_mode, out, sys.stdout),
                                   (self._stderr_mode, err, sys.stderr)):
            if mode is None and data:
                stream.flush()
                if hasattr(stream, 'buffer'):
                    stream.buffer.write(data)
                else:
                    stream.write(data.decode('utf-8', 'replace'))
                stream.flush()
            elif mode not in (None, PIPE, DEVNULL, STDOUT) and data:
                target = mode if hasattr(mode, 'write') else None
                if target is not None:
                    try:
                        target.write(data)
                    except TypeError:
                        target.write(data.decode('utf-8', 'replace'))
                    target.flush()
                else:
                    os.write(mode, data)

    def poll(self):
        if self.returncode is None:
            status = _subprocess.poll(self._handle)
            if status is not None:
                self.wait()
        return self.returncode

    def wait(self, timeout=None):
        if self.returncode is not None:
            return self.returncode
        if self.stdin and not self.stdin.closed:
            self.stdin.close()
        status = _subprocess.wait(self._handle, None if timeout is None else float(timeout))
        if status is None:
            raise TimeoutExpired(self.args, timeout)
        # the JVM reports a child killed by signal n as 128 + n; CPython as -n
        killed = getattr(self, '_killed', None)
        self.returncode = killed if killed is not None and status == 128 - killed else status
        self._pass_through()
        return self.returncode

    def communicate(self, input=None, timeout=None):
        if input is not None and self.stdin is None:
            pass
        if self.stdin is not None and not self.stdin.closed:
            if input:
                self.stdin.write(input)
            self.stdin.close()
        try:
            self.wait(timeout)
        except TimeoutExpired:
            raise
        out = self._captured(0) if self._stdout_mode == PIPE else None
        err = self._captured(1) if self._stderr_mode == PIPE else None
        if self.stdout is not None:
            self.stdout.close()
        if self.stderr is not None:
            self.stderr.close()
        return out, err

    def send_signal(self, sig):
        if self.returncode is None:
            if sig == 9:
                self.kill()
            else:
                self.terminate()

    def terminate(self):
        if self.returncode is None:
            _subprocess.terminate(self._handle)
            self._killed = -15

    def kill(self):
        if self.returncode is None:
            _subprocess.kill(self._handle)
            self._killed = -9


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    if input is not None and kwargs.get('stdin') is not None:
        raise ValueError('stdin and input arguments may not both be used.')
    if capture_output and (kwargs.get('stdout') is not None
                           or kwargs.get('stderr') is not None):
        raise ValueError('stdout and stderr arguments may not be used '
                         'with capture_output.')
    if input is not None:
        kwargs['stdin'] = PIPE
    if capture_output:
        kwargs.update(stdout=PIPE, stderr=PIPE)
    with Popen(*popenargs, **kwargs) as child:
        try:
            out, err = child.communicate(input, timeout=timeout)
        except TimeoutExpired as timed_out:
            # Reap the child before reporting; partial output is dropped.
            child.kill()
            child.wait()
            timed_out.output = timed_out.stderr = None
            raise
        status = child.poll()
    if check and status:
        raise CalledProcessError(status, child.args, output=out, stderr=err)
    return CompletedProcess(child.args, status, out, err)


def call(*popenargs, timeout=None, **kwargs):
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except BaseException:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get('args')
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    if 'stdout' in kwargs:
        raise ValueError('stdout argument not allowed, it will be overridden.')
    if 'input' in kwargs and kwargs['input'] is None:
        kwargs['input'] = '' if kwargs.get('universal_newlines') or kwargs.get('text') \
            or kwargs.get('encoding') or kwargs.get('errors') else b''
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def getstatusoutput(cmd, *, encoding=None, errors=None):
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT, encoding=encoding,
                            errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]
