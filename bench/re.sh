#!/bin/sh
# Regular-expression workloads (bench/re/workloads.py: a tokenizer over a big alternation of
# named groups, findall of words, sub with a callable, sub with a template plus split, and a
# bounded exponential backtracking case) under ./taipan and under CPython's real binary.
# Each side times its workloads in-process (best and median of ROUNDS after WARMUP rounds, so
# the JVM's JIT has compiled the engine); the script prints both and the ratio taipan/cpython
# of the best times. Checksums of the two sides must agree.
#
#   bench/re.sh [ROUNDS] [WARMUP]      (default 7 rounds, 5 warm-up rounds)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
rounds=${1:-7}
warmup=${2:-5}
python=$(python3 -c "import sys; print(sys.executable)")
"$root/taipan" -c pass >/dev/null   # build the jar once, outside the timings
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "machine: $(nproc) cores, $(uname -m), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java: $(java -version 2>&1 | head -1); cpython: $($python -V)"
(cd "$here/re" && "$root/taipan" workloads.py "$rounds" "$warmup") > "$tmp/t"
(cd "$here/re" && "$python" workloads.py "$rounds" "$warmup") > "$tmp/c"
printf '%-20s %12s %12s %12s %12s %8s\n' workload taipan_best taipan_med cpython_best cpython_med ratio
sort "$tmp/t" > "$tmp/ts"; sort "$tmp/c" > "$tmp/cs"
join "$tmp/ts" "$tmp/cs" | awk '{
    if ($4 != $7) { printf "%s: checksums differ (%s vs %s)\n", $1, $4, $7; bad = 1 }
    r = $2 / $5; s += log(r); n++
    printf "%-20s %12.4f %12.4f %12.4f %12.4f %8.2f\n", $1, $2, $3, $5, $6, r
} END { printf "geometric mean ratio (taipan/cpython, best times): %.2f\n", exp(s / n); exit bad }'
