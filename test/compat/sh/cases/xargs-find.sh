# xargs -n -I -0 -L -t; find with -newer, -size, -o, !, parentheses, -type, -name, -exec {} +
mkdir -p tree/a/b tree/c; echo hi > tree/a/one.txt; : > tree/a/b/two.log; echo 12345678 > tree/c/three.txt
touch -d '2001-01-01' tree/a/one.txt 2>/dev/null || touch -t 200101010000 tree/a/one.txt
touch ref
find tree -type f | sort
find tree -name '*.txt' | sort
find tree -type f ! -name '*.txt'
find tree \( -name '*.log' -o -name 'three*' \) -type f | sort
find tree -type d | sort
find tree -type f -newer ref | sort; echo newer-done
find tree -type f ! -newer ref | sort
find tree -type f -size 0 | sort
find tree -type f -size +0 | sort
find tree -type f -empty
find tree -maxdepth 1 | sort
find tree -mindepth 2 -type d
find tree -name '*.txt' -exec echo file: {} \; | sort
find tree -name '*.txt' -exec echo batch {} + | wc -l
find tree -path '*a/b*'
find tree -type f -name '*.txt' -print | xargs wc -c | sort
echo a b c d e | xargs -n 2
echo a b c | xargs -I{} echo "<{}>"
printf '1\n2\n3\n' | xargs -I X echo item X
printf 'a b\0c d\0' | xargs -0 -n1 echo
printf 'l1 a\nl2 b\n' | xargs -L1 echo line:
echo x | xargs -t echo 2>&1
printf '' | xargs echo empty
echo "'quoted arg'" '"dq arg"' | xargs -n1
seq 1 5 | xargs sh -c 'echo "$#: $*"' sh
echo 1 2 | xargs false; echo "status=$?"
