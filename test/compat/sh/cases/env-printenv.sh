# env and printenv: -i, -u, assignments before commands, printing single variables, exit statuses
export FOO=bar BAZ='with space'
env | grep -E '^(FOO|BAZ)=' | sort
env -i A=1 B=2 sh -c 'echo "$A$B ${FOO-nofoo}"'
env -u FOO sh -c 'echo "${FOO-unset}"'
env FOO=override sh -c 'echo $FOO'
printenv FOO; printenv BAZ; printenv NOPE; echo "printenv missing=$?"
printenv FOO BAZ
env -i A=1 B=x=y printenv | sort; env -i printenv; echo "empty env=$?"
env nosuchcommand 2>/dev/null; echo "env missing=$?"
env -- sh -c 'echo dashdash'
