# A temp-dir cleanup with trap on EXIT, across normal exit, exit N and a failing command under set -e.
run() {
  sh -c '
    tmp=./tmp.$$; mkdir "$tmp"
    trap "rm -rf \"$tmp\"; echo cleaned" EXIT
    echo work > "$tmp/f"
    '"$1"'
  '
  echo "status $?"
}
run 'echo done'
run 'exit 3'
run 'set -e; false; echo never'
run 'kill -TERM $$; echo after'
ls -d tmp.* 2>/dev/null | wc -l
