echo a; echo b ;echo c;
{ echo d; echo e; }
(echo f)
if true; then echo g; fi; echo h
