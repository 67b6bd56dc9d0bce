echo first > nc.txt
set -C
echo second > nc.txt 2>/dev/null || echo refused
echo third >| nc.txt
read v < nc.txt; echo $v
