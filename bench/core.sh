#!/bin/sh
# Core-language benchmarks: each program in bench/programs/ runs as a whole process under
# ./taipan and under CPython's real binary, alternating, ROUNDS times each; prints the median
# wall time of each side, the ratio taipan/cpython, and the geometric mean of the ratios.
# Outputs of the two sides must be identical (checked on every round).
#
#   bench/core.sh [ROUNDS] [PROGRAM.py ...]      (default 3 rounds, every program)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
rounds=${1:-3}
[ $# -gt 0 ] && shift
python=$(python3 -c "import sys; print(sys.executable)")
"$root/taipan" -c pass >/dev/null   # build the jar once, outside the timings
programs=${*:-$(cd "$here/programs" && ls *.py)}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

now() { date +%s.%N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

echo "machine: $(nproc) cores, $(uname -m), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java: $(java -version 2>&1 | head -1); cpython: $($python -V)"
printf '%-18s %10s %10s %8s\n' program taipan_s cpython_s ratio
: > "$tmp/ratios"
for p in $programs; do
    : > "$tmp/t"; : > "$tmp/c"
    i=0
    while [ $i -lt "$rounds" ]; do
        s=$(now); (cd "$here/programs" && "$root/taipan" "$p" > "$tmp/out_t"); e=$(now)
        awk -v a="$s" -v b="$e" 'BEGIN {print b - a}' >> "$tmp/t"
        s=$(now); (cd "$here/programs" && "$python" "$p" > "$tmp/out_c"); e=$(now)
        awk -v a="$s" -v b="$e" 'BEGIN {print b - a}' >> "$tmp/c"
        cmp -s "$tmp/out_t" "$tmp/out_c" || { echo "$p: outputs differ" >&2; exit 1; }
        i=$((i + 1))
    done
    t=$(median < "$tmp/t"); c=$(median < "$tmp/c")
    r=$(awk -v t="$t" -v c="$c" 'BEGIN {printf "%.3f", t / c}')
    echo "$r" >> "$tmp/ratios"
    printf '%-18s %10.2f %10.2f %8.2f\n' "$p" "$t" "$c" "$r"
done
awk '{s += log($1); n++} END {printf "geometric mean ratio (taipan/cpython): %.2f\n", exp(s/n)}' "$tmp/ratios"
