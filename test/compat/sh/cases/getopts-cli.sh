# A script's command line parsed with getopts: flags, arguments, errors, and shift.
parse() {
  OPTIND=1 verbose=0 out= 
  while getopts "vo:h" opt "$@"; do
    case $opt in
      v) verbose=$((verbose + 1)) ;;
      o) out=$OPTARG ;;
      h) echo usage; return 0 ;;
      \?) echo "bad option"; return 2 ;;
      :) echo "missing arg"; return 2 ;;
    esac
  done
  shift $((OPTIND - 1))
  echo "verbose=$verbose out=$out rest=$*"
}
parse -v -v -o file a b
parse -vvofile c
parse -o
echo "status $?"
parse -x 2>/dev/null
echo "status $?"
parse -- -v
parse -h
