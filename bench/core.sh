#!/bin/sh
# Core-language benchmarks: each program in bench/programs/ runs as a whole process under
# ./taipan and under CPython's real binary, alternating, ROUNDS times each; prints the median
# wall time of each side, the ratio taipan/cpython, and the geometric mean of the ratios; the
# same for CPU time (user + system, /usr/bin/time: the JVM's JIT and GC threads included), the
# steadier figure when the machine is busy. Outputs of the two sides must be identical (checked
# on every round).
#
#   bench/core.sh [ROUNDS] [PROGRAM.py ...]      (default 3 rounds, every program)
#   TAIPAN=/other/checkout/taipan bench/core.sh   (time another build's launcher, e.g. a baseline)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
taipan=${TAIPAN:-$root/taipan}
rounds=${1:-3}
[ $# -gt 0 ] && shift
python=$(python3 -c "import sys; print(sys.executable)")
"$taipan" -c pass >/dev/null   # build the jar once, outside the timings
programs=${*:-$(cd "$here/programs" && ls *.py)}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

now() { date +%s.%N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

echo "machine: $(nproc) cores, $(uname -m), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java: $(java -version 2>&1 | head -1); cpython: $($python -V)"
printf '%-18s %10s %10s %8s %10s %10s %8s\n' program taipan_s cpython_s ratio taipan_cpu cpython_cpu cpu_ratio
: > "$tmp/ratios"; : > "$tmp/cpu_ratios"
for p in $programs; do
    : > "$tmp/t"; : > "$tmp/c"; : > "$tmp/tc"; : > "$tmp/cc"
    i=0
    while [ $i -lt "$rounds" ]; do
        s=$(now); (cd "$here/programs" && /usr/bin/time -f "%U %S" -o "$tmp/time" "$taipan" "$p" > "$tmp/out_t"); e=$(now)
        awk -v a="$s" -v b="$e" 'BEGIN {print b - a}' >> "$tmp/t"
        awk '{print $1 + $2}' "$tmp/time" >> "$tmp/tc"
        s=$(now); (cd "$here/programs" && /usr/bin/time -f "%U %S" -o "$tmp/time" "$python" "$p" > "$tmp/out_c"); e=$(now)
        awk -v a="$s" -v b="$e" 'BEGIN {print b - a}' >> "$tmp/c"
        awk '{print $1 + $2}' "$tmp/time" >> "$tmp/cc"
        cmp -s "$tmp/out_t" "$tmp/out_c" || { echo "$p: outputs differ" >&2; exit 1; }
        i=$((i + 1))
    done
    t=$(median < "$tmp/t"); c=$(median < "$tmp/c")
    tc=$(median < "$tmp/tc"); cc=$(median < "$tmp/cc")
    r=$(awk -v t="$t" -v c="$c" 'BEGIN {printf "%.3f", t / c}')
    rc=$(awk -v t="$tc" -v c="$cc" 'BEGIN {printf "%.3f", t / c}')
    echo "$r" >> "$tmp/ratios"; echo "$rc" >> "$tmp/cpu_ratios"
    printf '%-18s %10.2f %10.2f %8.2f %10.2f %10.2f %8.2f\n' "$p" "$t" "$c" "$r" "$tc" "$cc" "$rc"
done
awk '{s += log($1); n++} END {printf "geometric mean ratio (taipan/cpython), wall: %.2f\n", exp(s/n)}' "$tmp/ratios"
awk '{s += log($1); n++} END {printf "geometric mean ratio (taipan/cpython), CPU: %.2f\n", exp(s/n)}' "$tmp/cpu_ratios"
echo "load at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
