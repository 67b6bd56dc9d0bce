# case in functions and loops: command dispatch as init scripts do it, ;; on own lines, defaults
dispatch() {
  case "$1" in
    start)
      echo "starting"
      ;;
    stop|halt)
      echo "stopping ($1)"
      ;;
    restart)
      dispatch stop
      dispatch start
      ;;
    status) return 3 ;;
    "") echo "usage: dispatch {start|stop|restart|status}"; return 2 ;;
    *)
      echo "unknown: $1" ;;
  esac
}
for a in start halt restart bogus ''; do dispatch "$a"; echo "-> $?"; done
dispatch status; echo "status -> $?"
kind() { case $1 in *[!0-9]*|'') echo word ;; *) echo number ;; esac; }
kind 42; kind 4a; kind ''
ext() { case $1 in *.tar.gz) echo tgz ;; *.*) echo "${1##*.}" ;; *) echo none ;; esac; }
ext a.tar.gz; ext b.c; ext Makefile
case "a b" in "a b") echo quoted-space ;; esac
x=5; case $x in [0-4]) echo low ;; [5-9]) echo high ;; esac
case foo in f*o) echo star-mid ;; esac
