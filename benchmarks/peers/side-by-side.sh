#!/usr/bin/env bash
# CPO Lens against its peers and the machine's bounds, in one sitting (issue 20): the Java sweep
# evaluator vs the same per-design arithmetic in vectorised NumPy (checked equal first), the
# ten-million sweep to CSV vs writing as many bytes with dd, a memory-copy bound, analyze, and
# start-up vs a bare JVM. Prints a Markdown table of ratios, then absolute figures with the load.
#
#   benchmarks/peers/side-by-side.sh            about 3-4 minutes; needs ~2.5 GB free in $TMPDIR
#   benchmarks/peers/side-by-side.sh --quick    shorter timings, no ten-million CSV or dd
#
# Needs the built jars (mvn -B -o -q install -DskipTests) and python3 with NumPy ($PYTHON to pick
# another interpreter). Not run by CI. See benchmarks/peers/README.md.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
app="$here/app/target/cpolens.jar"
bench="$here/benchmarks/target/benchmarks.jar"
py="${PYTHON:-python3}"
quick=0
case "${1:-}" in
  --quick) quick=1 ;;
  "") ;;
  *) echo "side-by-side.sh: unknown option '$1' (use --quick or nothing)" >&2; exit 2 ;;
esac
for j in "$app" "$bench"; do
  [ -f "$j" ] || { echo "side-by-side.sh: $j is missing: build first with 'mvn -B -o -q install -DskipTests'" >&2; exit 2; }
done
"$py" -c 'import numpy' 2>/dev/null || { echo "side-by-side.sh: $py has no NumPy: apt-get install python3-numpy, or set PYTHON=" >&2; exit 2; }
tmp="$(mktemp -d "${TMPDIR:-/tmp}/cpolens-peers.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
if [ "$quick" = 1 ]; then warm=2; measure=4; runs=3; else warm=5; measure=10; runs=5; fi

