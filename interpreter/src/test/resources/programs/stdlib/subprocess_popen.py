# subprocess: Popen with pipes, communicate, stdout reading, cwd, env, DEVNULL, pass-through
import subprocess, sys
p = subprocess.Popen(['sh', '-c', 'read x; echo got $x; echo e >&2'], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
out, err = p.communicate('value\n')
print(repr(out), err, p.returncode, p.poll(), type(p.pid).__name__)
p = subprocess.Popen(['printf', 'l1\\nl2\\n'], stdout=subprocess.PIPE)
print(p.stdout.readline(), p.stdout.read(), p.wait())
print(subprocess.run(['pwd'], cwd='/tmp', capture_output=True, text=True).stdout.strip())
print(subprocess.run(['sh', '-c', 'echo $FOO'], env={'FOO': 'bar', 'PATH': '/usr/bin:/bin'}, capture_output=True).stdout)
print(subprocess.run(['true'], stdout=subprocess.DEVNULL).stdout)
sys.stdout.flush()
subprocess.run(['echo', 'passed through'])
print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
