echo -n
echo -e x
echo -- x
echo -nx
echo
