"""`python -m bench [--quick] [--only flat|commands|…]`: the whole of `make bench` (bench/suite.py), or one part."""

from bench.suite import main

main()
