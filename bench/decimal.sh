#!/bin/sh
# decimal speed: bench/decimal_bench.py (money arithmetic, compound interest, conversions,
# sqrt/exp/ln; timed in-process after warm-up rounds) under Taipan (decimal.py, written in
# Python) and under CPython's real binary (the C _decimal); prints both sides' figures and the
# Taipan/CPython ratios.
#
#   bench/decimal.sh [WARMUP] [ROUNDS]        (default 3 warm-up rounds, 5 measured rounds)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
warmup=${1:-3}
rounds=${2:-5}
python=$(python3 -c "import sys; print(sys.executable)")
"$root/taipan" -c pass >/dev/null   # build the jar once, outside the timings
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "machine: $(nproc) cores, $(uname -m), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java: $(java -version 2>&1 | head -1); cpython: $($python -V)"
echo "--- taipan"
"$root/taipan" "$here/decimal_bench.py" "$warmup" "$rounds" | tee "$tmp/t"
echo "--- cpython"
"$python" "$here/decimal_bench.py" "$warmup" "$rounds" | tee "$tmp/c"
for op in ledger interest conversions functions; do
    t=$(awk -v op=$op '$1 == op {print $4 " " $11 " " $14}' "$tmp/t")
    c=$(awk -v op=$op '$1 == op {print $4 " " $11 " " $14}' "$tmp/c")
    echo "$t $c" | awk -v op=$op '{printf "%s: taipan/cpython median ratio: wall %.1f, cpu %.1f%s\n", op, $1 / $4, $2 / $5, ($3 == $6 ? "" : "  CHECKSUMS DIFFER")}'
done
