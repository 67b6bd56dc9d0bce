# C-locale byte order in globs, ls, sort and uniq: uppercase before lowercase, dots and dashes.
touch -- B a C b _x -y .z 'sp ace' 10 9
echo *
ls
ls -a | head -4
printf '%s\n' * | sort
printf '%s\n' * | sort -f | head -4
printf 'b\nB\na\nA\n' | sort | uniq -i
printf 'x-1\nx_1\nx.1\nx1\n' | sort
printf '\303\251\nz\ne\n' | sort | od -An -c
ls -r | head -3
