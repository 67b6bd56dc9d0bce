# exit statuses: pipelines take the last command's status, ! negates, signals are 128+n
false | true; echo $?
true | false; echo $?
! true | false; echo $?
sh -c 'kill -9 $$'; echo "kill9=$?"
sh -c 'kill -TERM $$'; echo "term=$?"
sh -c 'kill -INT $$'; echo "int=$?"
sh -c 'exit 300'; echo "300=$?"
sh -c 'exit -1' 2>/dev/null; echo "neg=$?"
yes | head -n 2
nosuchcmd 2>/dev/null; echo "127=$?"
touch noexec; ./noexec 2>/dev/null; echo "126=$?"
(exit 42); echo $?
{ (exit 9); }; echo $?
