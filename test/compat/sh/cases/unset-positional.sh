set -- one two three
echo "${2}" "${4:-none}" "${#1}"
set -u
echo "${5:-dflt}"
echo $5
echo no
