echo ~ ~/sub "~" ~root
HOME=/custom; echo ~/x
x=~; echo $x
