echo before
: ${must:?is required}
echo after
