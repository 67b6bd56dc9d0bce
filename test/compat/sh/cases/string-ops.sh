# string manipulation without bash: prefixes/suffixes, upper-casing via tr, length checks, splitting
s='  Hello, World!  '
trimmed=$(printf '%s' "$s" | sed 's/^ *//;s/ *$//'); echo "[$trimmed]"
upper=$(printf '%s' "$trimmed" | tr '[:lower:]' '[:upper:]'); echo "$upper"
echo "${#trimmed}"
first=${trimmed%%,*}; rest=${trimmed#*, }; echo "$first|$rest"
file=archive.tar.gz; echo "${file%%.*} ${file#*.} ${file%.*} ${file##*.}"
url='https://example.com:8443/path/to?q=1'
proto=${url%%://*}; hostport=${url#*://}; hostport=${hostport%%/*}; host=${hostport%:*}; port=${hostport##*:}
echo "$proto $host $port"
path=${url#*://*/}; echo "/${path%%\?*}"
csv='a,b,,d'; old=$IFS; IFS=,; set -- $csv; IFS=$old; echo "$# fields: $2 [$3] $4"
case $trimmed in *World*) echo contains ;; esac
str=abcdef; i=0; out=; while [ $i -lt ${#str} ]; do out="$out$(echo "$str" | cut -c$((i+1)))-"; i=$((i+1)); done; echo "$out"
repeat() { n=$1; r=; while [ $n -gt 0 ]; do r="$r$2"; n=$((n-1)); done; echo "$r"; }; repeat 3 ab
echo "$(printf '%s' "abc" | wc -c)"
