from shuniu_reception.cli import main

main()
