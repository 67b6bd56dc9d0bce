# splitting PATH-like strings with IFS=:, searching directories, command lookup by hand
mkdir -p d1 d2; printf '#!/bin/sh\necho tool1\n' > d1/tool; printf '#!/bin/sh\necho tool2\n' > d2/tool; chmod +x d1/tool d2/tool
P="$PWD/d2:$PWD/d1"
oldifs=$IFS; IFS=:
for d in $P; do [ -x "$d/tool" ] && { echo "found in ${d##*/}"; break; }; done
IFS=$oldifs
PATH="$PWD/d1:$PATH" tool
PATH="$PWD/d2:$PWD/d1:$PATH"; tool; command -v tool | sed "s%.*/\(d[12]/tool\)%\1%"
chmod -x d2/tool; tool 2>/dev/null; echo "non-exec first=$?"
n=0; IFS=:; for d in a::b:; do n=$((n+1)); done; IFS=$oldifs; echo "fields=$n"
