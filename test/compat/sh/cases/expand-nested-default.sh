# nested quotes inside ${…} defaults, alternatives and trims, in and out of double quotes
unset u; e=''; v='x y'
printf '<%s>\n' "${u:-"a b"}"
printf '<%s>\n' ${u:-"a b"}
printf '<%s>\n' ${u:-a b}
printf '<%s>\n' "${u:-'q'}"
printf '<%s>\n' ${u:-'q r'}
printf '<%s>\n' "${v:+"[$v]"}"
printf '<%s>\n' ${v:+[$v]}
printf '<%s>\n' "${e-set}" "${e:-empty}" "${u-unset}" "${u+alt}" "${e+alt}"
printf '<%s>\n' "${u:-${v:-no}}" "${u:-${e:-inner}}"
path=/usr/local/lib/file.tar.gz
printf '<%s>\n' "${path##*/}" "${path%/*}" "${path#*.}" "${path%%.*}" "${path%.*}"
p='*'; s='a*b*c'
printf '<%s>\n' "${s#"$p"}" "${s#$p}" "${s%"*c"}" "${s%\*c}"
printf '<%s>\n' "${#path}" "${#u}" "${#e}"
x=abcabc; printf '<%s>\n' "${x#a*b}" "${x##a*b}" "${x%b*c}" "${x%%b*c}" "${x#[ab]}" "${x%?}"
: ${new:=assigned}; echo "$new"
: "${n2:="two words"}"; echo "$n2"
echo "${u:-}" "${u-}" end
