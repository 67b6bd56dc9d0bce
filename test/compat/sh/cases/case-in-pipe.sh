# case inside a loop inside a pipeline, counted with sort | uniq -c.
seq 6 | while read -r n; do
  case $n in
    [246]) echo even ;;
    *) echo odd ;;
  esac
done | sort | uniq -c | sed 's/^ *//'
