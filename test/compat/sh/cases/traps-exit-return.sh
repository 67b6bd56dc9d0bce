# traps with exit and return inside, numeric signal specs, trap - 0, EXIT after errors and set -e
sh -c 'trap "echo bye; exit 9" EXIT; exit 2'; echo "exit in exit trap=$?"
sh -c 'trap "echo cleanup" 0; false'; echo "trap 0=$?"
sh -c 'trap "echo one" 1 15; trap' 
sh -c 'trap "echo never" EXIT; trap - EXIT; echo removed'
sh -c 'set -e; trap "echo on-error-exit \$?" EXIT; false; echo no'; echo "status=$?"
sh -c 'trap "echo usr" USR1; kill -USR1 $$; echo after'
sh -c 'f() { trap "echo in-trap" USR2; kill -USR2 $$; echo "f continues"; }; f'
sh -c 'trap "echo t; exit 4" TERM; kill -TERM $$; echo unreachable'; echo "term trap exit=$?"
sh -c 'trap "echo exit-trap" EXIT; sh -c "exit 5"; echo "child=$?"'
sh -c 'trap "echo sub-exit" EXIT; (exit 1); echo "parent continues"'
sh -c 'x=$(trap "echo in-subst-exit" EXIT; echo val); echo "x=$x"'
