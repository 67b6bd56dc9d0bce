echo before
exec node -e "console.log('replaced'); process.exit(9)"
echo never
