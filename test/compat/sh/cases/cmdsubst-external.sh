n=$(node -e "console.log(6*7)")
echo "n=$n"
lines=$(node -e "console.log('a');console.log('b')")
echo "$lines"
echo $(node -e "console.log('x  y')")
s=$(node -e "process.exit(4)"); echo "status $?"
echo "nested $(echo "$(node -e "console.log('deep')")")"
