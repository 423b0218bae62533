"""`python -m bench [--quick] [--only search]`: the whole of `make bench` (bench/suite.py), or one part."""

from bench.suite import main

main()
