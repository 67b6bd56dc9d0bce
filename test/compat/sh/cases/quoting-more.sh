# Quoting: nested quotes in substitutions, backslashes in double quotes, $'..' not in dash, empty args.
echo "a \"b\" \$c \\d \e"
echo 'single \n $x'
echo "$(echo "inner \"quoted\"")"
x='a  b'; echo $x; echo "$x"
set -- '' 'two words' ''; echo "$#"
for a in "$@"; do printf '[%s]' "$a"; done; echo
echo "tab:	end"
echo \$HOME \`cmd\` \\
echo "`echo backtick \"inner\"`"
printf '%s\n' "\a\b"
echo '$'"'"'x'
v=value; echo "${v}text" "${v}"'lit' ${v:+"alt word"}
