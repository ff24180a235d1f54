#!/bin/sh
# json speed: bench/json_bench.py (json.dumps and json.loads of a ~1 MB document, timed
# in-process after warm-up rounds) under Taipan and under CPython's real binary (whose json
# uses its C accelerator); prints both sides' figures and the Taipan/CPython ratio.
#
#   bench/json.sh [WARMUP] [ROUNDS]        (default 5 warm-up rounds, 7 measured rounds)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
warmup=${1:-5}
rounds=${2:-7}
python=$(python3 -c "import sys; print(sys.executable)")
"$root/taipan" -c pass >/dev/null   # build the jar once, outside the timings
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "machine: $(nproc) cores, $(uname -m), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java: $(java -version 2>&1 | head -1); cpython: $($python -V)"
echo "--- taipan"
"$root/taipan" "$here/json_bench.py" "$warmup" "$rounds" | tee "$tmp/t"
echo "--- cpython"
"$python" "$here/json_bench.py" "$warmup" "$rounds" | tee "$tmp/c"
for op in dumps loads; do
    t=$(awk -v op=$op '$1 == op {print $4 " " $11}' "$tmp/t")
    c=$(awk -v op=$op '$1 == op {print $4 " " $11}' "$tmp/c")
    echo "$t $c" | awk -v op=$op '{printf "%s: taipan/cpython median ratio: wall %.2f, cpu %.2f\n", op, $1 / $3, $2 / $4}'
done
