#!/bin/sh
# Regular-expression workloads (bench/re/workloads.py: a tokenizer over a big alternation of
# named groups, findall of words, sub with a callable, sub with a template plus split, and a
# bounded exponential backtracking case) under ./taipan and under CPython's real binary.
# Each side times its workloads in-process (best and median wall time, and best thread CPU
# time, of ROUNDS after WARMUP rounds, so the JVM's JIT has compiled the engine); the script
# prints both sides and the ratios taipan/cpython of the best wall and best CPU times.
# Checksums of the two sides must agree.
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
printf '%-20s %10s %10s %10s %10s %10s %10s %6s %6s\n' workload t_best t_median t_cpu \
    c_best c_median c_cpu wall_r cpu_r
sort "$tmp/t" > "$tmp/ts"; sort "$tmp/c" > "$tmp/cs"
join "$tmp/ts" "$tmp/cs" | awk '{
    if ($5 != $9) { printf "%s: checksums differ (%s vs %s)\n", $1, $5, $9; bad = 1 }
    r = $2 / $6; q = $4 / $8; s += log(r); u += log(q); n++
    printf "%-20s %10.4f %10.4f %10.4f %10.4f %10.4f %10.4f %6.2f %6.2f\n", $1, $2, $3, $4, $6, $7, $8, r, q
} END {
    printf "geometric mean ratio taipan/cpython: wall %.2f, thread CPU %.2f\n", exp(s / n), exp(u / n)
    exit bad
}'
