# getopts over the script's own arguments (from the sidecar): OPTIND, OPTARG with spaces, clusters
quiet=0; verbose=0; x=0; output=
while getopts qvxo: opt; do
  case $opt in
    q) quiet=1 ;;
    v) verbose=1 ;;
    x) x=1 ;;
    o) output=$OPTARG ;;
    *) exit 2 ;;
  esac
done
echo "OPTIND=$OPTIND"
shift $((OPTIND - 1))
echo "quiet=$quiet verbose=$verbose x=$x output=[$output]"
echo "operands: $# -> $*"
OPTIND=1
getopts qvxo: first "$@"; echo "rescan of operands: $? [$first]"
set -- -o; getopts o: o; echo "missing arg: [$o] [${OPTARG-}]" 2>/dev/null
