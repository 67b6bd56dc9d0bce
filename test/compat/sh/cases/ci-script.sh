# A CI-style script: steps with status capture, set -e in subshells, summaries and a final status.
failures=0
step() {
  name=$1; shift
  if "$@" > "log.$name" 2>&1; then
    echo "PASS $name"
  else
    echo "FAIL $name (exit $?)"
    failures=$((failures + 1))
  fi
}
step lint sh -c 'echo linting; true'
step unit sh -c 'echo testing; exit 3'
step build sh -c 'set -e; echo one; false; echo never'
step count sh -c 'seq 3 | wc -l'
cat log.build
cat log.count
echo "failures=$failures"
for f in log.*; do printf '%s: %s lines\n' "$f" "$(wc -l < "$f" | tr -d ' ')"; done
[ "$failures" -eq 0 ] || exit 1
