# a comment
   # indented comment

echo a # trailing comment
echo b#not-a-comment
:
echo 'x # y'
