echo going
exit 42
echo never
