echo x > /nonexistent/dir/file
echo "status $?"
read v < /nonexistent_file
echo "status $?"
node -e 1 < /nonexistent_file; echo "status $?"
