classify() {
  for x in "$@"; do
    case $x in
      -*) echo "opt $x" ;;
      *=*) echo "assign ${x%%=*} = ${x#*=}" ;;
      *) echo "arg $x" ;;
    esac
  done
}
classify -v name=value plain --long a=b=c
