#!/bin/sh
# Micro-benchmarks of str operations, collections and itertools (bench/micro/*.py): each script
# runs its workloads under ./taipan and under CPython's real binary, alternating, ROUNDS times;
# each workload times itself in-process (time.perf_counter, so JVM start-up is not counted) and
# prints a checksum, which must be the same on both sides. Prints per workload the median time of
# each side and the ratio taipan/cpython, then the geometric mean of the ratios per script.
#
#   bench/micro.sh [ROUNDS] [SCRIPT.py ...]      (default 3 rounds, every script)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
rounds=${1:-3}
[ $# -gt 0 ] && shift
python=$(python3 -c "import sys; print(sys.executable)")
"$root/taipan" -c pass >/dev/null   # build the jar once, outside the timings
scripts=${*:-$(cd "$here/micro" && ls *.py)}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

echo "machine: $(nproc) cores, $(uname -m), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java: $(java -version 2>&1 | head -1); cpython: $($python -V)"
for sc in $scripts; do
    : > "$tmp/t"; : > "$tmp/c"
    i=0
    while [ $i -lt "$rounds" ]; do
        (cd "$here/micro" && "$root/taipan" "$sc" > "$tmp/out_t")
        (cd "$here/micro" && "$python" "$sc" > "$tmp/out_c")
        grep -v '^TIME ' "$tmp/out_t" > "$tmp/sum_t"; grep -v '^TIME ' "$tmp/out_c" > "$tmp/sum_c"
        cmp -s "$tmp/sum_t" "$tmp/sum_c" || { echo "$sc: checksums differ" >&2; diff "$tmp/sum_t" "$tmp/sum_c" >&2; exit 1; }
        grep '^TIME ' "$tmp/out_t" >> "$tmp/t"; grep '^TIME ' "$tmp/out_c" >> "$tmp/c"
        i=$((i + 1))
    done
    echo "== $sc"
    printf '%-20s %10s %10s %8s\n' workload taipan_s cpython_s ratio
    : > "$tmp/ratios"
    for w in $(awk '{print $2}' "$tmp/c" | awk '!seen[$0]++'); do
        t=$(awk -v w="$w" '$2 == w {print $3}' "$tmp/t" | median)
        c=$(awk -v w="$w" '$2 == w {print $3}' "$tmp/c" | median)
        r=$(awk -v t="$t" -v c="$c" 'BEGIN {printf "%.3f", t / c}')
        echo "$r" >> "$tmp/ratios"
        printf '%-20s %10.3f %10.3f %8.2f\n' "$w" "$t" "$c" "$r"
    done
    awk -v s="$sc" '{x += log($1); n++} END {printf "%s: geometric mean ratio (taipan/cpython): %.2f\n", s, exp(x/n)}' "$tmp/ratios"
done
