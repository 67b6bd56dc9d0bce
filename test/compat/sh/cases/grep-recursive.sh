# grep over trees and lists: -r, -l, -c per file, -H/-h, --include, counts through pipes, -s
mkdir -p p/q; printf 'needle one\nhay\n' > p/a.txt; printf 'hay\nneedle two\nneedle three\n' > p/q/b.txt; printf 'nothing\n' > p/c.log
grep -r needle p | sort
grep -rl needle p | sort
grep -rc needle p | sort
grep -r --include='*.txt' -h needle p | sort
grep -rL needle p
grep -c needle p/a.txt p/q/b.txt
grep -H hay p/a.txt; grep -h hay p/a.txt p/q/b.txt
grep -n needle p/q/b.txt | cut -d: -f1 | paste -sd,
grep -s needle nope.txt; echo "s=$?"
grep -rn three p
cat p/*.txt p/q/*.txt | grep -c needle
grep -v -c needle p/q/b.txt
grep -e hay -e nothing -r p | wc -l
grep -ri NEEDLE p | wc -l
