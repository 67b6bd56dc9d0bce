greet() { echo "hello $1 ($#)"; }
greet world
greet a b c
f() { return 7; }
f; echo $?
g() {
  local x=inner
  echo "in g: $x"
}
x=outer; g; echo "after g: $x"
count() { echo $#; }
count "$@"
count 1 "2 3" 4
rec() { if [ $1 -gt 0 ]; then echo $1; rec $(($1 - 1)); fi; }
rec 3
h() { echo "$0" >/dev/null; shift; echo "$@"; }
h 1 2 3
