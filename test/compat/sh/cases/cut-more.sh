# cut: --complement, -s, -d with -f ranges, -b, -c, --output-delimiter.
printf 'a:b:c:d\nnodelim\ne:f\n' > f
cut -d: -f2 f
cut -d: -f2 -s f
cut -d: -f2- f
cut -d: -f-2 f
cut -d: --complement -f2 f
cut -c2-3 f
cut -b1,3 f
cut -c3- --complement f
cut -d: -f1,3 --output-delimiter=' | ' f
echo 'a	b	c' | cut -f2
cut -f1 -d 2>/dev/null; echo "status $?"
cut f 2>/dev/null; echo "no list: $?"
cut -d: -f0 f 2>/dev/null; echo "zero: $?"
