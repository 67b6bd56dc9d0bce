# bash-only syntax behaves as dash does: $'…', echo -e, ERR trap, [[ ]], arrays, {a,b}, function kw
echo $'a\tb'
echo -e 'x\ty'
echo {a,b}c
echo {1..3}
trap 'echo err' ERR 2>/dev/null; echo "trap ERR status=$?"
[[ 1 == 1 ]] 2>/dev/null; echo "dbl bracket=$?"
x=(1 2 3) 2>/dev/null || echo "no arrays"
echo "${x:-unset-x}"
v=hello; echo "${v:1:2}" 2>/dev/null || echo "no substring op"
