#!/bin/sh
# Tracing overhead (issue 4): a call-heavy workload (bench/trace/workload.py) timed in-process,
# best and median of ROUNDS after WARMUP rounds, modes alternating round by round.
#
#   (a) no hook installed: Taipan as built vs. the same classes with the per-instruction
#       `if (ts.tracing)` check removed from Eval.loop (Eval.java patched and recompiled into a
#       temporary directory that shadows it); PAIRS process pairs, alternating.
#   (b) the do-nothing Python trace function `def t(f, e, a): return t`: slowdown factor of
#       Taipan vs. CPython 3.11's (real binary, same workload, same harness shape).
#   (c) a do-nothing Java TraceHook: slowdown factor (target at most 1.5).
#
#   bench/trace-overhead.sh [ROUNDS] [WARMUP] [PAIRS]      (defaults 7, 5, 3)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd -P)
cd "$root"
rounds=${1:-7}
warmup=${2:-5}
pairs=${3:-3}
python=$(python3 -c "import sys; print(sys.executable)")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

mvn -q -o -pl interpreter test-compile
# Run from a copy, so a build started meanwhile cannot pull classes from under the JVMs.
mkdir -p "$tmp/classes" "$tmp/test-classes"
cp -r interpreter/target/classes/. "$tmp/classes/"
cp -r interpreter/target/test-classes/org "$tmp/test-classes/"
cp=$tmp/classes:$tmp/test-classes
java_run() { java -Xss16m -Xms1g -Xmx2g -cp "$1" org.taipan.bench.TraceOverheadBenchmark bench/trace "$rounds" "$warmup" $2; }

# The comparison build for (a): Eval.loop without its instruction-boundary tracing check.
"$python" - interpreter/src/main/java/org/taipan/vm/Eval.java "$tmp/Eval.java" <<'PY'
import re, sys
src = open(sys.argv[1]).read()
pattern = re.compile(r"\n( *)if \(ts\.tracing\) \{\n *// Hook point for 'call', 'line' and 'opcode'.*?\n\1\}\n", re.S)
out, n = pattern.subn("\n", src, count=1)
if n != 1:
    sys.exit("trace-overhead.sh: the boundary check in Eval.java was not found; update the pattern")
open(sys.argv[2], 'w').write(out)
PY
mkdir -p "$tmp/notrace"
javac -nowarn --release 17 -encoding UTF-8 -d "$tmp/notrace" -cp "$tmp/classes" "$tmp/Eval.java"

echo "machine: $(nproc) cores, $(uname -m), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java: $(java -version 2>&1 | head -1); cpython: $("$python" -V) ($python)"
date -u '+date: %Y-%m-%d %H:%M UTC'
echo "rounds $rounds after $warmup warm-up rounds; per mode: thread CPU s median, best; wall-clock s median, best"

echo "(a) no hook: as built vs. without the boundary check, $pairs process pairs"
i=0
while [ $i -lt "$pairs" ]; do
    java_run "$cp" none | sed 's/^none/  with-check   /'
    java_run "$tmp/notrace:$cp" none | sed 's/^none/  without-check/'
    i=$((i + 1))
done | tee "$tmp/a"
med() { sort -n | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
w=$(awk '/with-check/ {print $3}' "$tmp/a" | med)
o=$(awk '/without-check/ {print $3}' "$tmp/a" | med)
awk -v w="$w" -v o="$o" 'BEGIN {printf "  best round (thread CPU), median over the pairs: with the check %.4f s, without %.4f s, ratio %.3f\n", w, o, w / o}'

echo "(b), (c) hooks:"
java_run "$cp" "none python java" > "$tmp/t"
"$python" bench/trace/cpython_trace.py bench/trace "$rounds" "$warmup" > "$tmp/c"
sed 's/^/  taipan  /' "$tmp/t"
sed 's/^/  cpython /' "$tmp/c"
awk 'FNR == NR {t[$1] = $3; next} {c[$1] = $3}
     END {printf "  slowdown (best rounds, thread CPU): python trace function: taipan %.2fx, cpython %.2fx; java hook: taipan %.2fx\n",
          t["python"] / t["none"], c["python"] / c["none"], t["java"] / t["none"]}' "$tmp/t" "$tmp/c"
