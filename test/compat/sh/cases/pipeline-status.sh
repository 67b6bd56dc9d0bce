true | false; echo $?
false | true; echo $?
! true; echo $?
! false; echo $?
node -e "process.exit(3)" | node -e "process.exit(4)"; echo $?
echo x | node -e "process.exit(5)"; echo $?
