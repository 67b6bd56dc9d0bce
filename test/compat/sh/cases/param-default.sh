unset v
echo "${v:-dflt}" "${v-dflt2}"
v=
echo "[${v:-empty}]" "[${v-set}]"
echo "${w:=assigned}" "$w"
v=val
echo "${v:+alt}" "${u:+alt}" "[${v+x}]"
echo "${#v}" "${#undefinedvar}"
