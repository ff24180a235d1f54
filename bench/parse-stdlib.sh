#!/bin/sh
# Parse benchmark: Taipan's Parser.parseFile against CPython's ast.parse over every .py file of
# the local CPython 3.11 standard library (site-packages excluded), in one run.
# Usage: bench/parse-stdlib.sh [--warmup N] [--rounds N] [--cpython-warmup N] [--skip-cpython]
set -eu

root=$(cd "$(dirname "$0")/.." && pwd -P)
cd "$root"

# The real interpreter binary, not a pyenv shim, so the timing has no wrapper in it.
python=$(python3 -c "import sys; print(sys.executable)")
stdlib=$("$python" -c "import sysconfig; print(sysconfig.get_paths()['stdlib'])")

mvn -q -o -pl interpreter test-compile

echo "Machine: $(uname -sm), $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -n 1)"
echo "CPython: $("$python" -c 'import sys; print(sys.version.split()[0])') ($python)"
date -u '+Date: %Y-%m-%d %H:%M UTC'
# Other work on the machine skews the figures: note how busy it was.
echo "Load average (1, 5, 15 min): $(cut -d' ' -f1-3 /proc/loadavg)"

# The parser recurses deeply on nested test files; it runs on its own big-stack thread.
exec java -Xss16m -Xms1g -Xmx2g \
    -cp interpreter/target/classes:interpreter/target/test-classes \
    org.taipan.bench.ParseStdlibBenchmark \
    --stdlib "$stdlib" --python "$python" --cpython-script bench/cpython_parse.py "$@"
