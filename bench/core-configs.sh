#!/bin/sh
# Compares configurations of Taipan (launchers and JVM options) on the core-language programs:
# each program runs under every configuration in turn, ROUNDS times, so all configurations see
# the same background load; prints the median CPU time (user + system of the whole process) per
# program and configuration and each configuration's geometric mean relative to the first.
#
#   bench/core-configs.sh ROUNDS "LABEL|LAUNCHER|JVM OPTIONS" ...
#   PROGRAMS="scheduler words" bench/core-configs.sh 3 "base|/tmp/base/taipan|" "c1|./taipan|-XX:TieredStopAtLevel=1"
#
# The options reach the JVM through TAIPAN_JAVA_OPTS. Use launchers whose sources do not change
# during the run (a launcher rebuilds its jar when they do).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
rounds=$1
shift
programs=${PROGRAMS:-$(cd "$here/programs" && ls *.py | sed 's/\.py$//')}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
for p in $programs; do
    i=0
    while [ "$i" -lt "$rounds" ]; do
        for spec in "$@"; do
            label=${spec%%|*}
            rest=${spec#*|}
            launcher=${rest%%|*}
            opts=${rest#*|}
            (cd "$here/programs" && TAIPAN_JAVA_OPTS="$opts" /usr/bin/time -f "%U %S" -o "$tmp/time" \
                "$launcher" "$p.py" > /dev/null)
            echo "$p $label $(awk '{print $1 + $2}' "$tmp/time")" >> "$tmp/raw"
        done
        i=$((i + 1))
    done
done
labels=$(for spec in "$@"; do echo "${spec%%|*}"; done)
awk -v labels="$labels" '
    { v[$1 "|" $2] = v[$1 "|" $2] " " $3; if (!($1 in seen)) { seen[$1] = 1; order[++np] = $1 } }
    function median(list,   a, n, i, j, t) {
        n = split(list, a, " ")
        for (i = 2; i <= n; i++) for (j = i; j > 1 && a[j - 1] + 0 > a[j] + 0; j--) { t = a[j]; a[j] = a[j - 1]; a[j - 1] = t }
        return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
    }
    END {
        nl = split(labels, l, "\n")
        printf "%-16s", "program"; for (k = 1; k <= nl; k++) printf " %12s", l[k]; printf "\n"
        for (i = 1; i <= np; i++) {
            printf "%-16s", order[i]
            for (k = 1; k <= nl; k++) { m[i, k] = median(v[order[i] "|" l[k]]); printf " %12.2f", m[i, k] }
            printf "\n"
        }
        for (k = 2; k <= nl; k++) {
            s = 0; for (i = 1; i <= np; i++) s += log(m[i, k] / m[i, 1])
            printf "geometric mean %s / %s: %.3f\n", l[k], l[1], exp(s / np)
        }
    }' "$tmp/raw"
