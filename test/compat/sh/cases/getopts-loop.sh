# getopts: clustered flags, arguments attached and separate, --, unknown options, OPTIND, silent mode
parse() {
  OPTIND=1; vflag=0; out=; 
  while getopts "vo:n:" opt "$@"; do
    case $opt in
      v) vflag=$((vflag+1)) ;;
      o) out=$OPTARG ;;
      n) echo "n=$OPTARG" ;;
      '?') echo "bad option"; ;;
    esac
  done
  shift $((OPTIND-1))
  echo "v=$vflag out=$out rest=$* optind=$OPTIND"
}
parse -v -o file a b
parse -vvofile -n3 x
parse -o -v z
parse -- -v
parse a -v
parse -x -v 2>/dev/null
silent() {
  OPTIND=1
  while getopts ":ab:" o "$@"; do
    case $o in
      a) echo A ;;
      b) echo "B=$OPTARG" ;;
      :) echo "missing arg for $OPTARG" ;;
      \?) echo "unknown $OPTARG" ;;
    esac
  done
}
silent -a -z -b
silent -ab val
