#!/usr/bin/env bash
# The public read path against the platform: throughput of the real site (Release, Production, 10,000 articles)
# as a ratio to a bare Kestrel app answering "hello" (bench/HelloKestrel), measured in the same run, taking turns,
# three rounds, median ratio per page. Everything on 127.0.0.1; both servers stop on exit.
#
#   bench/read-path.sh                # full run (~6 minutes)
#   DURATION=5s ROUNDS=1 bench/read-path.sh   # quick look
#
# Prints per round: requests/s, non-2xx responses, socket errors and the ratio to hello; then the median ratios.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=${BENCH_OUT:-/tmp/thiduacms-read-path}
DURATION=${DURATION:-10s}
ROUNDS=${ROUNDS:-3}
CONNECTIONS=${CONNECTIONS:-64}
ARTICLES=${ARTICLES:-10000}
HELLO_PORT=5390
SITE_PORT=5391

if ! command -v wrk >/dev/null; then
  apt-get update -q && apt-get install -y -q wrk
fi

PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT INT TERM

echo "== Building (Release)"
rm -rf "$OUT"
mkdir -p "$OUT"
dotnet publish "$ROOT/bench/HelloKestrel" -c Release -o "$OUT/hello" -v q -nologo >/dev/null
dotnet publish "$ROOT/Web" -c Release -o "$OUT/site" -v q -nologo >/dev/null
dotnet build "$ROOT/bench/ThiDuaCms.Bench" -c Release -v q -nologo >/dev/null

echo "== Seeding $ARTICLES articles into $OUT/data"
dotnet run --no-build -c Release --project "$ROOT/bench/ThiDuaCms.Bench" -- \
  --seed-only --data-dir="$OUT/data" --articles="$ARTICLES" | tee "$OUT/seed.txt"
ARTICLE_URL=$(sed -n 's/^ARTICLE_URL=//p' "$OUT/seed.txt")
PERSON_URL=$(sed -n 's/^PERSON_URL=//p' "$OUT/seed.txt")

echo "== Starting hello on :$HELLO_PORT and the site on :$SITE_PORT"
(cd "$OUT/hello" && ASPNETCORE_URLS="http://127.0.0.1:$HELLO_PORT" exec dotnet HelloKestrel.dll >"$OUT/hello.log" 2>&1) &
PIDS+=($!)
(cd "$OUT/site" && ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$SITE_PORT" \
  Content__DataDirectory="$OUT/data" Content__SeedDemoContent=false \
  exec dotnet ThiDuaCms.Web.dll >"$OUT/site.log" 2>&1) &
PIDS+=($!)

wait_for() {
  for _ in $(seq 1 120); do
    if curl -fs -o /dev/null "$1"; then return 0; fi
    sleep 0.5
  done
  echo "Server at $1 did not answer" >&2
  cat "$OUT"/*.log >&2
  exit 1
}
wait_for "http://127.0.0.1:$HELLO_PORT/"
wait_for "http://127.0.0.1:$SITE_PORT/"

S="http://127.0.0.1:$SITE_PORT"
NAMES=(hello article column column-p50 home person)
URLS=("http://127.0.0.1:$HELLO_PORT/" "$S$ARTICLE_URL" "$S/mo-hinh-sang-kien-kinh-nghiem"
      "$S/mo-hinh-sang-kien-kinh-nghiem?trang=50" "$S/" "$S$PERSON_URL")

for i in "${!URLS[@]}"; do
  code=$(curl -s -o /dev/null -w '%{http_code}' "${URLS[$i]}")
  echo "  ${NAMES[$i]}: ${URLS[$i]} -> $code"
  if [ "$code" != 200 ]; then echo "Expected 200" >&2; exit 1; fi
done

# Long enough for tiered compilation to reach its optimised code: with 2 s the JIT still took 15% of the CPU in the
# first round.
WARMUP=${WARMUP:-10s}
echo "== Warm-up ($WARMUP each)"
for url in "${URLS[@]}"; do wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" "$url" >/dev/null; done

RESULTS="$OUT/results.tsv"
: >"$RESULTS"
for round in $(seq 1 "$ROUNDS"); do
  echo "== Round $round/$ROUNDS (wrk -t2 -c$CONNECTIONS -d$DURATION, taking turns)"
  for i in "${!URLS[@]}"; do
    out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" "${URLS[$i]}")
    rps=$(sed -n 's/^Requests\/sec: *//p' <<<"$out")
    non2xx=$(sed -n 's/^ *Non-2xx or 3xx responses: *//p' <<<"$out"); non2xx=${non2xx:-0}
    sockerr=$(sed -n 's/^ *Socket errors: *//p' <<<"$out"); sockerr=${sockerr:-none}
    printf '%s\t%s\t%s\t%s\t%s\n' "$round" "${NAMES[$i]}" "$rps" "$non2xx" "$sockerr" >>"$RESULTS"
    printf '  %-11s %10s req/s  non-2xx %-6s socket errors: %s\n' "${NAMES[$i]}" "$rps" "$non2xx" "$sockerr"
  done
done

python3 - "$RESULTS" <<'PY'
import sys, statistics, collections
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1]) if l.strip()]
hello = {r[0]: float(r[2]) for r in rows if r[1] == "hello"}
ratios, rps, errors = collections.defaultdict(list), collections.defaultdict(list), collections.defaultdict(int)
for rnd, name, r, non2xx, sock in rows:
    ratios[name].append(float(r) / hello[rnd])
    rps[name].append(float(r))
    errors[name] += int(non2xx) + (0 if sock == "none" else sum(int(x.split()[-1]) for x in sock.split(",")))
targets = {"article": 0.08, "column": 0.06, "column-p50": 0.06, "home": 0.06, "person": 0.06}
print()
print(f"{'page':<11} {'median req/s':>12} {'ratios per round':<26} {'median ratio':>12} {'errors':>7}  target")
for name in ratios:
    rs = " ".join(f"{x:.4f}" for x in ratios[name])
    med = statistics.median(ratios[name])
    t = targets.get(name)
    verdict = "" if t is None else (f">= {t}  " + ("PASS" if med >= t and errors[name] == 0 else "FAIL"))
    print(f"{name:<11} {statistics.median(rps[name]):>12.0f} {rs:<26} {med:>12.4f} {errors[name]:>7}  {verdict}")
PY
