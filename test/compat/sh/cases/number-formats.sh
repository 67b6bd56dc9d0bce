# numbers through tools: seq with widths and steps, printf rounding, sort -n on decimals, wc totals
seq -w 1 3 10; seq 10 -3 1 | paste -sd,; seq -s ' ' 1.5 1.5 6
printf '%.2f\n' 2.675 1.005 0.125 0.375; printf '%.1f\n' 0.25 0.35 -0.25
printf '%5.2f%%\n' 99.555; printf '%e\n' 0 123456 0.000123
printf '%g %g %g %g\n' 100 1e6 1e-5 123456789
printf '%08.3f|%-8.2f|%+.1f\n' 3.14159 2.5 7
printf '%d\n' 9223372036854775807 -9223372036854775808 2>/dev/null
printf '1.10\n1.9\n1.05\n-0.5\n' | sort -n
printf '%s\n' 3 10 2 | sort -n | paste -sd+ | sed 's/+/ + /g'
echo $(( $(seq 1 100 | paste -sd+) ))
