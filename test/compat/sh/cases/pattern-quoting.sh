# Patterns in ${v#…} and case: quoted vs unquoted metacharacters, classes, variables holding patterns.
v='a*b*c'; p='a*'
echo "${v#a*}" "${v#"a*"}" "${v#$p}" "${v#"$p"}"
echo "${v%\*c}" "${v%'*c'}"
n='12abc34'; echo "${n%%[!0-9]*}" "${n##*[!0-9]}"
f='/path/to/file.tar.gz'; ext='.gz'; echo "${f%"$ext"}"
case 'a*b' in 'a*b') echo "literal star" ;; esac
case 'axb' in "a*b") echo wrong ;; a*b) echo "glob star" ;; esac
pat='*.txt'; case 'x.txt' in $pat) echo "var pattern" ;; esac
case 'x.txt' in "$pat") echo wrong ;; *) echo "quoted var is literal" ;; esac
case '[x]' in '[x]') echo "brackets literal" ;; esac
case 'x' in [[:alpha:]]) echo class ;; esac
case '-' in [a-]) echo "dash in bracket" ;; esac
case ']' in []]) echo "bracket first" ;; esac
case 'b' in [!a]) echo negated ;; esac
case '\' in \\) echo backslash ;; esac