log() { echo "side-by-side: $*" >&2; }
now() { date +%s%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", (b - a) / 1e9 }'; }
# median wall seconds of $runs runs of a command, output discarded
median() {
  local t=() a b
  for _ in $(seq "$runs"); do
    a=$(now); "$@" >/dev/null 2>&1 || { echo "side-by-side.sh: '$*' failed" >&2; exit 1; }; b=$(now)
    t+=("$(secs "$a" "$b")")
  done
  printf '%s\n' "${t[@]}" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}
field() { sed -n "s/.*$1=\([^ ]*\).*/\1/p"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
cpu="$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)"
cores="$(nproc)"
jv="$(java -version 2>&1 | head -n 1)"
npv="$("$py" -c 'import numpy, platform; print("NumPy", numpy.__version__, "on Python", platform.python_version())')"

# 1. The NumPy mirror must give the Java rows before its speed means anything.
for g in rail-planes-2026 cpo-map; do
  log "validating the NumPy mirror on $g"
  java -cp "$bench" org.cpolens.bench.Peers export "$g" "$tmp/$g.json"
  java -jar "$app" sweep --grid "$g" --out "$tmp/$g.csv" --threads 2 --quiet >/dev/null
  "$py" "$here/benchmarks/peers/sweep_numpy.py" validate "$tmp/$g.json" "$tmp/$g.csv" >&2 \
    || { echo "side-by-side.sh: the NumPy mirror differs from the Java rows of $g: fix sweep_numpy.py before timing" >&2; exit 1; }
  rm -f "$tmp/$g.csv"
done

# 2. Evaluator: the same ten-million designs, one thread each.
log "Java evaluator, ten-million, ${warm}s warm-up + ${measure}s"
java_eval="$(java -cp "$bench" org.cpolens.bench.Peers evaluator ten-million "$warm" "$measure")"
log "NumPy evaluator, ten-million, ${measure}s"
java -cp "$bench" org.cpolens.bench.Peers export ten-million "$tmp/ten-million.json"
np_eval="$("$py" "$here/benchmarks/peers/sweep_numpy.py" throughput "$tmp/ten-million.json" "$measure")"
j_rate="$(echo "$java_eval" | field best_designs_per_s)"
n_rate="$(echo "$np_eval" | field best_designs_per_s)"
j_med="$(echo "$java_eval" | field median_designs_per_s)"
n_med="$(echo "$np_eval" | field median_designs_per_s)"

# 3. Memory-copy bound.
log "memory copy, 1 GiB"
copy="$("$py" "$here/benchmarks/peers/sweep_numpy.py" memcopy 1024)"
copy_gbs="$(echo "$copy" | field copy_gb_per_s)"

# 4. Ten-million to CSV, end to end, then dd writing as many bytes (page cache, and to disk).
if [ "$quick" = 0 ]; then
  log "ten-million sweep to CSV (2 threads)"
  a=$(now); java -jar "$app" sweep --grid ten-million --out "$tmp/x.csv" --threads 2 --quiet >/dev/null; b=$(now)
  csv_s="$(secs "$a" "$b")"
  csv_bytes="$(stat -c %s "$tmp/x.csv")"
  rm -f "$tmp/x.csv"
  sync
  count=$(( (csv_bytes + 8388607) / 8388608 ))
  # A bound is the best the machine does: the better of two runs each, after a sync so one run's
  # write-back does not land in the next one's time.
  dd_best() {
    local best="" a b s
    for _ in 1 2; do
      sync
      a=$(now); dd if=/dev/zero of="$tmp/dd" bs=8M count="$count" "$@" status=none; b=$(now)
      s="$(secs "$a" "$b")"; rm -f "$tmp/dd"
      best="$(printf '%s\n' $best "$s" | sort -n | head -n 1)"
    done
    echo "$best"
  }
  log "dd $count x 8 MiB, page cache, best of 2"
  dd_cache_s="$(dd_best)"
  log "dd $count x 8 MiB, conv=fdatasync, best of 2"
  dd_sync_s="$(dd_best conv=fdatasync)"
  copy_s="$(awk -v n="$csv_bytes" -v r="$copy_gbs" 'BEGIN { printf "%.3f", n / (r * 1e9) }')"
fi

# 5. analyze and start-up, median of $runs (warm: the first run of each is not special-cased).
log "start-up and analyze, median of $runs"
bare="$(median java -version)"
helps="$(median java -jar "$app" --help)"
compare="$(median java -jar "$app" compare)"
fabric="$(median java -jar "$app" fabric --endpoints 8192 --radix 64)"
catalog="$(median java -jar "$app" catalog list)"
# through the launcher, warm: a first run of each command makes its class-data-sharing archive
for c in "--help" "compare" "fabric --endpoints 8192 --radix 64" "catalog list" "analyze --out $tmp/report"; do
  "$here/cpolens" $c >/dev/null 2>&1
done
l_help="$(median "$here/cpolens" --help)"
l_compare="$(median "$here/cpolens" compare)"
l_fabric="$(median "$here/cpolens" fabric --endpoints 8192 --radix 64)"
l_catalog="$(median "$here/cpolens" catalog list)"
analyze="$(median java -jar "$app" analyze --out "$tmp/report")"
l_analyze="$(median "$here/cpolens" analyze --out "$tmp/report")"
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"

# ---- the table
m() { awk -v v="$1" 'BEGIN { printf "%.1f M", v / 1e6 }'; }
echo "| measure | ratio | reference measured in the same run |"
echo "|---|---|---|"
echo "| Java evaluator / NumPy, designs/s, 1 thread each (best pass) | **$(ratio "$j_rate" "$n_rate") x** | NumPy $(m "$n_rate")/s vs Java $(m "$j_rate")/s on the ten-million designs (medians $(m "$n_med") and $(m "$j_med")) |"
if [ "$quick" = 0 ]; then
  echo "| ten-million sweep to CSV, 2 threads / dd of as many bytes with fdatasync | **$(ratio "$csv_s" "$dd_sync_s") x** | dd conv=fdatasync ${dd_sync_s} s vs sweep ${csv_s} s for $(awk -v n="$csv_bytes" 'BEGIN { printf "%.2f", n / 1e9 }') GB |"
  echo "| ten-million sweep to CSV / dd into the page cache | $(ratio "$csv_s" "$dd_cache_s") x | dd without sync ${dd_cache_s} s |"
  echo "| ten-million sweep to CSV / copying its bytes once in memory | $(ratio "$csv_s" "$copy_s") x | ${copy_gbs} GB/s (NumPy copy of 1 GiB): ${copy_s} s |"
fi
echo "| \`analyze\` (default scenario) / bare JVM | $(ratio "$analyze" "$bare") x | \`java -version\` ${bare} s vs ${analyze} s (via ./cpolens: ${l_analyze} s) |"
echo "| \`--help\` / bare JVM | $(ratio "$helps" "$bare") x; via ./cpolens $(ratio "$l_help" "$bare") x | ${helps} s; ${l_help} s |"
echo "| \`compare\` / bare JVM | $(ratio "$compare" "$bare") x; via ./cpolens $(ratio "$l_compare" "$bare") x | ${compare} s; ${l_compare} s |"
echo "| \`fabric --endpoints 8192 --radix 64\` / bare JVM | $(ratio "$fabric" "$bare") x; via ./cpolens $(ratio "$l_fabric" "$bare") x | ${fabric} s; ${l_fabric} s |"
echo "| \`catalog list\` / bare JVM | $(ratio "$catalog" "$bare") x; via ./cpolens $(ratio "$l_catalog" "$bare") x | ${catalog} s; ${l_catalog} s |"
echo
echo "This machine: $cpu, $cores cores; load average $load_before before the run and $load_after after (1, 5, 15 min)."
echo "$jv; $npv. Wall times are medians of $runs runs (the sweep: one run; dd: the better of two); $(date -u +%Y-%m-%dT%H:%MZ)."
