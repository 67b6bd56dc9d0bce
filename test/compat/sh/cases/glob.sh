touch_() { : > "$1"; }
touch_ b.txt; touch_ a.txt; touch_ c.log; touch_ .hidden
echo *.txt
echo *
echo ?.log
echo [ab].txt
echo *.none
echo "*.txt"
set -f; echo *.txt; set +f
mkdir_() { node -e "require('fs').mkdirSync('$1')"; }
mkdir_ d; : > d/x1; : > d/x2
echo d/*
echo */x1
